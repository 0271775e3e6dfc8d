import Foundation
import MapJobs
import Testing
import TestSupport

/// AtomicFile's temporaries (`.name.pid.random.tmp` next to the target) never outlive a write.
@Suite struct AtomicFileTests {
    @Test func writesAndReplacesWithoutLeftovers() throws {
        let s = try Scratch()
        defer { s.remove() }
        try AtomicFile.write([1, 2, 3], to: s.file("a.bin"))
        try AtomicFile.write([4, 5], to: s.file("a.bin"))
        #expect(FileManager.default.contents(atPath: s.file("a.bin")) == Data([4, 5]))
        let left = try s.contents()
        #expect(left == ["a.bin"], "left behind: \(left)")
    }

    @Test func missingDirectoryFailsCleanly() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(throws: JobError.self) { try AtomicFile.write([1], to: s.file("no/such/dir/a.bin")) }
        #expect(try s.contents().isEmpty)
    }

    /// Both temporaries are written before the first rename, which fails (a non-empty directory
    /// is in the way): both must be gone and the other target untouched.
    @Test func failedRenameRemovesEveryTemporary() throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(atPath: s.file("busy/inside"), withIntermediateDirectories: true)
        try AtomicFile.write([9], to: s.file("b.bin"))
        #expect(throws: JobError.self) { try AtomicFile.write([(s.file("busy"), [1]), (s.file("b.bin"), [2])]) }
        let left = try s.contents()
        #expect(left == ["b.bin", "busy"], "left behind: \(left)")
        #expect(FileManager.default.contents(atPath: s.file("b.bin")) == Data([9]))
    }
}

/// What a replaced file keeps, and the names and kinds of target AtomicFile takes.
@Suite struct AtomicFileTargetTests {
    @Test func replacingAFileKeepsItsPermissions() throws {
        let s = try Scratch()
        defer { s.remove() }
        try AtomicFile.write([1], to: s.file("secret.png"))
        #expect(chmod(s.file("secret.png"), 0o600) == 0)
        try AtomicFile.write([2], to: s.file("secret.png"))
        let mode = try FileManager.default.attributesOfItem(atPath: s.file("secret.png"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// A name of 255 bytes, the most a folder entry may have: the temporary's name is shortened.
    @Test func theLongestNamesWork() throws {
        let s = try Scratch()
        defer { s.remove() }
        let name = String(repeating: "é", count: 125) + "x.png"
        #expect(name.utf8.count == 255)
        try AtomicFile.write([7], to: s.file(name))
        #expect(try s.contents() == [name])
    }

    @Test func aLinkIsFollowedAndKept() throws {
        let s = try Scratch()
        defer { s.remove() }
        try AtomicFile.write([1], to: s.file("real.png"))
        try FileManager.default.createSymbolicLink(atPath: s.file("link.png"), withDestinationPath: "real.png")
        try AtomicFile.write([2], to: s.file("link.png"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: s.file("link.png")) == "real.png")
        #expect(FileManager.default.contents(atPath: s.file("real.png")) == Data([2]))
    }

    @Test func aPipeIsWrittenStraightThrough() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fifo = s.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let got = Received()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 16)
            while case let n = read(fd, &buffer, 16), n > 0 { got.append(buffer[0..<n]) }
            close(fd)
            got.finish()
        }
        reader.start()
        try AtomicFile.write([1, 2, 3], to: fifo)
        #expect(got.wait() == [1, 2, 3])
        #expect(try s.contents() == ["pipe"])
    }

    @Test func aFolderIsNoTarget() throws {
        let s = try Scratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(atPath: s.file("d"), withIntermediateDirectories: false)
        #expect(throws: JobError.self) { try AtomicFile.write([1], to: s.file("d")) }
    }

    /// A process killed with SIGKILL cannot remove its temporaries: the next write in that
    /// folder does, and leaves those of running processes (this one) and other files alone.
    @Test func temporariesOfDeadProcessesAreSwept() throws {
        let s = try Scratch()
        defer { s.remove() }
        // A process id that is not running: a child that has exited and been waited for.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        let stale = ".map.png.\(dead).0badf00d.tmp", live = ".map.png.\(getpid()).0badf00d.tmp"
        try FileManager.default.createDirectory(atPath: s.file(".fr.\(dead).12345678.tmp"), withIntermediateDirectories: false)
        for name in [stale, live, ".hidden", "keep.tmp"] { FileManager.default.createFile(atPath: s.file(name), contents: Data([0])) }
        try AtomicFile.write([1], to: s.file("map.png"))
        #expect(try s.contents() == [".hidden", live, "keep.tmp", "map.png"])
    }
}

/// Bytes a reader thread received, handed over when it has finished.
private final class Received: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var bytes: [UInt8] = []
    func append(_ b: ArraySlice<UInt8>) { bytes += b }
    func finish() { done.signal() }
    func wait() -> [UInt8] { done.wait(); return bytes }
}
