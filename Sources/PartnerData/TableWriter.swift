import Foundation

/// Writes rows as a partner table in the format partnermap reads best: UTF-8 CSV with commas and
/// the canonical column names, fields quoted only when they must be (RFC 4180).
public enum TableWriter {
    /// The columns written, in order, before any extra ones.
    public static let columns = ["id", "name_en", "name_zh", "name_vi", "name_th", "country", "admin", "iso2", "continent",
                                 "lat", "lon", "relation", "year", "date", "source", "confidence"]

    /// The table of `rows`, with `extra` columns after the canonical ones and `extraValues(i)` the
    /// values of row `i` in them; lines end in CRLF, as RFC 4180 and spreadsheets expect.
    public static func csv(_ rows: [TableRow], extra: [String] = [], extraValues: (Int) -> [String] = { _ in [] }) -> String {
        var out = line(columns + extra)
        for (index, row) in rows.enumerated() {
            let values = [row.id, row.names[.en] ?? "", row.names[.zh] ?? "", row.names[.vi] ?? "", row.names[.th] ?? "",
                          row.country, row.admin, row.iso2, row.continent?.rawValue ?? "",
                          row.lat.map(degrees) ?? "", row.lon.map(degrees) ?? "", row.relation.rawValue,
                          row.year.map(String.init) ?? "", row.date, row.source, row.confidence]
            out += line(values + extraValues(index))
        }
        return out
    }

    /// Degrees with at most 6 decimals (0.1 m), no trailing zeros: `22.81667`, `-8.611`, `108`.
    public static func degrees(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A field as CSV writes it: in quotes, with quotes doubled, when it holds a comma, a quote, a
    /// line break or spaces at either end.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    private static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }
}
