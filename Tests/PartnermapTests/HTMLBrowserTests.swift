import Foundation
import Testing

/// The HTML map in a real browser: Tests/Browser/html_map_test.py renders it with the program
/// SwiftPM built and drives it in headless Chromium with networking off (tooltips, the year
/// slider, no console errors). `make test` installs Chromium, chromedriver and Selenium; where
/// they are missing the test is skipped, saying why.
@Suite struct HTMLBrowserTests {
    @Test(.enabled(if: BrowserScript.missingTools.isEmpty, "needs Chromium, chromedriver and Selenium: make test-deps installs them"))
    func tooltipsAndTheYearSliderWorkInChromium() throws {
        let run = try BrowserScript.run("html_map_test.py")
        #expect(run.status == 0, "\(run.output)")
    }
}
