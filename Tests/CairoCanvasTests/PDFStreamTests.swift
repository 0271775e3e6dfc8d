@testable import CairoCanvas
import Foundation
import MapScene
import Testing

/// Cairo compresses the PDF's streams itself; page boxes for print are set through libqpdf. Read
/// back with libqpdf, the file must check clean, every stream deflated, the boxes where asked.
@Suite struct PDFStreamTests {
    /// Many strokes (a long page content stream) and text in two scripts (embedded fonts).
    func scene(size: Size = Size(640, 480)) -> Scene {
        var items: [SceneItem] = []
        for k in 0..<400 {
            let y = Double(k)
            items.append(.stroke(Path(polyline: [Point(3, y), Point(637, 479 - y), Point(320, y / 2)]), Stroke(color: .black, width: 1)))
        }
        items.append(.text(TextBlock(text: "Nanning 南宁 Hải Phòng", font: Font(families: ["Noto Sans", "Noto Sans CJK SC"], size: 30),
                                     origin: Point(60, 200), color: .black, halo: Halo(color: .white, width: 3))))
        return Scene(size: size, background: .white, layers: [Layer(name: "all", items: items)])
    }

    /// The page content (it starts by turning Cairo's y axis) is among the file's streams.
    func pageContent(_ streams: [QPDFReader.Stream]) -> QPDFReader.Stream? {
        streams.first { String(decoding: $0.data.prefix(12), as: UTF8.self).hasPrefix("1 0 0 -1 0 ") }
    }

    @Test func everyStreamIsDeflated() throws {
        let pdf = try SceneRenderer().render(scene(), as: .pdf)
        let file = try #require(QPDFReader(pdf))
        #expect(file.passesCheck)
        let streams = file.streams
        #expect(streams.count >= 3, "page content and fonts")
        #expect(streams.allSatisfy { $0.filter == "/FlateDecode" }, "unfiltered streams: \(streams.filter { $0.filter == nil }.count)")
        let content = try #require(pageContent(streams))
        #expect(content.data.count > 20_000)
        #expect(content.rawLength * 3 < content.data.count, "page content \(content.rawLength) bytes for \(content.data.count) decoded")
        #expect(file.pageBox("/TrimBox") == nil, "no trim box unless the scene has one")
    }

    @Test func trimAndBleedBoxesGoOnThePage() throws {
        // 100 × 80 pt with 3 pt of bleed around a trimmed page (96 px to the inch: 4 px = 3 pt).
        var s = scene(size: Size(400 / 3, 320 / 3))
        s.bleedBox = Rect(x: 0, y: 0, width: 400 / 3, height: 320 / 3)
        s.trimBox = Rect(x: 4, y: 4, width: 400 / 3 - 8, height: 320 / 3 - 8)
        let pdf = try SceneRenderer().render(s, as: .pdf)
        let file = try #require(QPDFReader(pdf))
        #expect(file.passesCheck)
        func near(_ a: [Double]?, _ b: [Double]) -> Bool { a.map { zip($0, b).allSatisfy { abs($0 - $1) < 0.002 } && $0.count == 4 } ?? false }
        #expect(near(file.pageBox("/MediaBox"), [0, 0, 100, 80]), "\(String(describing: file.pageBox("/MediaBox")))")
        #expect(near(file.pageBox("/BleedBox"), [0, 0, 100, 80]), "\(String(describing: file.pageBox("/BleedBox")))")
        #expect(near(file.pageBox("/TrimBox"), [3, 3, 97, 77]), "\(String(describing: file.pageBox("/TrimBox")))")
        // Rewritten by libqpdf, the streams stay as Cairo compressed them, and the text is still there.
        let streams = file.streams
        #expect(streams.allSatisfy { $0.filter == "/FlateDecode" })
        #expect(pageContent(streams) != nil)
    }

    @Test func aFileNeedingRepairIsRefused() throws {
        var s = scene()
        s.trimBox = Rect(x: 4, y: 4, width: 600, height: 400)
        let pdf = try SceneRenderer().render(s, as: .pdf)
        // A comment line after the header: every cross-reference offset now points 10 bytes short.
        let header = try #require(pdf.firstIndex(of: UInt8(ascii: "\n")))
        let shifted = Array(pdf[...header]) + Array("% shifted\n".utf8) + Array(pdf[(header + 1)...])
        #expect(throws: CanvasError.self) { _ = try QPDFFinish.apply(to: shifted, boxes: QPDFFinish.Boxes(trim: [3, 3, 97, 97], bleed: [0, 0, 100, 100]), date: nil) }
        #expect(throws: CanvasError.self) { _ = try QPDFFinish.apply(to: Array("%PDF-1.5\nno objects here\n".utf8), boxes: QPDFFinish.Boxes(trim: [0, 0, 1, 1], bleed: [0, 0, 1, 1]), date: nil) }
        #expect(throws: CanvasError.self) { _ = try QPDFFinish.apply(to: [], boxes: QPDFFinish.Boxes(trim: [0, 0, 1, 1], bleed: [0, 0, 1, 1]), date: nil) }
    }

    /// With a fixed date the PDF is the same bytes whenever and wherever it is made: the date is
    /// written as a PDF date in UTC, and the /ID comes from the content.
    @Test func aFixedDateGivesTheSameBytes() throws {
        var s = scene()
        let renderer = SceneRenderer(creationDate: Date(timeIntervalSince1970: 1_700_000_000))
        let first = try renderer.render(s, as: .pdf)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try renderer.render(s, as: .pdf) == first)
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:20231114221320Z)"))
        s.trimBox = Rect(x: 4, y: 4, width: 600, height: 400)
        let boxed = try renderer.render(s, as: .pdf)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try renderer.render(s, as: .pdf) == boxed, "page boxes and the date together")
        let undated = try SceneRenderer().render(scene(), as: .pdf)
        #expect(!String(decoding: undated, as: UTF8.self).contains("D:20231114"))
    }

    /// The PDF/X-4 XMP restates the Info dictionary's dates in ISO 8601, time zone included.
    @Test func pdfDatesBecomeXMPDates() {
        #expect(PDFXFinish.xmpDate("D:20231114221320Z") == "2023-11-14T22:13:20Z")
        #expect(PDFXFinish.xmpDate("D:20261202100847+08'00'") == "2026-12-02T10:08:47+08:00")
        #expect(PDFXFinish.xmpDate("D:20261202100847-03'30") == "2026-12-02T10:08:47-03:30")
        #expect(PDFXFinish.xmpDate("20231114221320") == "2023-11-14T22:13:20", "no zone stated, none made up")
        #expect(PDFXFinish.xmpDate("D:2023") == nil)
    }
}
