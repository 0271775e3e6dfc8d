import CQpdf
import Foundation

/// A PDF opened with libqpdf, for tests to read back what the canvas wrote: its streams
/// (decoded) with their filters, and the first page's boxes.
final class QPDFReader {
    private var handle: qpdf_data?
    private let q: qpdf_data
    /// libqpdf reads this copy of the file until cleanup.
    private let bytes: UnsafeMutableBufferPointer<UInt8>

    /// A stream object: its /Filter name (nil when unfiltered), its length in the file, its decoded bytes.
    struct Stream { let filter: String?; let rawLength: Int; let data: [UInt8] }

    init?(_ pdf: [UInt8]) {
        handle = qpdf_init()
        guard let q = handle, !pdf.isEmpty else { return nil }
        self.q = q
        bytes = .allocate(capacity: pdf.count)
        _ = bytes.initialize(from: pdf)
        qpdf_silence_errors(q)
        qpdf_set_attempt_recovery(q, QPDF_FALSE)
        _ = qpdf_read_memory(q, "test PDF", UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), UInt64(pdf.count), nil)
        guard qpdf_has_error(q) == QPDF_FALSE else { return nil }
    }

    deinit {
        qpdf_cleanup(&handle)
        bytes.deallocate()
    }

    /// qpdf's own check of structure, cross-references and every stream's encoding.
    var passesCheck: Bool {
        let code = qpdf_check_pdf(q)
        while qpdf_more_warnings(q) != QPDF_FALSE { _ = qpdf_next_warning(q) }
        return code == 0 && qpdf_has_error(q) == QPDF_FALSE
    }

    /// Every stream object in the file.
    var streams: [Stream] {
        let size = qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Size"))
        return (1..<max(1, size)).compactMap { id in
            let object = qpdf_get_object_by_id(q, id, 0)
            guard qpdf_oh_is_stream(q, object) != QPDF_FALSE else { return nil }
            let filter = qpdf_oh_get_key(q, qpdf_oh_get_dict(q, object), "/Filter")
            let name = qpdf_oh_is_name(q, filter) != QPDF_FALSE ? String(cString: qpdf_oh_get_name(q, filter)) : nil
            return Stream(filter: name, rawLength: data(object, qpdf_dl_none).count, data: data(object, qpdf_dl_generalized))
        }
    }

    private func data(_ object: qpdf_oh, _ level: qpdf_stream_decode_level_e) -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        _ = qpdf_oh_get_stream_data(q, object, level, nil, &buffer, &length)
        defer { free(buffer) }
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    /// A box of the first page (`/MediaBox`, `/TrimBox`, …) as four numbers, or nil.
    func pageBox(_ key: String) -> [Double]? {
        let box = qpdf_oh_get_key(q, qpdf_get_page_n(q, 0), key)
        guard qpdf_oh_is_array(q, box) != QPDF_FALSE, qpdf_oh_get_array_n_items(q, box) == 4 else { return nil }
        return (0..<4).map { qpdf_oh_get_numeric_value(q, qpdf_oh_get_array_item(q, box, Int32($0))) }
    }
}
