import CQpdf
import Foundation

/// Readies a Cairo PDF for conversion to CMYK. Cairo writes every colour as DeviceRGB, and an ICC
/// conversion turns RGB black into a rich four-colour black, which misregisters on press. So each
/// neutral colour (red, green and blue within `tolerance`) becomes DeviceGray, which CMYK
/// conversion puts on the black plate alone, a near-black one (the themes' text) solid 100% black; and each transparency group blends in DeviceCMYK instead
/// of DeviceRGB, so the grey does not pass through RGB again.
enum PrintNeutrals {
    /// How far apart a neutral colour's components may be: 6/255 holds the themes' greys.
    static let tolerance = 6.0 / 255
    /// Greys this dark or darker print as solid black: the themes' text is 0.11.
    static let nearBlack = 0.15

    /// `r g b rg` and `r g b RG` operators, with the numbers as Cairo writes them.
    private static let colour = try! NSRegularExpression(
        pattern: #"(?<![^\s])([0-9.]+) ([0-9.]+) ([0-9.]+) (rg|RG)(?![^\s])"#)

    /// Rewrites the open document `q`: every page, form and tiling pattern's content, every group.
    static func apply(_ q: qpdf_data) throws {
        let size = qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Size"))
        var pageStreams: Set<Int32> = []
        for n in 0..<max(0, qpdf_get_num_pages(q)) {
            let contents = qpdf_oh_get_key(q, qpdf_get_page_n(q, Int(n)), "/Contents")
            if qpdf_oh_is_array(q, contents) != QPDF_FALSE {
                for i in 0..<qpdf_oh_get_array_n_items(q, contents) { pageStreams.insert(qpdf_oh_get_object_id(q, qpdf_oh_get_array_item(q, contents, i))) }
            } else {
                pageStreams.insert(qpdf_oh_get_object_id(q, contents))
            }
        }
        for id in 1..<max(1, size) {
            let object = qpdf_get_object_by_id(q, id, 0)
            let isStream = qpdf_oh_is_stream(q, object) != QPDF_FALSE
            let dict = isStream ? qpdf_oh_get_dict(q, object) : object
            guard qpdf_oh_is_dictionary(q, dict) != QPDF_FALSE else { continue }
            let group = qpdf_oh_get_key(q, dict, "/Group")
            if qpdf_oh_is_dictionary(q, group) != QPDF_FALSE, qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, group, "/CS"), "/DeviceRGB") != QPDF_FALSE {
                qpdf_oh_replace_key(q, group, "/CS", qpdf_oh_new_name(q, "/DeviceCMYK"))
            }
            let isForm = qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, dict, "/Subtype"), "/Form") != QPDF_FALSE
            let patternType = qpdf_oh_get_key(q, dict, "/PatternType")
            let isTiling = qpdf_oh_is_integer(q, patternType) != QPDF_FALSE && qpdf_oh_get_int_value_as_int(q, patternType) == 1
            guard isStream, isForm || isTiling || pageStreams.contains(id) else { continue }
            rewrite(q, object)
        }
        guard qpdf_has_error(q) == QPDF_FALSE else {
            throw CanvasError.cairo("cannot ready the PDF for print: " + String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q))))
        }
    }

    /// Replaces the neutral colours of one content stream by greys.
    private static func rewrite(_ q: qpdf_data, _ stream: qpdf_oh) {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered: QPDF_BOOL = QPDF_FALSE
        _ = qpdf_oh_get_stream_data(q, stream, qpdf_dl_generalized, &filtered, &buffer, &length)
        guard let buffer else { return }
        defer { free(buffer) }
        guard filtered != QPDF_FALSE else { return }
        // Latin-1 keeps every byte as one character, so binary runs come back unchanged.
        guard let text = String(data: Data(bytes: buffer, count: length), encoding: .isoLatin1) else { return }
        let source = text as NSString
        var out = ""
        var last = 0
        var changed = false
        for m in colour.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let v = (1...3).compactMap { Double(source.substring(with: m.range(at: $0))) }
            guard v.count == 3, v.max()! - v.min()! <= tolerance else { continue }
            let mean = (v[0] + v[1] + v[2]) / 3
            let grey = mean <= nearBlack ? "0" : String(format: "%.6g", mean)
            out += source.substring(with: NSRange(location: last, length: m.range.location - last))
            out += grey + (source.substring(with: m.range(at: 4)) == "rg" ? " g" : " G")
            last = m.range.location + m.range.length
            changed = true
        }
        guard changed, let bytes = (out + source.substring(from: last)).data(using: .isoLatin1) else { return }
        bytes.withUnsafeBytes { raw in
            qpdf_oh_replace_stream_data(q, stream, raw.bindMemory(to: UInt8.self).baseAddress, raw.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q))
        }
    }
}
