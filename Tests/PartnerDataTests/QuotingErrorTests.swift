import Testing
import PartnerData

@Test func aQuoteInsideAnUnquotedFieldIsReportedAtTheQuote() throws {
    let found = diagnostics(table("banjul,Ban\"jul,Gambia,GM,13.4527,-16.5780,sister,1987"))
    #expect(found.map(\.description) == ["t.csv:3:11: error: a quote inside an unquoted field (expected the whole field "
                                         + "in quotes, with each quote in it doubled: \"a \"\"b\"\" c\")"])
}

@Test func textAfterAClosingQuoteIsReportedWhereItBegins() throws {
    let problem = try #require(onlyProblem(table("banjul,\"Banjul\" City,Gambia,GM,13.4527,-16.5780,sister,1987")))
    #expect(problem.line == 3 && problem.column == 16)
    #expect(problem.message.hasPrefix("text after the closing quote of a field (expected a comma"))
}

@Test func anUnterminatedQuotedFieldIsReportedAtItsOpeningQuote() throws {
    let problem = try #require(onlyProblem(table(banjulRow, "crema,\"Crema,Italy,IT,45.3626,9.6818,sister,2015")))
    #expect(problem.line == 4 && problem.column == 7)
    #expect(problem.message == "this quoted field is never closed (expected a closing quote before the end of the file)")
}

@Test func aHubRowWithAQuotingMistakeIsStillSeenAsTheHub() throws {
    // Only the quoting is reported: no "no hub", field or value diagnostics follow from it.
    let text = [header, "nanning,Nan\"ning,China,CN,22.8167,108.3167,hub,", banjulRow].joined(separator: "\n")
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 2 && problem.column == 12)
}

@Test func aQuotingMistakeInTheHeaderIsReported() {
    let text = ["id,name_en,\"country\"x,iso2,lat,lon,relation,year", hubRow, banjulRow].joined(separator: "\n")
    // The header then names a column "countryx", so "country" is also reported missing.
    let found = diagnostics(text)
    #expect(found.contains { $0.line == 1 && $0.column == 21 && $0.message.hasPrefix("text after the closing quote") })
}
