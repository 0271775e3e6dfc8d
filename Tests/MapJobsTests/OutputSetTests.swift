import Foundation
import MapJobs
import MapScene
import Testing
import TestSupport

/// A command's outputs succeed or fail together: a map is never written without its report.
@Suite struct OutputSetTests {
    @Test func aReportThatCannotBeWrittenStopsTheMapToo() throws {
        let s = try Scratch()
        defer { s.remove() }
        var o = MapOptions()
        o.page.size = PixelSize(width: 320, height: 180)
        o.render.output = s.file("map.png")
        o.render.layoutReport = s.file("no/such/folder/layout.json")
        #expect(throws: JobError.self) { try RenderJob(options: o).run() }
        #expect(try s.contents().isEmpty)
    }

    @Test func thePosterAndItsReportAreWrittenTogether() throws {
        let s = try Scratch()
        defer { s.remove() }
        var o = MapOptions()
        o.page.paper = .a4
        o.page.dpi = 60
        o.poster.output = s.file("poster.png")
        o.poster.layoutReport = s.file("missing/report.json")
        #expect(throws: JobError.self) { try PosterJob(options: o).run() }
        #expect(try s.contents().isEmpty)
        o.poster.layoutReport = s.file("report.json")
        _ = try PosterJob(options: o).run()
        #expect(try s.contents() == ["poster.png", "report.json"])
    }
}
