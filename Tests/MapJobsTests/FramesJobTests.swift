import CairoCanvas
import Cartography
import Foundation
import MapJobs
import MapScene
import Testing
import TestSupport

@Suite(.serialized) struct FramesJobTests {
    func makeFrames(in dir: String, perYear: Int = 2, undated: UndatedPolicy = .end) throws -> JobResult {
        var a = AnimationOptions()
        a.from = 2005
        a.to = 2007
        a.perYear = perYear
        a.hold = 1
        a.undated = undated
        var o = MapOptions()
        o.page.size = PixelSize(width: 640, height: 360)
        o.frames.animation = a
        o.frames.output = dir
        return try FramesJob(options: o).run()
    }

    @Test func framesAreNumberedAndDescribed() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try makeFrames(in: s.path)
        // 2005–2007 at 2 per year, the undated stage (2 more), 1 hold frame.
        let pngs = try s.contents().filter { $0.hasSuffix(".png") }.sorted()
        #expect(pngs == (1...9).map { "frame-000\($0).png" })
        for p in pngs { #expect(pngSize(s.file(p)).map { $0 == (640, 360) } == true) }
        let data = try #require(FileManager.default.contents(atPath: s.file("frames.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let frames = try #require(json["frames"] as? [[String: Any]])
        #expect(frames.count == 9)
        #expect(frames[0]["file"] as? String == "frame-0001.png")
        #expect(frames[0]["year"] as? Int == 2005)
        #expect(Set(frames[0]["new"] as? [String] ?? []) == ["gwacheon", "ipoh"])
        // The undated stage keeps an explicit null year.
        #expect(frames[6]["year"] is NSNull)
        #expect((frames[6]["new"] as? [String])?.contains("knowsley") == true)
        #expect(frames[8]["hold"] as? Bool == true)
        // The layout of the full map the frames grow into, beside them.
        let layout = try #require(FileManager.default.contents(atPath: s.file("layout.json")))
        let report = try #require(try JSONSerialization.jsonObject(with: layout) as? [String: Any])
        #expect(report["width"] as? Double == 640 && report["unit"] as? String == "px")
        #expect((report["elements"] as? [[String: Any]])?.contains { $0["kind"] as? String == "timeline" } == true)
    }

    @Test func reRunsAreByteIdentical() throws {
        let a = try Scratch(), b = try Scratch()
        defer { a.remove(); b.remove() }
        _ = try makeFrames(in: a.path, perYear: 3)
        _ = try makeFrames(in: b.path, perYear: 3)
        for name in try a.contents() {
            #expect(FileManager.default.contents(atPath: a.file(name)) == FileManager.default.contents(atPath: b.file(name)), "\(name) differs")
        }
    }

    /// Framing stays put: between the first and the last frame, pixels change only where a
    /// frame draws arcs, markers, labels or the timeline, never in the basemap.
    @Test func basemapPixelsAreIdenticalAcrossFrames() throws {
        let s = try Scratch()
        defer { s.remove() }
        _ = try makeFrames(in: s.path)
        let first = try DecodedPNG(path: s.file("frame-0001.png"))
        let last = try DecodedPNG(path: s.file("frame-0009.png"))
        // Where may the two differ? Wherever either frame's overlay puts ink (drawn alone on a
        // transparent picture), grown by 2 px.
        var o = MapOptions()
        o.page.size = PixelSize(width: 640, height: 360)
        var spec = try o.mapSpec(for: .frames)
        spec.timelineBand = true
        let inputs = try MapInputs.load(DataOptions())
        let plan = try inputs.planner(spec: spec).plan(inputs.network)
        var a = AnimationOptions()
        a.from = 2005; a.to = 2007; a.perYear = 2; a.hold = 1
        let frames = try AnimationTimeline.frames(inputs.network, a)
        let scenes = AnimationScenes(plan: plan, options: a, frames: frames)
        let ink = try RasterImage(width: 640, height: 360)
        ink.draw(scenes.overlay(frames[0]))
        ink.draw(scenes.overlay(frames[8]))
        var allowed = [Bool](repeating: false, count: 640 * 360)
        ink.withPixels { data, stride in
            for y in 0..<360 { for x in 0..<640 where data[y * stride + x * 4 + 3] > 0 {
                for dy in -2...2 { for dx in -2...2 {
                    let xx = x + dx, yy = y + dy
                    if xx >= 0, xx < 640, yy >= 0, yy < 360 { allowed[yy * 640 + xx] = true }
                } }
            } }
        }
        var changed = 0, outside = 0
        for y in 0..<360 { for x in 0..<640 where first.pixel(x, y) != last.pixel(x, y) {
            changed += 1
            if !allowed[y * 640 + x] { outside += 1 }
        } }
        #expect(changed > 1000, "the network grew between the frames")
        #expect(outside == 0, "\(outside) basemap pixels changed between the first and last frame")
    }

    @Test func missingFFmpegIsExplained() throws {
        let s = try Scratch()
        defer { s.remove() }
        var a = AnimationOptions()
        a.from = 2005; a.to = 2005
        var o = MapOptions()
        o.page.size = PixelSize(width: 320, height: 180)
        o.frames.animation = a
        o.frames.output = s.path
        o.frames.video = s.file("out.mp4")
        var job = FramesJob(options: o)
        job.ffmpegSearchPath = [s.file("no-ffmpeg-here")]
        do {
            _ = try job.run()
            Issue.record("expected an error without ffmpeg")
        } catch let e as JobError {
            #expect(e.description.contains("apt-get install ffmpeg"))
        }
        #expect(try s.contents().isEmpty, "ffmpeg is looked for before any frame is drawn")
    }
}
