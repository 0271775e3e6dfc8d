import CQpdf
import Foundation

/// Writes into a Cairo PDF what Cairo 1.16 cannot, through libqpdf's object handles: each
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
        try QPDFEdit.edit(pdf, named: "Cairo PDF", what: "the PDF", otherwise: "not a PDF with pages") { doc in
            let q = doc.q
            let pages = qpdf_get_num_pages(q)
            guard !doc.failed(), pages > 0 else { throw doc.failure("page") }
            for n in 0..<pages {
                let page = qpdf_get_page_n(q, Int(n))
                guard !doc.failed(), qpdf_oh_is_dictionary(q, page) != QPDF_FALSE else { throw doc.failure("page") }
                guard let boxes else { break }
                for (key, box) in [("/TrimBox", boxes.trim), ("/BleedBox", boxes.bleed)] {
                    let array = qpdf_oh_parse(q, "[" + box.map { String(format: "%.3f", $0) }.joined(separator: " ") + "]")
                    qpdf_oh_replace_key(q, page, key, array)
                    guard !doc.failed() else { throw doc.failure(key) }
                }
            }
            if forPrint { try PrintNeutrals.apply(q) }
            if let date {
                let info = qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Info")
                guard !doc.failed(), qpdf_oh_is_dictionary(q, info) != QPDF_FALSE else { throw doc.failure("/Info") }
                qpdf_oh_replace_key(q, info, "/CreationDate", qpdf_oh_new_string(q, date))
                guard !doc.failed() else { throw doc.failure("/CreationDate") }
            }
        }
    }
}

/// A PDF open in libqpdf while `edit` lets a change alter it through object handles; it is then
/// written back with its streams as they were and an /ID derived from its content, so equal
/// inputs give equal bytes.
struct QPDFEdit {
    let q: qpdf_data
    /// What the errors call the file, and what they say when libqpdf reports nothing.
    let what, otherwise: String

    func failed() -> Bool { qpdf_has_error(q) != QPDF_FALSE }

    func failure(_ step: String) -> CanvasError {
        let detail = failed() ? String(cString: qpdf_get_error_full_text(q, qpdf_get_error(q))) : otherwise
        return CanvasError.cairo("cannot finish \(what) (\(step)): \(detail)")
    }

    static func edit(_ pdf: [UInt8], named name: String, what: String, otherwise: String, _ change: (QPDFEdit) throws -> Void) throws -> [UInt8] {
        var handle = qpdf_init()
        defer { qpdf_cleanup(&handle) }
        guard let q = handle else { throw CanvasError.cairo("cannot start libqpdf") }
        qpdf_silence_errors(q)
        // A file just written needs no repair; one that would is refused, not rewritten.
        qpdf_set_attempt_recovery(q, QPDF_FALSE)
        let doc = QPDFEdit(q: q, what: what, otherwise: otherwise)
        // libqpdf reads the buffer lazily, up to the write, so all of that happens in here.
        return try pdf.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { throw doc.failure("read") }
            _ = qpdf_read_memory(q, name, start, UInt64(bytes.count), nil)
            guard !doc.failed() else { throw doc.failure("read") }
            try change(doc)
            _ = qpdf_init_write_memory(q)
            guard !doc.failed() else { throw doc.failure("write") }
            qpdf_set_deterministic_ID(q, QPDF_TRUE)
            qpdf_set_decode_level(q, qpdf_dl_none)
            _ = qpdf_write(q)
            guard !doc.failed(), let out = qpdf_get_buffer(q) else { throw doc.failure("write") }
            return Array(UnsafeBufferPointer(start: out, count: Int(qpdf_get_buffer_length(q))))
        }
    }
}
