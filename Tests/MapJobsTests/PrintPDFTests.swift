import Foundation
import MapJobs
import Testing
import TestSupport

/// `--color-space cmyk`: Ghostscript turns the PDF into a PDF/X-3 with a CMYK output intent and no
/// RGB left, keeps the boxes and the metadata, and puts black text on the black plate alone.
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
    /// spells every object out, uncompressed), and a sound structure.
    func expectPDFX(_ pdf: String, in s: Scratch) throws {
        let qdf = s.file("print.qdf")
        #expect(run("/usr/bin/qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]) != nil)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
        #expect(text.contains("/OutputIntent") && text.contains("/S /GTS_PDFX") && text.contains("/DestOutputProfile"))
        #expect(text.contains("/GTS_PDFXVersion (PDF/X-3:2002)"))
        #expect(!text.contains("/DeviceRGB"))
        #expect(run("/usr/bin/qpdf", ["--check", pdf]) != nil, "qpdf --check failed")
    }

    @Test func aPosterWithBleedBecomesPDFXWithItsBoxesAndMetadata() throws {
        let s = try Scratch()
        defer { s.remove() }
        let pdf = try make(.poster, ["--paper", "A3", "--bleed", "3", "--author", "Foreign Affairs Office of Nanning"], in: s)
        try expectPDFX(pdf, in: s)
        let info = try #require(run("/usr/bin/pdfinfo", ["-box", pdf]))
        #expect(field(info, "Title") == "Nanning’s partner cities")
        #expect(field(info, "Author") == "Foreign Affairs Office of Nanning")
        #expect(field(info, "Keywords")?.hasPrefix("Nanning, 南宁") == true)
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
        try expectPDFX(try make(.render, ["--size", "960x540"], in: s), in: s)
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
