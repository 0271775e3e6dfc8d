/// How deep a spec could nest, bounded before the YAML parser reads it: the parser recurses once
/// a level, so text nested deep enough exhausts the stack. The bound never falls short of the
/// parser's nesting, however the text is quoted, commented or broken into lines; options nest
/// two levels (a section, a list), so it is far from what a spec needs.
enum SpecNesting {
    /// Levels a spec may nest.
    static let maxDepth = 32
    /// `[` and `{` a spec may hold: flow collections open only there, so with these counted
    /// wherever they stand (in quotes and comments too) flow nesting stays below this many levels.
    static let maxBrackets = 256

    enum Excess: Equatable {
        /// Nested past `maxDepth` levels.
        case depth
        /// More than `maxBrackets` brackets.
        case brackets
    }

    /// The first place where the text nests, or could nest, past the limits.
    ///
    /// Block collections open only at a column past that of the one they are in, or at a compact
    /// entry's indicator on the same line (`- - x`, `? ? x`, `: - x`, `- a: b`), so a line nests at
    /// most about its indentation plus its indicators: `-`, `?` or `:` before a space, a tab or the
    /// line's end, counted wherever they stand. YAML's line breaks are LF, CR, CRLF, NEL, LS and PS.
    /// Flow depth is followed outside quotes and comments, for the place where it goes too deep;
    /// the count of brackets bounds it where quotes mislead.
    static func firstExcess(in text: String) -> (excess: Excess, line: Int, column: Int)? {
        var line = 1, column = 0, previous: Unicode.Scalar?, afterCR = false
        var lineLevels = 0, atLineStart = true
        var flow = 0, brackets = 0, quote: Unicode.Scalar?, inComment = false
        for scalar in text.unicodeScalars {
            column += 1
            let isBreak = "\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains(scalar)
            if isBreak || scalar == " " || scalar == "\t", let previous, "-?:".unicodeScalars.contains(previous) {
                lineLevels += 1
            }
            if lineLevels > 2 * maxDepth { return (.depth, line, column) }
            if isBreak {
                if !(scalar == "\n" && afterCR) { line += 1 }
                afterCR = scalar == "\r"
                column = 0; lineLevels = 0; atLineStart = true; quote = nil; inComment = false; previous = nil
                continue
            }
            afterCR = false
            previous = scalar
            if atLineStart {
                if scalar == " " {
                    lineLevels += 1
                    if lineLevels > 2 * maxDepth { return (.depth, line, column) }
                    continue
                }
                atLineStart = false
            }
            if scalar == "[" || scalar == "{" {
                brackets += 1
                if brackets > maxBrackets { return (.brackets, line, column) }
            }
            if inComment { continue }
            if let open = quote {
                if scalar == open { quote = nil }
                continue
            }
            switch scalar {
            case "\"", "'": quote = scalar
            case "#": inComment = true
            case "[", "{":
                flow += 1
                if flow > maxDepth { return (.depth, line, column) }
            case "]", "}": flow = max(0, flow - 1)
            default: break
            }
        }
        if let previous, "-?:".unicodeScalars.contains(previous), lineLevels + 1 > 2 * maxDepth {
            return (.depth, line, column)
        }
        return nil
    }
}
