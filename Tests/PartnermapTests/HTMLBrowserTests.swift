import Foundation
import Testing

/// The HTML map in a real browser: Tests/Browser/html_map_test.py renders it with the program
/// SwiftPM built and drives it in headless Chromium with networking off (tooltips, the year
/// slider, no console errors). `make test` installs Chromium, chromedriver and Selenium; where
/// they are missing the test is skipped, saying why.
@Suite struct HTMLBrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var browserTools: [String] {
        ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/lib/python3/dist-packages/selenium"]
            .filter { !FileManager.default.fileExists(atPath: $0) }
    }

    @Test(.enabled(if: HTMLBrowserTests.browserTools.isEmpty, "needs Chromium, chromedriver and Selenium: make test-deps installs them"))
    func tooltipsAndTheYearSliderWorkInChromium() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [Self.root.appendingPathComponent("Tests/Browser/html_map_test.py").path, CommandLineTests.program]
        p.currentDirectoryURL = Self.root
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
    }
}
