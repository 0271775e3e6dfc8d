import Foundation
import MapJobs
import MapScene
import Testing
import TestSupport

/// A frames folder is written as one set: after any run, exactly the frames frames.json lists.
@Suite(.serialized) struct FrameFolderTests {
    func frames(into dir: String, perYear: Int, threads: Int? = nil, video: String? = nil, searchPath: [String]? = nil) throws -> JobResult {
        var o = MapOptions()
        o.page.size = PixelSize(width: 320, height: 180)
        o.frames.animation.from = 2005
        o.frames.animation.to = 2007
        o.frames.animation.perYear = perYear
        o.frames.output = dir
        o.frames.video = video
        o.run.threads = threads
        var job = FramesJob(options: o)
        job.ffmpegSearchPath = searchPath
        return try job.run()
    }

    /// The frame files on disk, and those frames.json lists.
    func onDiskAndListed(_ dir: String) throws -> (disk: Set<String>, listed: Set<String>) {
        let disk = Set(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".png") })
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/frames.json"))) as? [String: Any]
        let listed = Set(((json?["frames"] as? [[String: Any]]) ?? []).compactMap { $0["file"] as? String })
        return (disk, listed)
    }

    @Test func aRerunWithFewerFramesLeavesNoneOfTheOld() throws {
        let s = try Scratch()
        defer { s.remove() }
        let dir = s.file("fr")
        _ = try frames(into: dir, perYear: 4)
        let first = try onDiskAndListed(dir)
        _ = try frames(into: dir, perYear: 1)
        let second = try onDiskAndListed(dir)
        #expect(first.disk.count > second.disk.count)
        #expect(second.disk == second.listed)
        #expect(try s.contents() == ["fr"], "no staging or retired folder left beside it")
    }

    @Test func aFailedRunLeavesThePreviousSetAsItWas() throws {
        let s = try Scratch()
        defer { s.remove() }
        let dir = s.file("fr")
        _ = try frames(into: dir, perYear: 2)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(throws: JobError.self) { try frames(into: dir, perYear: 1, video: s.file("no/such/dir/v.mp4")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == before)
        #expect(try s.contents() == ["fr"])
    }

    @Test func aFolderHoldingOtherFilesIsRefusedAndLeftAlone() throws {
        let s = try Scratch()
        defer { s.remove() }
        try AtomicFile.write("mine", to: s.file("notes.txt"))
        do {
            _ = try frames(into: s.path, perYear: 1)
            Issue.record("expected frames to refuse a folder with other files")
        } catch let e as JobError {
            #expect(e.description.contains("notes.txt"), "\(e)")
        }
        #expect(try s.contents() == ["notes.txt"])
    }

    @Test func framesAreTheSameBytesForAnyThreadCount() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try frames(into: s.file("one"), perYear: 2, threads: 1)
        _ = try frames(into: s.file("three"), perYear: 2, threads: 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: s.file("one")).filter { $0.hasSuffix(".png") }.sorted()
        #expect(!names.isEmpty)
        for n in names {
            #expect(FileManager.default.contents(atPath: s.file("one/" + n)) == FileManager.default.contents(atPath: s.file("three/" + n)), "\(n)")
        }
    }
}
