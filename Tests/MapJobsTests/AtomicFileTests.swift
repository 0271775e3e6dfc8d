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
