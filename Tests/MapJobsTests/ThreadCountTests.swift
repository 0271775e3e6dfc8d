import Foundation
import MapJobs
import MapScene
import Testing
import TestSupport

/// `--threads` changes how fast, never what: maps and posters are the same bytes for any count.
/// (Vector files are compared by the program's own tests, one process per file: Cairo numbers
/// the ids of an SVG's glyphs across one process's files, and a PDF carries a date.)
@Suite struct ThreadCountTests {
    @Test func aMapIsTheSameBytesForAnyThreadCount() throws {
        let format = OutputFormat.png
        var o = MapOptions()
        o.page.size = PixelSize(width: 960, height: 540)
        o.run.threads = 1
        let one = try RenderJob(options: o).data(as: format)
        for n in [2, 3, 5] {
            o.run.threads = n
            #expect(try RenderJob(options: o).data(as: format) == one, "\(n) threads")
        }
    }

    @Test func aPosterIsTheSameBytesForAnyThreadCount() throws {
        let s = try Scratch()
        defer { s.remove() }
        var o = MapOptions()
        o.page.paper = .a4
        o.page.dpi = 100
        for n in [1, 4] {
            o.run.threads = n
            o.poster.output = s.file("p\(n).png")
            _ = try PosterJob(options: o).run()
        }
        let one = FileManager.default.contents(atPath: s.file("p1.png"))
        #expect(one != nil && one == FileManager.default.contents(atPath: s.file("p4.png")))
    }
}
