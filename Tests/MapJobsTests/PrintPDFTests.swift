import Foundation
import MapJobs
import Testing
import TestSupport

/// `--color-space cmyk`: Ghostscript turns the PDF into a PDF/X-4 with a CMYK output intent and no
/// RGB left, keeps the boxes, the metadata (restated as XMP), the text as text and the
/// transparency, and puts black text on the black plate alone.
/// (Ghostscript is one of the packages `make test` installs.)
@Suite(.serialized) struct PrintPDFTests {
    /// The poster or the map as a print PDF, with its layout report.
    func make(_ command: MapCommand, _ words: [String], in s: Scratch) throws -> String {
        let out = s.file("print.pdf")
        let o = try MapOptions.parse(command, arguments: words + ["--color-space", "cmyk", "-o", out, "--layout-report", s.file("layout.json")])
        _ = command == .poster ? try PosterJob(options: o).run() : try RenderJob(options: o).run()
        return out
    }

    /// The acceptance check: an output intent, a PDF/X version, no DeviceRGB anywhere (qpdf
    /// spells every object out, uncompressed), and a sound structure; and what makes it PDF/X-4:
    /// the XMP stating the version, PDF 1.6 at most, a TrimBox, embedded fonts, text that is text
    /// (`phrase` is extracted) and transparency kept (translucent arcs, halos).
    func expectPDFX(_ pdf: String, saying phrase: String, in s: Scratch) throws {
        let qdf = s.file("print.qdf")
        #expect(run("/usr/bin/qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]) != nil)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
        #expect(text.contains("/OutputIntent") && text.contains("/S /GTS_PDFX") && text.contains("/DestOutputProfile"))
        #expect(text.contains("/GTS_PDFXVersion (PDF/X-4)") && text.contains("/Trapped /False"))
        #expect(!text.contains("/DeviceRGB"))
        #expect(run("/usr/bin/qpdf", ["--check", pdf]) != nil, "qpdf --check failed")
        let header = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(8), as: UTF8.self)
        #expect(["%PDF-1.3", "%PDF-1.4", "%PDF-1.5", "%PDF-1.6"].contains(header), "PDF/X-4 is PDF 1.6 at most: \(header)")
        // The output intent's profile is a four-component ICC stream.
        let profile = try #require(text.firstMatch(of: /\/DestOutputProfile (\d+) 0 R/)?.1, "no profile in the output intent")
        let object = try #require(text.range(of: "\n\(profile) 0 obj\n"), "no object \(profile)")
        #expect(text[object.upperBound...].prefix(400).contains("/N 4") && text[object.upperBound...].prefix(400).contains("stream"),
                "the output intent's profile is not a four-component ICC stream")
        // XMP in the catalog, agreeing with the Info dictionary.
        let xmp = try #require(run("/usr/bin/pdfinfo", ["-meta", pdf]))
        #expect(xmp.contains("xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"") && xmp.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"))
        #expect(xmp.contains("<pdf:Trapped>False</pdf:Trapped>") && xmp.contains("<xmpMM:DocumentID>uuid:") && xmp.contains("<xmpMM:InstanceID>uuid:"))
        let info = try #require(run("/usr/bin/pdfinfo", ["-isodates", "-box", pdf]))
        for (key, tag) in [("CreationDate", "xmp:CreateDate"), ("ModDate", "xmp:ModifyDate"), ("ModDate", "xmp:MetadataDate"), ("Producer", "pdf:Producer"), ("Title", "dc:title")] {
            let value = try #require(field(info, key), "no \(key) in Info")
            let stated = tag == "dc:title" ? ">" + value + "</rdf:li>" : "<\(tag)>\(value)</\(tag)>"
            #expect(xmp.contains(stated), "XMP \(tag) does not restate Info \(key) \(value)")
        }
        #expect(field(info, "TrimBox") != nil && field(info, "Encrypted") == "no")
        let fonts = try #require(run("/usr/bin/pdffonts", [pdf])).split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.count > 5 && $0[$0.count - 5] == "yes" }, "fonts not embedded")
        #expect(try #require(run("/usr/bin/pdftotext", [pdf, "-"])).contains(phrase), "\(phrase) is not text in the PDF")
        #expect(text.contains("/SMask") || text.contains("/S /Transparency") || text.contains("/ca 0."), "the transparency was flattened")
    }

    @Test func aPosterWithBleedBecomesPDFXWithItsBoxesAndMetadata() throws {
        let s = try Scratch()
        defer { s.remove() }
        let pdf = try make(.poster, ["--paper", "A3", "--bleed", "3", "--author", "Foreign Affairs Office of Nanning"], in: s)
        try expectPDFX(pdf, saying: "Nanning’s partner cities", in: s)
        let info = try #require(run("/usr/bin/pdfinfo", ["-box", pdf]))
        #expect(field(info, "Title") == "Nanning’s partner cities")
        #expect(field(info, "Author") == "Foreign Affairs Office of Nanning")
        #expect(field(info, "Keywords")?.hasPrefix("Nanning, 南宁") == true)
        let xmp = try #require(run("/usr/bin/pdfinfo", ["-meta", pdf]))
        #expect(xmp.contains("<pdf:Keywords>Nanning, 南宁") && xmp.contains("Foreign Affairs Office of Nanning</rdf:li>"), "the XMP keeps the keywords and the author")
        let trim = try #require(field(info, "TrimBox")).split(separator: " ").compactMap { Double($0) }
        let bleed = try #require(field(info, "BleedBox")).split(separator: " ").compactMap { Double($0) }
        try #require(trim.count == 4 && bleed.count == 4)
        #expect(abs(trim[2] - trim[0] - 841.89) < 0.05 && abs(trim[3] - trim[1] - 1190.55) < 0.05, "trim box is the A3 page: \(trim)")
        #expect(abs(trim[0] - bleed[0] - 8.504) < 0.05 && abs(bleed[3] - trim[3] - 8.504) < 0.05, "3 mm of bleed: \(bleed)")
        #expect(try s.contents() == ["layout.json", "print.pdf", "print.qdf"], "no temporary file left behind")
    }

    @Test func aMapBecomesPDFX() throws {
        let s = try Scratch()
        defer { s.remove() }
        let pdf = try make(.render, ["--size", "960x540"], in: s)
        try expectPDFX(pdf, saying: "Nanning", in: s)
        // With no bleed, the paper is the page.
        let info = try #require(run("/usr/bin/pdfinfo", ["-box", pdf]))
        #expect(field(info, "TrimBox") != nil && field(info, "TrimBox") == field(info, "MediaBox"))
        let qdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: s.file("print.qdf"))), as: UTF8.self)
        #expect(qdf.contains("/TrimBox"), "the TrimBox is stated, not defaulted")
    }

    /// Ghostscript's tiffsep device writes one TIFF per plate; every pixel of the title that
    /// carries ink carries black only (a rich black would show on cyan, magenta and yellow too).
    @Test func theTitleIsOnTheBlackPlateAlone() throws {
        let s = try Scratch()
        defer { s.remove() }
        let pdf = try make(.poster, ["--paper", "A3"], in: s)
        let plates = s.file("plate-%d.tif")
        #expect(run("/usr/bin/gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiffsep", "-r150", "-o", plates, pdf]) != nil)
        let counts = try #require(run("/usr/bin/python3", ["-c", Self.plateCount, s.path, s.file("layout.json")]))
        let numbers = counts.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 3, "unexpected answer: \(counts)")
        #expect(numbers[0] > 5000, "the title has ink on the black plate")
        #expect(numbers[1] == 0, "\(numbers[1]) title pixels have cyan, magenta or yellow ink under the black")
        #expect(numbers[2] > 0, "the poster still has colour elsewhere")
    }

    /// Prints how many pixels of the title box have black ink, how many of those have other ink
    /// too, and how many pixels of the page have cyan (tiffsep writes 255 for no ink).
    static let plateCount = """
        import json, sys
        from PIL import Image
        folder, report = sys.argv[1], sys.argv[2]
        plates = {c: Image.open(folder + "/plate-1(" + c + ").tif") for c in ["Cyan", "Magenta", "Yellow", "Black"]}
        title = next(e for e in json.load(open(report))["elements"] if e["kind"] == "title")
        x, y, w, h = [v * 150 / 72 for v in title["box"]]
        box = (int(x), int(y), int(x + w), int(y + h))
        crop = {c: plates[c].crop(box).tobytes() for c in plates}
        black = [i for i, v in enumerate(crop["Black"]) if v < 255]
        mixed = sum(1 for i in black if min(crop["Cyan"][i], crop["Magenta"][i], crop["Yellow"][i]) < 255)
        cyan = sum(1 for v in plates["Cyan"].tobytes() if v < 255)
        print(len(black), mixed, cyan)
        """

    @Test func cmykNeedsAPDF() throws {
        for (command, name) in [(MapCommand.render, "map.png"), (.poster, "poster.svg")] {
            let o = try MapOptions.parse(command, arguments: ["--color-space", "cmyk", "-o", name])
            do {
                _ = command == .poster ? try PosterJob(options: o).run() : try RenderJob(options: o).run()
                Issue.record("expected cmyk to be refused for \(name)")
            } catch let e as JobError {
                #expect(e.description.contains("--color-space cmyk") && e.description.contains(".pdf"))
            }
        }
    }

    @Test func missingGhostscriptIsExplainedBeforeDrawing() throws {
        let s = try Scratch()
        defer { s.remove() }
        var job = PosterJob(options: try MapOptions.parse(.poster, arguments: ["--color-space", "cmyk", "-o", s.file("p.pdf")]))
        job.ghostscriptSearchPath = [s.file("no-gs-here")]
        do {
            _ = try job.run()
            Issue.record("expected an error without Ghostscript")
        } catch let e as JobError {
            #expect(e.description.contains("apt-get install ghostscript"))
        }
        #expect(try s.contents().isEmpty, "Ghostscript is looked for before anything is drawn")
    }
}
