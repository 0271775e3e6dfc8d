import Foundation

/// Adds /TrimBox and /BleedBox to the page of a one-page PDF written by Cairo (which cannot set
/// them), so printers and `pdfinfo -box` see the finished paper size inside a page with bleed.
/// The boxes go into the page dictionary after /MediaBox.
enum PDFPageBoxes {
    /// `trim` and `bleed` in PDF points, origin at the bottom left: [x0, y0, x1, y1].
    static func insert(into pdf: [UInt8], trim: [Double], bleed: [Double]) throws -> [UInt8] {
        let file: PDFObjects
        do { file = try PDFObjects(pdf) } catch let e as PDFObjects.Malformed { throw CanvasError.cairo("unexpected PDF layout: \(e.what)") }
        let mediaBox = Array("/MediaBox [".utf8)
        for object in file.objects where object.stream == nil {
            let body = file.bytes[object.span]
            guard body.firstRange(of: Array("/Type /Page".utf8)) != nil, body.firstRange(of: Array("/Type /Pages".utf8)) == nil,
                  let media = body.firstRange(of: mediaBox),
                  let close = body[media.upperBound...].firstIndex(of: UInt8(ascii: "]")) else { continue }
            func box(_ b: [Double]) -> String { b.map { String(format: "%.3f", $0) }.joined(separator: " ") }
            let insertion = Array("\n   /TrimBox [ \(box(trim)) ]\n   /BleedBox [ \(box(bleed)) ]".utf8)
            let page = Array(body[..<(close + 1)]) + insertion + Array(body[(close + 1)...])
            return file.rebuilt(replacing: [object.number: page])
        }
        throw CanvasError.cairo("cannot find the page's MediaBox to add trim and bleed boxes")
    }
}
