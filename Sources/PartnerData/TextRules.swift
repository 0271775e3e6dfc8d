/// The rules for cells of free text: names short enough to label, and no control characters
/// (ESC, BEL, …), which would reach a terminal or a drawing as commands instead of text.
extension CellRules {
    /// A name (a city's in some language, or a country's): on at most `limits.nameLines` lines,
    /// of at most `limits.nameScalars` Unicode scalars, and text by `text(_:column:)`.
    static func name(_ value: String, column: TableColumn, limits: TableLimits) -> CellProblem? {
        let lines = lineCount(value)
        guard lines <= limits.nameLines else {
            return CellProblem(message:
                "\(column.rawValue) has \(lines) lines (expected a name on at most \(limits.nameLines) lines)")
        }
        let length = value.unicodeScalars.count
        guard length <= limits.nameScalars else {
            return CellProblem(message:
                "\(column.rawValue) is \(length) characters long (expected a name of at most \(limits.nameScalars) characters)")
        }
        return text(value, column: column)
    }

    /// Text without C0 controls, DEL or C1 controls, line breaks (CR, LF) apart; the first
    /// other one is named by its code point, at its place in the value.
    static func text(_ value: String, column: TableColumn) -> CellProblem? {
        guard let offset = value.unicodeScalars.firstIndex(where: { isControl($0) && $0 != "\n" && $0 != "\r" }) else {
            return nil
        }
        let scalar = value.unicodeScalars[offset]
        return CellProblem(
            message: "control character \(codePoint(scalar)) in \(column.rawValue) (expected text without control characters; only line breaks are allowed)",
            offset: value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: offset))
    }

    /// U+0000…U+001F, U+007F and U+0080…U+009F.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// "U+001B".
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `value` with each line break (CRLF, CR) as LF, so that a name breaks alike on labels, in keys and in
    /// lists whatever line ends its file has.
    static func withLineFeeds(_ value: String) -> String {
        guard value.unicodeScalars.contains("\r") else { return value }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in value.unicodeScalars {
            if scalar == "\r" { out.append("\n") } else if !(scalar == "\n" && previous == "\r") { out.append(scalar) }
            previous = scalar
        }
        return String(out)
    }

    /// Lines of `value`: one more than its line breaks, where CR, LF and CRLF are one each.
    private static func lineCount(_ value: String) -> Int {
        var lines = 1
        var previous: Unicode.Scalar?
        for scalar in value.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && previous != "\r") { lines += 1 }
            previous = scalar
        }
        return lines
    }
}
