import Testing
import PartnerData

@Test func byteOrderMarkAndCRLFParse() throws {
    let net = try network("\u{FEFF}" + [header, hubRow, banjulRow].joined(separator: "\r\n") + "\r\n")
    #expect(net.hub.id == "nanning" && net.hub.line == 2)
    #expect(net.partners.map(\.id) == ["banjul"] && net.partners.first?.line == 3)
    #expect(net.partners.first?.year == 1987)
}

@Test func byteOrderMarkTakesNoColumn() throws {
    let problem = try #require(onlyProblem("\u{FEFF}" + [header + ",lat", hubRow + ",", banjulRow + ","].joined(separator: "\r\n")))
    #expect(problem.line == 1 && problem.column == 47)
}

@Test func mixedLineEndsCountOneLineEach() throws {
    let text = header + "\r\n" + hubRow + "\n" + banjulRow + "\r" + "bad,Bad,X,GM,abc,0,sister,"
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 4 && problem.column == 14)
}

@Test func blankLinesAreIgnoredAndTheFinalNewlineIsOptional() throws {
    let text = "\n\n" + header + "\n\n  \n" + hubRow + "\n\t\n" + banjulRow
    let net = try network(text)
    #expect(net.hub.line == 6)
    #expect(net.partners.map(\.line) == [8])
}

@Test func quotedEmptyLineIsARecordNotABlankLine() throws {
    let problem = try #require(onlyProblem(table("\"\"")))
    #expect(problem.line == 3 && problem.column == 1 && problem.message.contains("found 1"))
}

@Test func multiLineQuotedFieldShiftsTheLineOfLaterProblems() throws {
    let text = table("banjul,\"Banjul\nCity\r\nof Banjul\",Gambia,GM,13.4527,-16.5780,sister,1987",
                     "bad,Bad,X,GM,abc,0,sister,")
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 6 && problem.column == 14)
}

@Test func problemAfterAMultiLineFieldIsOnTheFieldsLastLine() throws {
    let problem = try #require(onlyProblem(table("banjul,\"Banjul\nCity\",Gambia,GM,13.4527,-16.5780,sister,87")))
    #expect(problem.line == 4 && problem.column == 41)
}

@Test func cityLineIsTheRecordsFirstLineAndQuotedTextIsKept() throws {
    let net = try network(table("banjul,\"Banjul\nCity, \"\"the\"\" capital\",Gambia,GM,13.4527,-16.5780,sister,1987",
                                "crema,Crema,Italy,IT,45.3626,9.6818,sister,2015"))
    #expect(net.partners.map(\.line) == [3, 5])
    #expect(net.partners.first?.nameEN == "Banjul\nCity, \"the\" capital")
}
