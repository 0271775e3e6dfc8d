import Foundation
import Testing
import TestSupport

/// Ctrl-C and SIGTERM stop the real program cleanly: exit 130 or 143 and no temporary left.
@Suite(.serialized) struct SignalTests {
    static let program = CommandLineTests.program

    /// Starts the program in `dir`, waits until it writes frames there, sends `signal`, and
    /// returns the exit status.
    func interrupt(_ args: [String], in dir: Scratch, with signal: Int32, after delay: useconds_t = 0) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.program)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait (at most 60 s) for a frame in the staging folder, so the signal comes while frames
        // are written.
        func writing() -> Bool {
            let staging = ((try? dir.contents()) ?? []).filter { $0.hasSuffix(".tmp") }
            return staging.contains { ((try? FileManager.default.contentsOfDirectory(atPath: dir.file($0))) ?? []).contains { $0.hasSuffix(".png") } }
        }
        var waited = 0
        while p.isRunning, waited < 6000, !writing() {
            usleep(10_000)
            waited += 1
        }
        usleep(delay)
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func aSignalDuringFramesLeavesNothingBehind(signal: Int32, status: Int32) throws {
        // At the first frame and later, when the folder holds hundreds of small frames and the
        // workers go on writing more into it while it is removed.
        for delay: useconds_t in [0, 300_000, 1_000_000, 2_000_000] {
            let s = try Scratch()
            defer { s.remove() }
            let rc = try interrupt(["frames", "--per-year", "96", "--size", "320x180", "--quiet", "-o", "fr"], in: s, with: signal, after: delay)
            #expect(rc == status, "\(delay / 1000) ms after the first frame")
            let left = try s.contents()
            #expect(left.isEmpty, "nothing half-made left behind \(delay / 1000) ms after the first frame: \(left)")
        }
    }

    /// SIGKILL can't be caught: the staging folder stays, and the next run in the folder removes it.
    @Test func aKilledRunsLeftoversAreSweptByTheNext() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try interrupt(["frames", "--per-year", "24", "--size", "640x360", "--quiet", "-o", "fr"], in: s, with: SIGKILL)
        #expect(try s.contents().contains { $0.hasSuffix(".tmp") })
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.program)
        p.arguments = ["render", "--size", "320x180", "-o", "m.png"]
        p.currentDirectoryURL = URL(fileURLWithPath: s.path)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(try s.contents() == ["m.png"])
    }
}
