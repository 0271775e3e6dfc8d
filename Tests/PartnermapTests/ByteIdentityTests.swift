import Foundation
import Testing
import TestSupport

/// The program's outputs are the same bytes run after run: with SOURCE_DATE_EPOCH whatever the
/// time zone or the clock, and whatever `--threads` says.
@Suite struct ByteIdentityTests {
    func run(_ args: [String], in dir: Scratch, environment: [String: String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLineTests.program)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test func posterPDFsAreTheSameForAnyThreadCountAndTimeZone() throws {
        let s = try Scratch()
        defer { s.remove() }
        let runs = [("1", "UTC"), ("4", "Asia/Shanghai")]
        for (threads, zone) in runs {
            let rc = try run(["poster", "--paper", "A4", "--threads", threads, "-o", "p\(threads).pdf"], in: s,
                             environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": zone])
            #expect(rc == 0)
        }
        let one = FileManager.default.contents(atPath: s.file("p1.pdf"))
        #expect(one != nil && one == FileManager.default.contents(atPath: s.file("p4.pdf")))
    }

    /// Ghostscript dates the print PDF from SOURCE_DATE_EPOCH too, and its /ID from that date and
    /// the output's name (always its standard output): runs a second apart make the same bytes.
    @Test func cmykPDFsAreTheSameRunAfterRun() throws {
        let s = try Scratch()
        defer { s.remove() }
        for (n, zone) in [(1, "UTC"), (2, "Asia/Shanghai")] {
            if n == 2 { sleep(1) }
            let rc = try run(["render", "--size", "640x360", "--color-space", "cmyk", "-o", "c\(n).pdf"], in: s,
                             environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": zone])
            #expect(rc == 0)
        }
        let one = FileManager.default.contents(atPath: s.file("c1.pdf"))
        #expect(one != nil && one == FileManager.default.contents(atPath: s.file("c2.pdf")))
    }
}
