import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MapJobs
import Testing

/// The value of a `Key: value` line of pdfinfo's output.
func field(_ info: String, _ key: String) -> String? {
    info.split(separator: "\n").first { $0.hasPrefix(key + ":") }
        .map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) }
}

/// End-to-end renders of the default Nanning map in each format.
@Suite(.serialized) struct RenderJobTests {
    func render(_ name: String, _ values: MapOptionValues = MapOptionValues(), report: String? = nil) throws -> (Scratch, String, JobResult) {
        let s = try Scratch()
        let out = s.file(name)
        let r = try RenderJob(data: DataOptions(), spec: try SpecBuilder.build(values), output: out, labelReport: report.map { s.file($0) }).run()
        return (s, out, r)
    }

    @Test func pngHasTheDefaultSizeAndRealContent() throws {
        let (s, out, result) = try render("map.png")
        defer { s.remove() }
        #expect(result.written == [out])
        let size = try #require(pngSize(out))
        #expect(size == (1920, 1080))
        let bytes = try #require(FileManager.default.contents(atPath: out))
        // A flat picture of one colour compresses to a few kilobytes; a map does not.
        #expect(bytes.count > 200_000)
        #expect(s.contents() == ["map.png"], "no temporary file left behind")
    }

    @Test func pdfIsReadByPopplerWithTheRightPageSizeAndText() throws {
        let (s, out, _) = try render("map.pdf")
        defer { s.remove() }
        let info = try #require(run("/usr/bin/pdfinfo", [out]), "pdfinfo could not read the PDF")
        // 1920×1080 px at 96 dpi is 1440×810 pt.
        #expect(field(info, "Page size") == "1440 x 810 pts")
        #expect(field(info, "Title") == "Nanning’s partner cities")
        let text = try #require(run("/usr/bin/pdftotext", [out, "-"]))
        #expect(text.contains("Banjul") && text.contains("Nanning"))
        let fonts = try #require(run("/usr/bin/pdffonts", [out]))
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.split(separator: " ").reversed()[4] == "yes" }, "every font embedded")
    }

    /// The canvas has libqpdf rewrite Cairo's PDF to add page boxes: qpdf checks the structure,
    /// cross-reference table and every stream's encoding of the map and of the poster with bleed.
    @Test func pdfStructureChecksWithQPDF() throws {
        let (s, out, _) = try render("map.pdf")
        defer { s.remove() }
        #expect(run("/usr/bin/qpdf", ["--check", out]) != nil, "qpdf --check failed on the map")
        var v = MapOptionValues()
        v.paper = "A3"
        let poster = s.file("poster.pdf")
        _ = try PosterJob(data: DataOptions(), values: v, bleedMM: 3, output: poster).run()
        #expect(run("/usr/bin/qpdf", ["--check", poster]) != nil, "qpdf --check failed on the poster with bleed")
        let boxes = try #require(run("/usr/bin/pdfinfo", ["-box", poster]))
        let trim = try #require(field(boxes, "TrimBox")).split(separator: " ").compactMap { Double($0) }
        try #require(trim.count == 4)
        #expect(abs(trim[2] - trim[0] - 841.89) < 0.05 && abs(trim[3] - trim[1] - 1190.55) < 0.05, "trim box is the A3 page: \(trim)")
        // 3 mm of bleed is 8.504 pt on every side of the trimmed page.
        let bleed = try #require(field(boxes, "BleedBox")).split(separator: " ").compactMap { Double($0) }
        try #require(bleed.count == 4)
        #expect(zip(bleed, [trim[0] - 8.504, trim[1] - 8.504, trim[2] + 8.504, trim[3] + 8.504]).allSatisfy { abs($0 - $1) < 0.05 },
                "bleed box is 3 mm around the trim box: \(bleed)")
    }

    @Test func paperPDFHasTheExactISOPageSize() throws {
        var v = MapOptionValues()
        v.paper = "A4"
        v.landscape = true
        let (s, out, _) = try render("a4.pdf", v)
        defer { s.remove() }
        let info = try #require(run("/usr/bin/pdfinfo", [out]))
        #expect(field(info, "Page size") == "841.89 x 595.276 pts (A4)")
    }

    @Test func svgParsesAsXML() throws {
        let (s, out, _) = try render("map.svg")
        defer { s.remove() }
        let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: out)))
        #expect(parser.parse(), "SVG is well-formed XML")
    }

    @Test func labelReportListsEveryLabelWithABox() throws {
        let (s, _, _) = try render("map.png", report: "labels.json")
        defer { s.remove() }
        let data = try #require(FileManager.default.contents(atPath: s.file("labels.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let labels = try #require(json["labels"] as? [[String: Any]])
        #expect(labels.count >= 27)
        for l in labels {
            let box = try #require(l["box"] as? [Double])
            #expect(box.count == 4 && box[2] > 0 && box[3] > 0)
            #expect(["placed", "displaced", "dropped"].contains(l["status"] as? String ?? ""))
        }
    }

    @Test func transparentBackgroundLeavesCornersEmpty() throws {
        var v = MapOptionValues()
        v.layers = "arcs"
        v.background = "none"
        v.size = "400x200"
        let (s, out, _) = try render("arcs.png", v)
        defer { s.remove() }
        let bytes = try #require(FileManager.default.contents(atPath: out))
        // Colour type 6 (RGBA) in IHDR: the PNG keeps an alpha channel.
        #expect(bytes[25] == 6)
    }

    @Test func unknownExtensionIsAnError() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(throws: JobError.self) {
            try RenderJob(data: DataOptions(), spec: try SpecBuilder.build(MapOptionValues()), output: s.file("map.jpg")).run()
        }
        #expect(s.contents().isEmpty)
    }

    @Test func badTableFailsAndLeavesNoFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = try writeTable(["h,Hub,,,X,CN,Asia,95,10,hub,,,src"], in: s)
        #expect(throws: (any Error).self) {
            try RenderJob(data: DataOptions(table: table), spec: try SpecBuilder.build(MapOptionValues()), output: s.file("map.png")).run()
        }
        #expect(!FileManager.default.fileExists(atPath: s.file("map.png")))
    }
}
