import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MapJobs
import Testing
import TestSupport

/// The value of a `Key: value` line of pdfinfo's output.
func field(_ info: String, _ key: String) -> String? {
    info.split(separator: "\n").first { $0.hasPrefix(key + ":") }
        .map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) }
}

/// End-to-end renders of the default Nanning map in each format.
@Suite(.serialized) struct RenderJobTests {
    func render(_ name: String, _ words: [String] = [], report: String? = nil) throws -> (Scratch, String, JobResult) {
        let s = try Scratch()
        let out = s.file(name)
        var o = try MapOptions.parse(.render, arguments: words)
        o.render.output = out
        o.render.layoutReport = report.map { s.file($0) }
        let r = try RenderJob(options: o).run()
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
        let left = try s.contents()
        #expect(left == ["map.png"], "no temporary file left behind: \(left)")
    }

    @Test func pdfIsReadByPopplerWithTheRightPageSizeAndText() throws {
        let (s, out, _) = try render("map.pdf")
        defer { s.remove() }
        let info = try #require(run("/usr/bin/pdfinfo", [out]), "pdfinfo could not read the PDF")
        // 1920×1080 px at 96 dpi is 1440×810 pt.
        #expect(field(info, "Page size") == "1440 x 810 pts")
        #expect(field(info, "Title") == "Nanning’s partner cities")
        #expect(field(info, "Keywords") == "Nanning, 南宁, Nam Ninh, หนานหนิง, partner cities, sister cities, map")
        #expect(field(info, "Author") == nil, "no author unless given")
        let (s2, authored, _) = try render("a.pdf", ["--author", "Foreign Affairs Office of Nanning"])
        defer { s2.remove() }
        #expect(field(try #require(run("/usr/bin/pdfinfo", [authored])), "Author") == "Foreign Affairs Office of Nanning")
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
        let poster = s.file("poster.pdf")
        _ = try PosterJob(options: try MapOptions.parse(.poster, arguments: ["--paper", "A3", "--bleed", "3", "-o", poster])).run()
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
        let (s, out, _) = try render("a4.pdf", ["--paper", "A4", "--landscape"])
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

    @Test func layoutReportListsBlocksMapsMarkersAndLabels() throws {
        let (s, _, _) = try render("map.png", report: "layout.json")
        defer { s.remove() }
        let data = try #require(FileManager.default.contents(atPath: s.file("layout.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["unit"] as? String == "px" && json["width"] as? Double == 1920 && json["height"] as? Double == 1080)
        let labels = try #require(json["labels"] as? [[String: Any]])
        #expect(labels.count >= 27)
        for l in labels {
            let box = try #require(l["box"] as? [Double])
            #expect(box.count == 4 && box[2] > 0 && box[3] > 0)
            #expect(["placed", "displaced", "keyed"].contains(l["status"] as? String ?? ""))
            // A leader is a list of points, or null (present either way).
            #expect(l.keys.contains("leader"))
            if let leader = l["leader"] as? [[Double]] { #expect(leader.count >= 2 && leader.allSatisfy { $0.count == 2 }) }
        }
        let kinds = Set(try #require(json["elements"] as? [[String: Any]]).compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["map", "title", "legend", "credits", "inset"]))
        let maps = try #require(json["maps"] as? [[String: Any]])
        #expect(maps.first?["id"] as? String == "main" && maps.first?["region"] is NSNull)
        #expect(maps.contains { ($0["region"] as? String)?.contains("ASEAN") == true })
        let markers = try #require(json["markers"] as? [[String: Any]])
        // Every city on the main map (the whole world): the hub and 26 partners.
        #expect(markers.filter { $0["map"] as? String == "main" }.count == 27)
    }

    /// `--strict-labels` refuses a map whose names would have to stand in the key, writing
    /// nothing; the default map needs no key and passes.
    @Test func strictLabelsRefusesAKeyedMapAndWritesNothing() throws {
        let (ok, _, _) = try render("ok.png", ["--strict-labels"])
        ok.remove()
        let s = try Scratch()
        defer { s.remove() }
        var rows = ["id,name_en,country,iso2,continent,lat,lon,relation,year,source", "hub,Hub,China,CN,Asia,30.6,114.3,hub,,synthetic"]
        var g = SplitMix64(seed: 5)
        for i in 0..<100 {
            rows.append("c\(i),Partner City \(i),France,FR,Europe,\(Double.random(in: 38...60, using: &g)),\(Double.random(in: -8...30, using: &g)),sister,1990,synthetic")
        }
        try (rows.joined(separator: "\n") + "\n").write(toFile: s.file("t.csv"), atomically: true, encoding: .utf8)
        var o = try MapOptions.parse(.render, arguments: ["--data", s.file("t.csv"), "--size", "640x360", "--strict-labels"])
        o.render.output = s.file("strict.png")
        #expect { try RenderJob(options: o).run() } throws: { "\($0)".contains("--strict-labels") && "\($0)".contains("key") }
        #expect(!FileManager.default.fileExists(atPath: s.file("strict.png")))
    }

    /// An inset box across 180° shows the islands on both sides of it; a box holding fewer than
    /// two of the network's cities is an error that names it.
    @Test func insetBoxesAcrossTheAntimeridianAndEmptyOnes() throws {
        let s = try Scratch()
        defer { s.remove() }
        var rows = ["id,name_en,country,iso2,continent,lat,lon,relation,year,source", "hub,Suva,Fiji,FJ,Oceania,-18.1,178.4,hub,,synthetic"]
        for (i, (lat, lon)) in [(-17.7, 168.3), (-21.1, -175.2), (-13.8, -171.8), (-19.1, -169.9), (-8.5, 179.2)].enumerated() {
            rows.append("i\(i),Isle \(i),Tonga,TO,Oceania,\(lat),\(lon),sister,2000,synthetic")
        }
        try (rows.joined(separator: "\n") + "\n").write(toFile: s.file("t.csv"), atomically: true, encoding: .utf8)
        let (r, _, _) = try render("m.png", ["--data", s.file("t.csv"), "--inset", "165,-25,-165,-5"], report: "l.json")
        defer { r.remove() }
        let data = try #require(FileManager.default.contents(atPath: r.file("l.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let markers = try #require(json["markers"] as? [[String: Any]])
        let inInset = Set(markers.filter { $0["map"] as? String == "inset-1" }.compactMap { $0["id"] as? String })
        #expect(inInset == ["hub", "i0", "i1", "i2", "i3", "i4"], "\(inInset)")
        #expect(throws: (any Error).self) { try render("e.png", ["--data", s.file("t.csv"), "--inset", "0,0,1,1"]) }
    }

    /// The layout report agrees with the ink: a cities-only render has ink at the centre of
    /// every main-map marker the report lists, and none far from every marker.
    @Test func layoutReportMarkersAgreeWithTheInk() throws {
        let (s, out, _) = try render("cities.png", ["--layers", "cities", "--background", "none", "--size", "960x540"], report: "l.json")
        defer { s.remove() }
        let png = try DecodedPNG(path: out)
        let data = try #require(FileManager.default.contents(atPath: s.file("l.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let markers = try #require(json["markers"] as? [[String: Any]]).filter { $0["map"] as? String == "main" }
        #expect(markers.count == 27)
        for m in markers {
            let x = Int(try #require(m["x"] as? Double)), y = Int(try #require(m["y"] as? Double))
            #expect(png.alpha(x, y) > 0, "no ink at \(m["id"] ?? "?")'s marker")
        }
        // A point 40 px from every marker stays clear.
        let centres = try markers.map { (try #require($0["x"] as? Double), try #require($0["y"] as? Double)) }
        var empty = 0
        for y in stride(from: 5, to: 535, by: 10) { for x in stride(from: 5, to: 955, by: 10)
            where centres.allSatisfy({ hypot($0.0 - Double(x), $0.1 - Double(y)) > 40 }) {
            if png.alpha(x, y) == 0 { empty += 1 } else { Issue.record("ink at \(x),\(y), far from every reported marker") }
        } }
        #expect(empty > 1000)
    }

    /// A table with only its hub is refused with a message that says so, and nothing is written.
    @Test func aHubOnlyTableIsRefusedClearly() throws {
        let s = try Scratch()
        defer { s.remove() }
        try "id,name_en,country,iso2,continent,lat,lon,relation,year,source\nhub,Solo,France,FR,Europe,48.8,2.3,hub,,x\n"
            .write(toFile: s.file("hub.csv"), atomically: true, encoding: .utf8)
        var o = try MapOptions.parse(.render, arguments: ["--data", s.file("hub.csv")])
        o.render.output = s.file("hub.png")
        #expect { try RenderJob(options: o).run() } throws: { "\($0)".contains("no partner") && "\($0)".contains("hub.csv") }
        #expect(!FileManager.default.fileExists(atPath: s.file("hub.png")))
    }

    @Test func layoutReportOfAPDFIsInPoints() throws {
        let (s, _, _) = try render("map.pdf", report: "layout.json")
        defer { s.remove() }
        let data = try #require(FileManager.default.contents(atPath: s.file("layout.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["unit"] as? String == "pt" && json["width"] as? Double == 1440 && json["height"] as? Double == 810)
    }

    /// With no background only the arcs put ink on the picture: the corners and a band along
    /// every edge stay fully transparent, while the arcs put ink on thousands of pixels.
    @Test func transparentBackgroundLeavesCornersEmpty() throws {
        let (s, out, _) = try render("arcs.png", ["--layers", "arcs", "--background", "none", "--size", "400x200"])
        defer { s.remove() }
        let png = try DecodedPNG(path: out)
        #expect(png.width == 400 && png.height == 200 && png.channels == 4)
        for (x, y) in [(0, 0), (399, 0), (0, 199), (399, 199)] {
            #expect(png.alpha(x, y) == 0, "corner \(x),\(y) has alpha \(png.alpha(x, y))")
        }
        let band = 4
        var inkedInBand = 0, inked = 0, strong = 0
        for y in 0..<png.height { for x in 0..<png.width where png.alpha(x, y) > 0 {
            inked += 1
            if png.alpha(x, y) >= 128 { strong += 1 }
            if x < band || y < band || x >= png.width - band || y >= png.height - band { inkedInBand += 1 }
        } }
        #expect(inkedInBand == 0, "\(inkedInBand) pixels with ink in the \(band)-px border band")
        // The arcs of 26 partners (translucent strokes): thousands of pixels, some at least half opaque.
        #expect(inked > 2000 && strong > 200, "\(inked) inked pixels, \(strong) at least half opaque")
        #expect(inked < png.width * png.height / 4, "\(inked) inked pixels: more than arcs draw")
    }

    @Test func unknownExtensionIsAnError() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(throws: JobError.self) {
            try RenderJob(options: try MapOptions.parse(.render, arguments: ["-o", s.file("map.jpg")])).run()
        }
        #expect(try s.contents().isEmpty)
    }

    @Test func badTableFailsAndLeavesNoFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = try writeTable(["h,Hub,,,X,CN,Asia,95,10,hub,,,src"], in: s)
        #expect(throws: (any Error).self) {
            try RenderJob(options: try MapOptions.parse(.render, arguments: ["--data", table, "-o", s.file("map.png")])).run()
        }
        #expect(!FileManager.default.fileExists(atPath: s.file("map.png")))
    }
}
