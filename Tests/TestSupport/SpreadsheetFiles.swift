import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ZIPFoundation

/// Tables as spreadsheets and Windows write them, made in the tests: text in GB18030 (Chinese
/// Windows Excel's "CSV"), Windows-1252 or UTF-16 with a byte order mark (Excel's "Unicode text"),
/// and .xlsx workbooks of the minimal parts, zipped.
public enum SpreadsheetFiles {
    /// `text` in `encoding` as glibc's iconv writes it (`"GB18030"`, `"WINDOWS-1252"`…).
    public static func encode(_ text: String, as encoding: String) -> [UInt8] {
        let converter = iconv_open(encoding, "UTF-8")
        precondition(converter != iconv_t(bitPattern: -1), "iconv has no \(encoding)")
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 8)
        let written = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outLeft = outBuffer.count
                precondition(iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, "not encodable in \(encoding)")
                return outBuffer.count - outLeft
            }
        }
        return Array(output[..<written])
    }

    /// `text` as UTF-16 with a byte order mark, little or big endian.
    public static func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        return bytes
    }

    /// One cell of a sheet row, written as Excel or openpyxl would.
    public enum Cell: Sendable {
        /// A shared string (`t="s"`, what Excel writes).
        case shared(String)
        /// An inline string (`t="inlineStr"`, what openpyxl writes).
        case inline(String)
        /// A number, as its text in the file (`2012`, `22.816700000000001`, a date serial `41157`).
        case number(String)
        case bool(Bool)
        /// No cell written (a gap in the row).
        case none
    }

    /// An .xlsx workbook's bytes: the sheets in order, each a list of rows (row 1 first; a row may
    /// name its number to leave rows out); cells get references `A1`, `B1`… unless `references` is false.
    public static func workbook(_ sheets: [(name: String, rows: [(number: Int?, cells: [Cell])])], references: Bool = true,
                                date1904: Bool = false, compressed: Bool = true) throws -> Data {
        var shared: [String] = []
        var sheetParts: [String] = []
        for sheet in sheets {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
                + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            var rowNumber = 0
            for row in sheet.rows {
                rowNumber = row.number ?? rowNumber + 1
                xml += "<row r=\"\(rowNumber)\">"
                for (index, cell) in row.cells.enumerated() {
                    let ref = references ? " r=\"\(columnLetters(index + 1))\(rowNumber)\"" : ""
                    switch cell {
                    case .shared(let text):
                        let id = shared.firstIndex(of: text) ?? { shared.append(text); return shared.count - 1 }()
                        xml += "<c\(ref) t=\"s\"><v>\(id)</v></c>"
                    case .inline(let text):
                        xml += "<c\(ref) t=\"inlineStr\"><is><t>\(escaped(text))</t></is></c>"
                    case .number(let text):
                        xml += "<c\(ref)><v>\(text)</v></c>"
                    case .bool(let value):
                        xml += "<c\(ref) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
                    case .none:
                        continue
                    }
                }
                xml += "</row>"
            }
            sheetParts.append(xml + "</sheetData></worksheet>")
        }
        var parts: [(String, String)] = []
        let sheetList = sheets.enumerated().map { "<sheet name=\"\(escaped($1.name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?>"#
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + (date1904 ? #"<workbookPr date1904="1"/>"# : "") + "<sheets>\(sheetList)</sheets></workbook>"))
        var rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        if !shared.isEmpty {
            rels.append(#"<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#)
            parts.append(("xl/sharedStrings.xml", #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
                + shared.map { "<si><t>\(escaped($0))</t></si>" }.joined() + "</sst>"))
        }
        parts.append(("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + rels.joined() + "</Relationships>"))
        for (index, xml) in sheetParts.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", xml)) }
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) }, compressed: compressed)
    }

    /// A ZIP archive of `parts`.
    public static func zip(_ parts: [(path: String, data: Data)], compressed: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func columnLetters(_ column: Int) -> String {
        var n = column, letters = ""
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
