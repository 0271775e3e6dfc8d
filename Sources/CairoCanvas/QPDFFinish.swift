import CQpdf
import Foundation

/// Writes into a one-page PDF what Cairo 1.16 cannot, through libqpdf's object handles: the
/// page's /TrimBox and /BleedBox, so printers and `pdfinfo -box` see the finished paper size
/// inside a page with bleed; and a fixed /CreationDate (Cairo's own lacks the "D:" prefix). The
/// file's /ID is derived from its content, so equal inputs give equal bytes. Streams are copied
/// as Cairo compressed them, but for those `PrintNeutrals` rewrites when the PDF is for print.
enum QPDFFinish {
    /// The page boxes in PDF points, origin at the bottom left: [x0, y0, x1, y1].
    struct Boxes {
        var trim: [Double]
        var bleed: [Double]
    }

    /// `date` is a PDF date, "D:YYYYMMDDHHmmSSZ".
    static func apply(to pdf: [UInt8], boxes: Boxes?, date: String?, forPrint: Bool = false) throws -> [UInt8] {
        var handle = qpdf_init()
        defer { qpdf_cleanup(&handle) }
        guard let q = handle else { throw CanvasError.cairo("cannot start libqpdf") }
        qpdf_silence_errors(q)
        // A file Cairo just wrote needs no repair; one that would is refused, not rewritten.
        qpdf_set_attempt_recovery(q, QPDF_FALSE)
        func failed() -> Bool { qpdf_has_error(q) != QPDF_FALSE }
        func failure(_ step: String) -> CanvasError {
            let detail = failed() ? String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q))) : "not a one-page PDF"
            return CanvasError.cairo("cannot finish the PDF (\(step)): \(detail)")
        }
        // libqpdf reads the buffer lazily, up to the write, so all of that happens in here.
        return try pdf.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { throw failure("read") }
            _ = qpdf_read_memory(q, "Cairo PDF", start, UInt64(bytes.count), nil)
            guard !failed() else { throw failure("read") }
            let page = qpdf_get_page_n(q, 0)
            guard !failed(), qpdf_oh_is_dictionary(q, page) != QPDF_FALSE else { throw failure("page") }
            if let boxes {
                for (key, box) in [("/TrimBox", boxes.trim), ("/BleedBox", boxes.bleed)] {
                    let array = qpdf_oh_parse(q, "[" + box.map { String(format: "%.3f", $0) }.joined(separator: " ") + "]")
                    qpdf_oh_replace_key(q, page, key, array)
                    guard !failed() else { throw failure(key) }
                }
            }
            if forPrint { try PrintNeutrals.apply(q) }
            if let date {
                let info = qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Info")
                guard !failed(), qpdf_oh_is_dictionary(q, info) != QPDF_FALSE else { throw failure("/Info") }
                qpdf_oh_replace_key(q, info, "/CreationDate", qpdf_oh_new_string(q, date))
                guard !failed() else { throw failure("/CreationDate") }
            }
            _ = qpdf_init_write_memory(q)
            guard !failed() else { throw failure("write") }
            qpdf_set_deterministic_ID(q, QPDF_TRUE)
            qpdf_set_decode_level(q, qpdf_dl_none)
            _ = qpdf_write(q)
            guard !failed(), let out = qpdf_get_buffer(q) else { throw failure("write") }
            return Array(UnsafeBufferPointer(start: out, count: Int(qpdf_get_buffer_length(q))))
        }
    }
}
