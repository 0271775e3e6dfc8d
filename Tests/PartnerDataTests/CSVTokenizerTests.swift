import Testing
@testable import PartnerData

/// Positions of every field of every record of `text`, blank lines skipped.
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
    #expect(Array(RecordReader(text: "a,\"b,\"\"c\",d")).map(\.fields) == [["a", "b,\"c", "d"]])
}

@Test func multiLineQuotedFieldMovesLaterFieldsDown() {
    let text = "a,\"one\ntwo\r\nthree\",z\nnext,row"
    #expect(located(text) == [[at(1, 1), at(1, 3), at(3, 8)], [at(4, 1), at(4, 6)]])
    #expect(Array(RecordReader(text: text)).map(\.start.line) == [1, 4])
    #expect(Array(RecordReader(text: text)).first?.fields == ["a", "one\ntwo\r\nthree", "z"])
}

@Test func crLFAndLoneCREachEndOneLine() {
    #expect(located("a,b\r\nc\rd\n\ne") == [[at(1, 1), at(1, 3)], [at(2, 1)], [at(3, 1)], [at(5, 1)]])
}

@Test func columnsCountUnicodeScalarsNotCharacters() {
    // "e\u{301}" is one Character but two scalars; 南 is one scalar.
    #expect(located("e\u{301},南,x") == [[at(1, 1), at(1, 4), at(1, 6)]])
}

@Test func aLeadingByteOrderMarkIsSkippedAndTakesNoColumn() {
    let records = Array(CSVTokenizer(text: "\u{FEFF}a,b\n\u{FEFF}c"))
    #expect(records.map(\.fields) == [["a", "b"], ["\u{FEFF}c"]])
    #expect(records.map { $0.spans.map(\.position) } == [[at(1, 1), at(1, 3)], [at(2, 1)]])
}

@Test func aFinalLineEndAddsNoRecordButAFinalCommaAddsAField() {
    #expect(Array(CSVTokenizer(text: "a\r\n")).map(\.fields) == [["a"]])
    #expect(Array(CSVTokenizer(text: "a,\n,")).map(\.fields) == [["a", ""], ["", ""]])
    #expect(Array(CSVTokenizer(text: "")).isEmpty)
    #expect(Array(CSVTokenizer(text: "\n")).map(\.fields) == [[""]])
}

@Test func quotedFieldsAreFlagged() {
    let spans = Array(RecordReader(text: "a,\"b\",\"\"")).first?.spans.map(\.quoted)
    #expect(spans == [false, true, true])
}

@Test func wellFormedTextHasNoSyntaxErrors() {
    #expect(Array(CSVTokenizer(text: "a,\"b\"\"\",\"\"\r\n\"x\ny\",z")).allSatisfy { $0.syntaxErrors.isEmpty })
}

@Test func aQuoteInsideAnUnquotedFieldIsAnErrorAtTheQuoteAndTheTextIsKept() {
    let records = Array(CSVTokenizer(text: "ab\"c\"d,e\"\nz"))
    #expect(records.map(\.fields) == [["ab\"c\"d", "e\""], ["z"]])
    #expect(records.map(\.syntaxErrors) == [[CSVSyntaxError(kind: .quoteInUnquotedField, position: at(1, 3)),
                                             CSVSyntaxError(kind: .quoteInUnquotedField, position: at(1, 9))], []])
    #expect(records.map { $0.spans.map(\.position) } == [[at(1, 1), at(1, 8)], [at(2, 1)]])
}

@Test func textAfterAClosingQuoteIsAnErrorWhereItBegins() {
    // CSV.swift read this as a"b, dropping the x; now the stray text is reported and kept.
    let records = Array(CSVTokenizer(text: "\"a\"xb\",next\nz"))
    #expect(records.map(\.fields) == [["axb\"", "next"], ["z"]])
    #expect(records.map(\.syntaxErrors) == [[CSVSyntaxError(kind: .textAfterClosingQuote, position: at(1, 4))], []])
    #expect(records.map { $0.spans.map(\.position) } == [[at(1, 1), at(1, 8)], [at(2, 1)]])
}

@Test func anUnterminatedQuotedFieldIsAnErrorAtItsOpeningQuote() {
    let records = Array(CSVTokenizer(text: "x,\"open\"\"\nstill,open"))
    #expect(records.map(\.fields) == [["x", "open\"\nstill,open"]])
    #expect(records.map(\.syntaxErrors) == [[CSVSyntaxError(kind: .unterminatedQuote, position: at(1, 3))]])
    #expect(Array(CSVTokenizer(text: "\"")).map(\.syntaxErrors) == [[CSVSyntaxError(kind: .unterminatedQuote, position: at(1, 1))]])
}

@Test func aLineWithAQuotingMistakeIsNotBlank() {
    #expect(Array(RecordReader(text: "\"\" \n")).map(\.fields) == [[" "]])
}
