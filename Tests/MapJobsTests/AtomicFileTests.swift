import Foundation
import MapJobs
import Testing

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesWithoutLeftovers() throws {
        let s = try Scratch()
        defer { s.remove() }
        try AtomicFile.write([1, 2, 3], to: s.file("a.bin"))
        try AtomicFile.write([4, 5], to: s.file("a.bin"))
        #expect(FileManager.default.contents(atPath: s.file("a.bin")) == Data([4, 5]))
        #expect(s.contents() == ["a.bin"])
    }

    @Test func missingDirectoryFailsCleanly() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(throws: JobError.self) { try AtomicFile.write([1], to: s.file("no/such/dir/a.bin")) }
        #expect(s.contents().isEmpty)
    }
}
