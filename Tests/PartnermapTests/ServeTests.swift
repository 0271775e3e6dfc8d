import Foundation
import Testing

/// `partnermap serve` as a browser and an attacker use it: Tests/Browser/serve_test.py starts the
/// program SwiftPM built on a free loopback port and checks the API, the Host, Origin and token
/// checks, limits, editing and saving, 50 concurrent renders, and the editor in headless Chromium
/// (change a year, see the preview change, save, find the CSV changed). Without Chromium (which
/// `make test` installs) the browser part is left out and the rest still runs.
@Suite struct ServeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theEditorsAPIChecksAndBrowserFlowHold() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.program), "build the program first: swift build")
        let browser = ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/lib/python3/dist-packages/selenium"].allSatisfy { FileManager.default.fileExists(atPath: $0) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [Self.root.appendingPathComponent("Tests/Browser/serve_test.py").path, CommandLineTests.program] + (browser ? [] : ["--no-browser"])
        p.currentDirectoryURL = Self.root
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(browser, "the editor's browser part needs Chromium, chromedriver and Selenium (make test-deps installs them)")
    }
}
