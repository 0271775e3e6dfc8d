import Testing
import TestSupport
@testable import PartnerData

/// `value` written as one CSV field: in quotes, with its quotes doubled, when `quoted`.
private func written(_ value: String, quoted: Bool) -> String {
    quoted ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
}

/// Whether `value` can only be written in quotes.
private func needsQuotes(_ value: String) -> Bool {
    value.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
}

/// Line and column of the scalar at `offset` in `scalars`, recomputed here without `SourcePosition`:
/// LF, CR and CRLF each end one line.
private func lineAndColumn(ofScalar offset: Int, in scalars: [Unicode.Scalar]) -> SourcePosition {
    var line = 1
    var lineStart = 0
    for i in 0..<offset where scalars[i] == "\n" || (scalars[i] == "\r" && scalars[i + 1] != "\n") {
        line += 1
        lineStart = i + 1
    }
    return SourcePosition(line: line, column: offset - lineStart + 1)
}

/// A random table, written with random quoting and line ends, and what the tokenizer must find in it.
private struct RandomTable {
    var text = ""
    var fields: [[String]] = []
    var positions: [[SourcePosition]] = []
    var quoted: [[Bool]] = []

    init(using random: inout SplitMix64) {
        let pieces = ["a", "7", " ", "\t", "é", "e\u{301}", "南", "\u{1F600}", "\"", "\"\"", ",", "\n", "\r\n", "\r"]
        let lineEnds = ["\n", "\r\n", "\r"]
        let byteOrderMark = Int.random(in: 0..<4, using: &random) == 0
        var scalars: [Unicode.Scalar] = []
        /// Offsets, into `scalars` after any byte order mark, of each field's first scalar.
        var offsets: [[Int]] = []
        let recordCount = Int.random(in: 1...6, using: &random)
        for r in 0..<recordCount {
            let fieldCount = Int.random(in: 1...6, using: &random)
            var values: [String] = [], starts: [Int] = [], quotes: [Bool] = []
            for f in 0..<fieldCount {
                if f > 0 { scalars.append(",") }
                let value = (0..<Int.random(in: 0...5, using: &random))
                    .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
                // A record of one empty unquoted field is a line end, not a record.
                let quote = needsQuotes(value) || (fieldCount == 1 && value.isEmpty) || Bool.random(using: &random)
                values.append(value)
                starts.append(scalars.count)
                quotes.append(quote)
                scalars += written(value, quoted: quote).unicodeScalars
            }
            fields.append(values)
            offsets.append(starts)
            quoted.append(quotes)
            if r < recordCount - 1 || Bool.random(using: &random) {
                scalars += lineEnds[Int.random(in: 0..<lineEnds.count, using: &random)].unicodeScalars
            }
        }
        let all = scalars
        positions = offsets.map { $0.map { lineAndColumn(ofScalar: $0, in: all + [" "]) } }
        text.unicodeScalars.append(contentsOf: (byteOrderMark ? ["\u{FEFF}"] : []) + scalars)
    }
}

@Test func randomTablesRoundTripWithEveryFieldLocatedAtItsFirstScalar() {
    var random = SplitMix64(seed: 4180)
    for _ in 0..<500 {
        let table = RandomTable(using: &random)
        let records = Array(CSVTokenizer(text: table.text))
        #expect(records.map(\.fields) == table.fields, "\(table.text.debugDescription)")
        #expect(records.map { $0.spans.map(\.position) } == table.positions, "\(table.text.debugDescription)")
        #expect(records.map { $0.spans.map(\.quoted) } == table.quoted, "\(table.text.debugDescription)")
        #expect(records.map(\.start) == table.positions.map { $0[0] }, "\(table.text.debugDescription)")
        #expect(records.allSatisfy { $0.syntaxErrors.isEmpty }, "\(table.text.debugDescription)")
    }
}

@Test func aStrayQuoteInARandomTableIsReportedWhereItIs() {
    var random = SplitMix64(seed: 20)
    var checked = 0
    for _ in 0..<300 {
        let table = RandomTable(using: &random)
        // Put a quote after the first scalar of the first unquoted non-empty field.
        let candidates = table.fields.indices.flatMap { r in
            table.fields[r].indices.filter { !table.quoted[r][$0] && !table.fields[r][$0].isEmpty }.map { (r, $0) }
        }
        guard let (r, f) = candidates.first else { continue }
        let position = SourcePosition(line: table.positions[r][f].line, column: table.positions[r][f].column + 1)
        var scalars = Array(table.text.unicodeScalars)
        let bom = scalars.first == "\u{FEFF}" ? 1 : 0
        let lineStart = scalars.indices.filter { i in
            i >= bom && (i == bom || scalars[i - 1] == "\n" || (scalars[i - 1] == "\r" && scalars[i] != "\n"))
        }[position.line - 1]
        scalars.insert("\"", at: lineStart + position.column - 1)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let errors = Array(CSVTokenizer(text: text)).flatMap(\.syntaxErrors)
        #expect(errors == [CSVSyntaxError(kind: .quoteInUnquotedField, position: position)], "\(text.debugDescription)")
        checked += 1
    }
    #expect(checked > 100)
}
