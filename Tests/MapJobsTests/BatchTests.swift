import Foundation
@testable import MapJobs
import Testing
import TestSupport

/// `partnermap batch`: matrix expansion, templates, checks naming the spec's line, skipping what
/// is up to date, failure isolation, plans shared between formats, and shards.
@Suite struct BatchTests {
    static let rows = [
        "hub,Hub,,,China,CN,Asia,22.8,108.3,hub,,,",
        "tokyo,Tokyo,,,Japan,JP,Asia,35.68,139.69,sister,1990,,",
        "paris,Paris,,,France,FR,Europe,48.85,2.35,friendly,2005,,",
    ]

    func spec(_ text: String, in s: Scratch) throws -> String {
        let path = s.file("atlas.yml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func errors(_ text: String) throws -> String {
        let s = try Scratch()
        defer { s.remove() }
        do {
            _ = try BatchSpec.load(try spec(text, in: s))
            Issue.record("expected an error for \(text)")
            return ""
        } catch let e as JobError {
            return e.description.replacingOccurrences(of: s.path + "/", with: "")
        }
    }

    @Test func aMatrixMakesEveryCombinationInOrder() throws {
        let s = try Scratch()
        defer { s.remove() }
        let b = try BatchSpec.load(try spec("""
            matrix:
              data: [maps/a.csv, b.csv]
              lang: [en, zh]
              format: [png, pdf]
            output: "{data}-{lang}.{format}"
            size: 320x180
            """, in: s))
        #expect(try b.jobs.map { try $0.output.render(hub: nil) } == [
            "a-en.png", "a-en.pdf", "a-zh.png", "a-zh.pdf", "b-en.png", "b-en.pdf", "b-zh.png", "b-zh.pdf"])
        // Paths are relative to the spec; every other key is an option of every job.
        var o = MapOptions()
        try b.jobs[0].assignments.apply(to: &o)
        #expect(o.page.size?.width == 320)
        if case .file(let path) = o.data.table { #expect(path == s.file("maps/a.csv")) } else { Issue.record("no table") }
        // Formats of one map share a plan; languages don't.
        #expect(b.jobs[0].planKey == b.jobs[1].planKey)
        #expect(b.jobs[0].planKey != b.jobs[2].planKey)
    }

    @Test func listedJobsOverrideTheDefaultsAndTakeAProduct() throws {
        let s = try Scratch()
        defer { s.remove() }
        let b = try BatchSpec.load(try spec("""
            lang: en
            size: 320x180
            output: "map-{lang}.png"
            jobs:
              - {lang: zh}
              - {product: poster, paper: A4, output: "poster-{lang}.pdf"}
              - {product: frames, per-year: 2, output: "frames-{lang}"}
            """, in: s))
        #expect(b.jobs.map(\.product) == [.map, .poster, .frames])
        #expect(try b.jobs.map { try $0.output.render(hub: nil) } == ["map-zh.png", "poster-en.pdf", "frames-en"])
        // A default only maps take is left out of the poster; a key no product takes is still an error.
        #expect(b.jobs.map { $0.given.contains { $0.key == "size" } } == [true, false, true])
    }

    @Test func mistakesNameTheirLineAndColumn() throws {
        #expect(try errors("output: x.png\ncolour: year\n").contains("atlas.yml:2:1: error: unknown key 'colour'"))
        #expect(try errors("output: x.png\ncolor: rainbow\n").contains("atlas.yml:2:8: error: 'color'"))
        #expect(try errors("matrix:\n  lang: [en, zh]\noutput: \"{language}.png\"\n").contains("atlas.yml:3:9: error: the output template names {language}"))
        #expect(try errors("matrix:\n  lang: [en, zh]\noutput: map.png\n").contains("both write map.png"))
        #expect(try errors("lang: en\n").contains("has no output"))
        #expect(try errors("output: ../x.png\n").contains("leaves the batch's folder"))
        #expect(try errors("product: atlas\noutput: x.png\n").contains("atlas.yml:1:10: error: unknown product"))
        #expect(try errors("output: x.png\nframes: 3\n").contains("unknown key 'frames'"))
        #expect(try errors("format: pdf\noutput: x.png\n").contains("format pdf but the output x.png"))
        #expect(try errors("product: video\noutput: x.png\n").contains("a video is .mp4, .webm or .gif"))
        #expect(try errors("matrix: [en]\noutput: x.png\n").contains("atlas.yml:1:9: error: 'matrix' maps option keys"))
    }

    func batch(_ text: String, in s: Scratch, shard: String? = nil, out: String = "out") throws -> (BatchOutcome, BatchJob) {
        var job = BatchJob(spec: try BatchSpec.load(try spec(text, in: s)), directory: s.file(out))
        job.shard = try shard.map(BatchShard.init)
        return (try job.run(), job)
    }

    static let twoTables = """
        matrix:
          data: [a.csv, b.csv]
          lang: [en, zh]
          format: [png, svg]
        output: "{data}/{hub}-{lang}.{format}"
        size: 320x180
        """

    @Test func aBatchWritesItsManifestAndSkipsWhatIsUpToDate() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try writeTable(Self.rows, in: s, name: "a.csv")
        _ = try writeTable(Self.rows + ["rome,Rome,,,Italy,IT,Europe,41.9,12.5,sister,2010,,"], in: s, name: "b.csv")
        let (first, job) = try batch(Self.twoTables, in: s)
        #expect(first.written.count == 8 && first.failed.isEmpty, "\(first.failed)")
        #expect(job.shared.plansMade == 4, "png and svg of one map share its plan")
        let manifest = try #require(BatchManifest.read(in: s.file("out")))
        #expect(manifest.jobs.map(\.output) == first.written.sorted())
        for e in manifest.jobs {
            #expect(e.sha256 == Digest.file(s.file("out/" + e.output)), "\(e.output)")
            #expect(e.options["lang"] != nil && e.error == nil)
        }
        #expect(manifest.jobs.first?.output == "a/hub-en.png")
        // Again: nothing to do. Then one table changes: only its jobs run.
        let again = try batch(Self.twoTables, in: s).0
        #expect(again.written.isEmpty && again.upToDate.count == 8)
        _ = try writeTable(Self.rows + ["lima,Lima,,,Peru,PE,South America,-12.05,-77.04,sister,2012,,"], in: s, name: "b.csv")
        let changed = try batch(Self.twoTables, in: s).0
        #expect(changed.written.sorted() == ["b/hub-en.png", "b/hub-en.svg", "b/hub-zh.png", "b/hub-zh.svg"])
        // An output changed by hand is made again.
        try Data("x".utf8).write(to: URL(fileURLWithPath: s.file("out/a/hub-en.png")))
        #expect(try batch(Self.twoTables, in: s).0.written == ["a/hub-en.png"])
        #expect(try s.contents() == ["a.csv", "atlas.yml", "b.csv", "out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.file("out")).sorted() == ["a", "b", "batch.json"])
    }

    @Test func oneFailedJobDoesNotStopTheOthers() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try writeTable(Self.rows, in: s, name: "a.csv")
        let (outcome, _) = try batch("""
            matrix:
              data: [a.csv, missing.csv]
              format: [png, svg]
            output: "{data}.{format}"
            size: 320x180
            """, in: s)
        #expect(outcome.written.sorted() == ["a.png", "a.svg"])
        #expect(outcome.failed.map(\.output).sorted() == ["missing.png", "missing.svg"])
        #expect(outcome.failed.allSatisfy { $0.message.contains("missing.csv") })
        let manifest = try #require(BatchManifest.read(in: s.file("out")))
        #expect(manifest.jobs.filter { $0.error != nil }.map(\.output).sorted() == ["missing.png", "missing.svg"])
        #expect(!FileManager.default.fileExists(atPath: s.file("out/missing.png")))
    }

    @Test func shardsAreDisjointAndTogetherMakeTheWholeBatch() throws {
        for n in 1...5 {
            let shards = try (1...n).map { try BatchShard("\($0)/\(n)") }
            for group in 0..<23 { #expect(shards.filter { $0.holds(group: group) }.count == 1) }
        }
        for bad in ["0/2", "3/2", "1/0", "a/b", "1", "1/2/3"] { #expect(throws: JobError.self) { try BatchShard(bad) } }
        let s = try Scratch()
        defer { s.remove() }
        _ = try writeTable(Self.rows, in: s, name: "a.csv")
        _ = try writeTable(Self.rows + ["rome,Rome,,,Italy,IT,Europe,41.9,12.5,sister,2010,,"], in: s, name: "b.csv")
        let whole = try batch(Self.twoTables, in: s, out: "whole").0
        let one = try batch(Self.twoTables, in: s, shard: "1/3", out: "parts").0
        let two = try batch(Self.twoTables, in: s, shard: "2/3", out: "parts").0
        let three = try batch(Self.twoTables, in: s, shard: "3/3", out: "parts").0
        #expect(Set(one.written).isDisjoint(with: two.written) && one.written.count + two.written.count + three.written.count == 8)
        #expect(one.jobsInSpec == 8 && one.jobsRun == one.written.count)
        let a = try #require(BatchManifest.read(in: s.file("whole"))), b = try #require(BatchManifest.read(in: s.file("parts")))
        #expect(a == b, "the shards' manifest is the whole run's")
        for e in a.jobs { #expect(Digest.file(s.file("whole/" + e.output)) == Digest.file(s.file("parts/" + e.output))) }
        #expect(whole.written.count == 8)
    }
}
