import Testing
import TestSupport
@testable import PartnerData

/// Positions of every field of every record of `text`, as (line, column) pairs.
private func located(_ text: String) -> [[SourcePosition]] {
    Array(RecordReader(text: text)).map { $0.spans.map(\.position) }
}

private func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

@Test func plainFieldsStartAfterEachComma() {
    #expect(located("ab,c,,d\nx,yy") == [[at(1, 1), at(1, 4), at(1, 6), at(1, 7)], [at(2, 1), at(2, 3)]])
}

@Test func quotedFieldStartsAtItsOpeningQuote() {
    // The quoted field holds a comma and a doubled quote: "b,""c" is 7 scalars long.
    #expect(located("a,\"b,\"\"c\",d") == [[at(1, 1), at(1, 3), at(1, 11)]])
}

@Test func multiLineQuotedFieldMovesLaterFieldsDown() {
    let text = "a,\"one\ntwo\r\nthree\",z\nnext,row"
    #expect(located(text) == [[at(1, 1), at(1, 3), at(3, 8)], [at(4, 1), at(4, 6)]])
    #expect(Array(RecordReader(text: text)).map(\.start.line) == [1, 4])
}

@Test func crLFAndLoneCREachEndOneLine() {
    #expect(located("a,b\r\nc\rd\n\ne") == [[at(1, 1), at(1, 3)], [at(2, 1)], [at(3, 1)], [at(5, 1)]])
}

@Test func columnsCountUnicodeScalarsNotCharacters() {
    // "e\u{301}" is one Character but two scalars; 南 is one scalar.
    #expect(located("e\u{301},南,x") == [[at(1, 1), at(1, 4), at(1, 6)]])
}

@Test func strayQuoteInsideQuotedFieldIsMatchedLikeTheParserReadsIt() {
    // CSV.swift keeps a lone quote and drops the scalar after it: "a"xb" reads as a"b.
    let records = Array(RecordReader(text: "\"a\"xb\",next\nz"))
    #expect(records.map(\.fields) == [["a\"b", "next"], ["z"]])
    #expect(records.map { $0.spans.map(\.position) } == [[at(1, 1), at(1, 8)], [at(2, 1)]])
}

@Test func unterminatedQuoteRunsToTheEnd() {
    let records = Array(RecordReader(text: "x,\"open\nstill,open"))
    #expect(records.map(\.fields) == [["x", "open\nstill,open"]])
    #expect(records.map { $0.spans.map(\.position) } == [[at(1, 1), at(1, 3)]])
}

@Test func quotedFieldsAreFlagged() {
    let spans = Array(RecordReader(text: "a,\"b\",\"\"")).first?.spans.map(\.quoted)
    #expect(spans == [false, true, true])
}

@Test func mismatchedFieldsFallBackToTheRecordStartAndResynchronise() {
    var locator = FieldLocator(text: "zz,abc\nq,r\n")
    let (start, spans) = locator.locate(["zz", "not-abc"])
    #expect(start == at(1, 1))
    #expect(spans.map(\.position) == [at(1, 1), at(1, 4)])
    let next = locator.locate(["q", "r"])
    #expect(next.spans.map(\.position) == [at(2, 1), at(2, 3)])
}

@Test func tooManyFieldsForTheTextNeverTrapsAndUseTheRecordStart() {
    var locator = FieldLocator(text: "a")
    let (_, spans) = locator.locate(["a", "b", "c"])
    #expect(spans.map(\.position) == [at(1, 1), at(1, 1), at(1, 1)])
    #expect(locator.locate(["more"]).spans.map(\.position) == [at(1, 2)])
}

/// Writes `value` as an RFC 4180 field, quoting when needed (or when `forceQuotes`).
private func csvField(_ value: String, forceQuotes: Bool) -> String {
    let needsQuotes = forceQuotes || value.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) || value.hasPrefix(" ")
    return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
}

/// Line and column of the scalar at `offset` in `text`, counted independently of `SourcePosition`.
private func lineAndColumn(ofScalar offset: Int, in text: String) -> SourcePosition {
    let before = Array(text.unicodeScalars.prefix(offset))
    var line = 1
    var lineStart = 0
    for (i, scalar) in before.enumerated()
    where scalar == "\n" || (scalar == "\r" && (i + 1 == before.count || before[i + 1] != "\n")) {
        line += 1
        lineStart = i + 1
    }
    return SourcePosition(line: line, column: offset - lineStart + 1)
}

@Test func locatesEveryFieldOfRandomQuotedTables() {
    var random = SplitMix64(seed: 7)
    let alphabet: [String] = ["a", "é", "南", "\"", ",", "\n", "\r\n", " ", "x", "\u{1F600}"]
    for _ in 0..<200 {
        var text = ""
        var expected: [[SourcePosition]] = []
        var expectedFields: [[String]] = []
        let recordCount = Int.random(in: 1...4, using: &random)
        for r in 0..<recordCount {
            var positions: [SourcePosition] = []
            var fields: [String] = []
            for f in 0..<Int.random(in: 1...5, using: &random) {
                if f > 0 { text += "," }
                let value = (0..<Int.random(in: 0...6, using: &random))
                    .map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }.joined()
                positions.append(lineAndColumn(ofScalar: text.unicodeScalars.count, in: text))
                fields.append(value)
                text += csvField(value, forceQuotes: value.isEmpty && f == 0 || Bool.random(using: &random))
            }
            expected.append(positions)
            expectedFields.append(fields)
            if r < recordCount - 1 { text += Bool.random(using: &random) ? "\r\n" : "\n" }
        }
        let records = Array(RecordReader(text: text))
        #expect(records.map(\.fields) == expectedFields, "\(text.debugDescription)")
        #expect(records.map { $0.spans.map(\.position) } == expected, "\(text.debugDescription)")
    }
}
