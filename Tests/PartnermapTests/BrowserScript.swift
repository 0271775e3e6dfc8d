import Foundation

/// A Python script of Tests/Browser run against the program SwiftPM built: its exit status and
/// everything it printed.
enum BrowserScript {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What the browser part needs that this machine lacks (`make test-deps` installs it all).
    static var missingTools: [String] {
        ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/lib/python3/dist-packages/selenium"]
            .filter { !FileManager.default.fileExists(atPath: $0) }
    }

    static func run(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [root.appendingPathComponent("Tests/Browser/" + script).path, CommandLineTests.program] + arguments
        p.currentDirectoryURL = root
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }
}
