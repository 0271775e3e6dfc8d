import Foundation
import Testing

/// `partnermap serve` as a browser and an attacker use it: Tests/Browser/serve_test.py starts the
/// program SwiftPM built on a free loopback port and checks the API, the Host, Origin and token
/// checks, limits, editing and saving, 50 concurrent renders, and the editor in headless Chromium
/// (change a year, see the preview change, save, find the CSV changed). Without Chromium (which
/// `make test` installs) the browser part is left out and the rest still runs.
@Suite struct ServeTests {
    @Test func theEditorsAPIChecksAndBrowserFlowHold() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.program), "build the program first: swift build")
        let browser = BrowserScript.missingTools.isEmpty
        let run = try BrowserScript.run("serve_test.py", browser ? [] : ["--no-browser"])
        #expect(run.status == 0, "\(run.output)")
        #expect(browser, "the editor's browser part needs Chromium, chromedriver and Selenium (make test-deps installs them)")
    }
}
