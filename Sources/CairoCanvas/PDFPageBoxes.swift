import Foundation

/// Adds /TrimBox and /BleedBox to the page of a one-page PDF written by Cairo (which cannot set
/// them), so printers and `pdfinfo -box` see the finished paper size inside a page with bleed.
/// The boxes go into the page dictionary after /MediaBox; the cross-reference offsets of
/// everything after the insertion move along.
enum PDFPageBoxes {
    /// `trim` and `bleed` in PDF points, origin at the bottom left: [x0, y0, x1, y1].
    static func insert(into pdf: [UInt8], trim: [Double], bleed: [Double]) throws -> [UInt8] {
        let data = Data(pdf)
        guard let page = data.range(of: Data("/Type /Page".utf8)),
              let media = data.range(of: Data("/MediaBox [".utf8), in: page.upperBound..<data.count),
              let close = data.range(of: Data("]".utf8), in: media.upperBound..<data.count) else {
            throw CanvasError.cairo("cannot find the page's MediaBox to add trim and bleed boxes")
        }
        func box(_ b: [Double]) -> String { b.map { String(format: "%.3f", $0) }.joined(separator: " ") }
        let insertion = Array("\n   /TrimBox [ \(box(trim)) ]\n   /BleedBox [ \(box(bleed)) ]".utf8)
        let at = close.upperBound
        var out = Array(pdf[..<at]) + insertion + Array(pdf[at...])
        let delta = insertion.count
        // Shift the xref entries that point past the insertion, and startxref.
        guard let xref = lastRange(of: "\nxref\n", in: out) else { throw CanvasError.cairo("PDF without a cross-reference table") }
        var i = xref.upperBound
        guard let headerEnd = out[i...].firstIndex(of: 0x0A) else { throw CanvasError.cairo("malformed cross-reference table") }
        let header = String(decoding: out[i..<headerEnd], as: UTF8.self).split(separator: " ")
        guard header.count == 2, let count = Int(header[1]) else { throw CanvasError.cairo("malformed cross-reference header") }
        i = headerEnd + 1
        for _ in 0..<count {
            guard i + 20 <= out.count else { throw CanvasError.cairo("truncated cross-reference table") }
            if let offset = Int(String(decoding: out[i..<(i + 10)], as: UTF8.self)), out[i + 17] == UInt8(ascii: "n"), offset > at {
                out.replaceSubrange(i..<(i + 10), with: Array(String(format: "%010d", offset + delta).utf8))
            }
            i += 20
        }
        guard let start = lastRange(of: "startxref\n", in: out),
              let end = out[start.upperBound...].firstIndex(of: 0x0A),
              let offset = Int(String(decoding: out[start.upperBound..<end], as: UTF8.self)) else {
            throw CanvasError.cairo("PDF without startxref")
        }
        out.replaceSubrange(start.upperBound..<end, with: Array(String(offset + delta).utf8))
        return out
    }

    private static func lastRange(of s: String, in bytes: [UInt8]) -> Range<Int>? {
        let needle = Array(s.utf8)
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return i..<(i + needle.count) }
            i -= 1
        }
        return nil
    }
}
