import Foundation

/// A table as the editor shows it: a header and rows of cells, read from and written as RFC 4180
/// CSV (UTF-8, commas, quotes where a cell needs them).
struct CSVGrid: Codable, Sendable, Equatable {
    var columns: [String]
    var rows: [[String]]

    /// Reads CSV text; every record is padded or cut to the header's width.
    init(csv text: String) {
        var records: [[String]] = [[]]
        var field = "", quoted = false, afterQuote = false
        var chars = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { chars.removeFirst(); field.append("\"") } else { quoted = false; afterQuote = true } } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": records[records.count - 1].append(field); field = ""; afterQuote = false
            case "\n", "\r\n", "\r": records[records.count - 1].append(field); field = ""; afterQuote = false; records.append([])
            default: field.append(c)
            }
        }
        if !field.isEmpty || !(records.last?.isEmpty ?? true) { records[records.count - 1].append(field) }
        records = records.filter { !$0.isEmpty && $0 != [""] }
        columns = records.first ?? []
        let width = columns.count
        rows = records.dropFirst().map { r in r.count >= width ? Array(r.prefix(width)) : r + Array(repeating: "", count: width - r.count) }
    }

    init(columns: [String], rows: [[String]]) { self.columns = columns; self.rows = rows }

    /// The table as CSV: the header on line 1, row k on line k + 2 (cells with line breaks are quoted
    /// but keep their breaks, so only the editor's single-line cells keep that numbering).
    var csv: String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([columns] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The field a character column of a line of `csv` falls in (0-based), or nil.
    func field(line: Int, column: Int) -> Int? {
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        var index = 0, quoted = false
        for (i, c) in lines[line - 1].enumerated() {
            if i + 1 >= column { return index }
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { index += 1 }
        }
        return index
    }
}
