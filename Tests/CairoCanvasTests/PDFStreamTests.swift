@testable import CairoCanvas
import CZlib
import Foundation
import MapScene
import Testing

/// PDF streams are compressed by the canvas, not by Cairo: the file must stay a valid PDF whose
/// streams inflate to exactly what Cairo wrote, with every cross-reference offset right.
@Suite struct PDFStreamTests {
    /// A PDF laid out as Cairo writes one: a stream with its length in another object, one with
    /// a direct length, one already filtered, a page and a catalog.
    func handMadePDF(content: [UInt8], group: [UInt8]) -> [UInt8] {
        var out = Array("%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) { offsets.append(out.count); out += body }
        object(Array("1 0 obj\n<< /Length 2 0 R\n>>\nstream\n".utf8) + content + Array("\nendstream\nendobj\n".utf8))
        object(Array("2 0 obj\n   \(content.count)\nendobj\n".utf8))
        object(Array("3 0 obj\n<< /Type /XObject\n   /Length \(group.count)\n   /Subtype /Form\n>>\nstream\n".utf8) + group
               + Array("endstream\nendobj\n".utf8))
        let packed = deflated(Array("already packed".utf8))
        object(Array("4 0 obj\n<< /Length \(packed.count)\n   /Filter /FlateDecode\n   /Length1 14\n>>\nstream\n".utf8) + packed
               + Array("\nendstream\nendobj\n".utf8))
        object(Array("5 0 obj\n<< /Type /Page /MediaBox [ 0 0 100 100 ] /Contents 1 0 R /Parent 6 0 R >>\nendobj\n".utf8))
        object(Array("6 0 obj\n<< /Type /Pages /Kids [ 5 0 R ] /Count 1 >>\nendobj\n".utf8))
        object(Array("7 0 obj\n<< /Type /Catalog /Pages 6 0 R >>\nendobj\n".utf8))
        let xref = out.count
        out += Array("xref\n0 8\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Array((String(repeating: "0", count: 10 - String(o).count) + String(o) + " 00000 n \n").utf8) }
        out += Array("trailer\n<< /Size 8\n   /Root 7 0 R\n>>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    func deflated(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(compressBound(uLong(bytes.count))))
        var size = uLongf(out.count)
        _ = compress(&out, &size, bytes, uLong(bytes.count))
        return Array(out.prefix(Int(size)))
    }

    func inflated(_ bytes: ArraySlice<UInt8>, expected: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: max(expected, 1))
        var size = uLongf(out.count)
        let input = Array(bytes)
        guard uncompress(&out, &size, input, uLong(input.count)) == Z_OK else { return nil }
        return Array(out.prefix(Int(size)))
    }

    /// Every cross-reference entry points at its object's `N 0 obj`.
    func expectOffsetsRight(_ pdf: [UInt8], _ file: PDFObjects) {
        for object in file.objects {
            let header = Array("\(object.number) 0 obj".utf8)
            #expect(Array(pdf[object.span].prefix(header.count)) == header, "object \(object.number) is not where the table says")
        }
    }

    @Test func streamsAreDeflatedToWhatWasWritten() throws {
        // Large enough to be cut into several parts deflated in parallel, varied enough to matter.
        var rng = SystemRandomNumberGenerator()
        let content = Array((0..<60_000).map { _ in "\(Int.random(in: 0...1440, using: &rng)).\(Int.random(in: 0...999, using: &rng)) l " }.joined().utf8)
        #expect(content.count > PDFStreamCompressor.partSize * 2)
        let group = Array("q 0 0 1 rg 10 10 80 80 re f Q\n".utf8)
        let original = handMadePDF(content: content, group: group)
        let out = try PDFStreamCompressor.compress(original)
        let file = try PDFObjects(out)
        expectOffsetsRight(out, file)
        let streams = Dictionary(uniqueKeysWithValues: file.objects.compactMap { o in o.stream.map { (o.number, $0) } })
        #expect(streams.count == 3)
        for (number, expected) in [(1, content), (3, group), (4, Array("already packed".utf8))] {
            let s = try #require(streams[number])
            #expect(s.filtered)
            #expect(inflated(out[s.data], expected: expected.count) == expected, "stream \(number) does not inflate to its content")
        }
        #expect(out.count < original.count / 2)
        // The indirect length was updated, not left stale.
        let holder = try #require(file.objects.first { $0.number == 2 })
        #expect(PDFObjects.objectInteger(in: out, holder.span)?.value == streams[1]?.data.count)
        // Nothing to do the second time.
        #expect(try PDFStreamCompressor.compress(out) == out)
    }

    @Test func trimAndBleedBoxesGoIntoThePage() throws {
        let pdf = handMadePDF(content: Array("0 0 m 10 10 l S".utf8), group: [])
        let out = try PDFPageBoxes.insert(into: pdf, trim: [3, 3, 97, 97], bleed: [0, 0, 100, 100])
        let file = try PDFObjects(out)
        expectOffsetsRight(out, file)
        let page = try #require(file.objects.first { $0.number == 5 })
        let text = String(decoding: out[page.span], as: UTF8.self)
        #expect(text.contains("/TrimBox [ 3.000 3.000 97.000 97.000 ]"))
        #expect(text.contains("/BleedBox [ 0.000 0.000 100.000 100.000 ]"))
    }

    @Test func aMalformedFileIsRefusedNotCorrupted() throws {
        var pdf = handMadePDF(content: Array("0 0 m 10 10 l S".utf8), group: [])
        // A /Length that does not reach `endstream`.
        let at = try #require(pdf.firstRange(of: Array("   /Length 0".utf8)))
        pdf.replaceSubrange(at, with: Array("   /Length 7".utf8))
        #expect(throws: PDFObjects.Malformed.self) { try PDFStreamCompressor.compress(pdf) }
        #expect(throws: PDFObjects.Malformed.self) { try PDFObjects(Array("%PDF-1.5\nno objects here\n".utf8)) }
    }

    /// A real picture through Cairo: every stream filtered, offsets right, the page content inflating
    /// to PDF operators.
    @Test func cairoOutputIsCompressedByTheCanvas() throws {
        var items: [SceneItem] = []
        for k in 0..<400 {
            let y = Double(k)
            items.append(.stroke(Path(polyline: [Point(3, y), Point(637, 479 - y), Point(320, y / 2)]), Stroke(color: .black, width: 1)))
        }
        items.append(.text(TextBlock(text: "Nanning 南宁 Hải Phòng", font: Font(families: ["Noto Sans", "Noto Sans CJK SC"], size: 30),
                                     origin: Point(60, 200), color: .black, halo: Halo(color: .white, width: 3))))
        let scene = Scene(size: Size(640, 480), background: .white, layers: [Layer(name: "all", items: items)])
        let pdf = try SceneRenderer().render(scene, as: .pdf)
        let file = try PDFObjects(pdf)
        expectOffsetsRight(pdf, file)
        let streams = file.objects.compactMap(\.stream)
        #expect(!streams.isEmpty)
        #expect(streams.allSatisfy { $0.filtered }, "a stream was left uncompressed")
        // The page content (it starts by turning Cairo's y axis) carries the canvas's zlib header
        // (78 01), not the one of Cairo's default level (78 9C).
        let page = try #require(streams.first { s in
            inflated(pdf[s.data], expected: 4_000_000).map { String(decoding: $0.prefix(12), as: UTF8.self).hasPrefix("1 0 0 -1 0 ") } ?? false
        })
        #expect(Array(pdf[page.data].prefix(2)) == [0x78, 0x01])
    }
}
