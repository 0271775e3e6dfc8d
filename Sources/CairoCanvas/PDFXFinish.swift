import CQpdf
import Foundation

/// Finishes the CMYK PDF Ghostscript made as a PDF/X-4, through libqpdf's object handles. PDF/X-4
/// requires XMP metadata in the catalog stating the PDF/X version; the packet Ghostscript 10.0's
/// pdfwrite writes outside its PDF/X mode (which knows X-3 only) states no version, no trapping
/// and no instance ID, and garbles text beyond Latin-1 (南宁 in the keywords). So it is replaced
/// by one that restates the Info dictionary (title, author, subject, keywords, creator, producer
/// and dates, which Ghostscript took from `SOURCE_DATE_EPOCH` when set) and the PDF/X version and
/// trapping the DOCINFO pdfmark declared, so the two agree. Every page keeps or gets a TrimBox
/// (the MediaBox when it has none), and a page group still blending in DeviceRGB blends in
/// DeviceCMYK. The file's /ID is derived from its content.
package enum PDFXFinish {
    /// `documentID` names the document in the XMP (xmpMM:DocumentID and InstanceID), a UUID.
    package static func apply(to pdf: [UInt8], documentID: String) throws -> [UInt8] {
        try QPDFEdit.edit(pdf, named: "Ghostscript PDF", what: "the PDF/X", otherwise: "missing") { doc in
            let q = doc.q
            for n in 0..<qpdf_get_num_pages(q) {
                let page = qpdf_get_page_n(q, Int(n))
                if qpdf_oh_has_key(q, page, "/TrimBox") == QPDF_FALSE, qpdf_oh_has_key(q, page, "/ArtBox") == QPDF_FALSE {
                    qpdf_oh_replace_key(q, page, "/TrimBox", qpdf_oh_new_object(q, qpdf_oh_get_key(q, page, "/MediaBox")))
                }
                let group = qpdf_oh_get_key(q, page, "/Group")
                if qpdf_oh_is_dictionary(q, group) != QPDF_FALSE,
                   qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, group, "/CS"), "/DeviceRGB") != QPDF_FALSE {
                    qpdf_oh_replace_key(q, group, "/CS", qpdf_oh_new_name(q, "/DeviceCMYK"))
                }
            }
            guard !doc.failed() else { throw doc.failure("page boxes") }
            let info = qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Info")
            guard !doc.failed(), qpdf_oh_is_dictionary(q, info) != QPDF_FALSE else { throw doc.failure("/Info") }
            func text(_ key: String) -> String? {
                let value = qpdf_oh_get_key(q, info, key)
                guard qpdf_oh_is_string(q, value) != QPDF_FALSE, let utf8 = qpdf_oh_get_utf8_value(q, value) else { return nil }
                return String(cString: utf8)
            }
            func name(_ key: String) -> String? {
                let value = qpdf_oh_get_key(q, info, key)
                guard qpdf_oh_is_name(q, value) != QPDF_FALSE else { return nil }
                return String(String(cString: qpdf_oh_get_name(q, value)).dropFirst())
            }
            guard let version = text("/GTS_PDFXVersion") else { throw doc.failure("/GTS_PDFXVersion") }
            guard let creation = text("/CreationDate"), let created = xmpDate(creation) else { throw doc.failure("/CreationDate") }
            // PDF/X states both dates in both places; the modification is the creation unless said.
            let modified = text("/ModDate").flatMap(xmpDate) ?? created
            if text("/ModDate").flatMap(xmpDate) == nil { qpdf_oh_replace_key(q, info, "/ModDate", qpdf_oh_new_string(q, creation)) }
            let xmp = XMP(title: text("/Title") ?? "", author: text("/Author"), subject: text("/Subject"),
                          keywords: text("/Keywords"), creator: text("/Creator"), producer: text("/Producer"),
                          created: created, modified: modified, trapped: name("/Trapped") ?? "False",
                          version: version, documentID: documentID).packet
            let stream = qpdf_oh_new_stream(q)
            xmp.withUnsafeBytes { raw in
                qpdf_oh_replace_stream_data(q, stream, raw.bindMemory(to: UInt8.self).baseAddress, raw.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q))
            }
            let dict = qpdf_oh_get_dict(q, stream)
            qpdf_oh_replace_key(q, dict, "/Type", qpdf_oh_new_name(q, "/Metadata"))
            qpdf_oh_replace_key(q, dict, "/Subtype", qpdf_oh_new_name(q, "/XML"))
            qpdf_oh_replace_key(q, qpdf_get_root(q), "/Metadata", stream)
            guard !doc.failed() else { throw doc.failure("/Metadata") }
        }
    }

    /// A PDF date ("D:YYYYMMDDHHmmSS" with "Z", "+HH'mm'" or nothing after) as XMP writes it
    /// (ISO 8601, "YYYY-MM-DDTHH:mm:SS+HH:mm"); nil if it is not one to the second.
    static func xmpDate(_ pdf: String) -> String? {
        var s = Substring(pdf)
        if s.hasPrefix("D:") { s = s.dropFirst(2) }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 14 else { return nil }
        let d = Array(digits.prefix(14))
        let rest = s.dropFirst(14)
        let stamp = "\(String(d[0..<4]))-\(String(d[4..<6]))-\(String(d[6..<8]))T\(String(d[8..<10])):\(String(d[10..<12])):\(String(d[12..<14]))"
        // A date with no zone is local time, unknown where: XMP too says none.
        guard let sign = rest.first else { return stamp }
        if sign == "Z" { return stamp + "Z" }
        let zone = rest.dropFirst().filter { $0.isASCII && $0.isNumber }
        guard sign == "+" || sign == "-", zone.count == 4 else { return stamp }
        return stamp + String(sign) + String(zone.prefix(2)) + ":" + String(zone.suffix(2))
    }

    /// The XMP packet of a PDF/X-4: Dublin Core, XMP basic, PDF, media management and PDF/X ids.
    struct XMP {
        var title: String
        var author, subject, keywords, creator, producer: String?
        var created, modified, trapped, version, documentID: String

        var packet: [UInt8] {
            func esc(_ s: String) -> String {
                s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            }
            var lines = [
                "<dc:format>application/pdf</dc:format>",
                "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(esc(title))</rdf:li></rdf:Alt></dc:title>",
            ]
            if let author { lines.append("<dc:creator><rdf:Seq><rdf:li>\(esc(author))</rdf:li></rdf:Seq></dc:creator>") }
            if let subject { lines.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(esc(subject))</rdf:li></rdf:Alt></dc:description>") }
            if let keywords { lines.append("<pdf:Keywords>\(esc(keywords))</pdf:Keywords>") }
            if let creator { lines.append("<xmp:CreatorTool>\(esc(creator))</xmp:CreatorTool>") }
            lines += ["<xmp:CreateDate>\(created)</xmp:CreateDate>", "<xmp:ModifyDate>\(modified)</xmp:ModifyDate>",
                      "<xmp:MetadataDate>\(modified)</xmp:MetadataDate>"]
            if let producer { lines.append("<pdf:Producer>\(esc(producer))</pdf:Producer>") }
            lines += ["<pdf:Trapped>\(esc(trapped))</pdf:Trapped>",
                      "<xmpMM:DocumentID>uuid:\(documentID)</xmpMM:DocumentID>",
                      "<xmpMM:InstanceID>uuid:\(documentID)</xmpMM:InstanceID>",
                      "<xmpMM:VersionID>1</xmpMM:VersionID>",
                      "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>",
                      "<pdfxid:GTS_PDFXVersion>\(esc(version))</pdfxid:GTS_PDFXVersion>"]
            let text = """
                <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
                \(lines.joined(separator: "\n"))
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="r"?>
                """
            return Array(text.utf8)
        }
    }
}
