import Testing
import PartnerData

@Test func tooManyFieldsIsReportedAtTheFirstExtraField() throws {
    let problem = try #require(onlyProblem(table(banjulRow + ",extra")))
    #expect(problem.line == 3 && problem.column == 54)
    #expect(problem.message == "wrong number of fields (expected 8 fields, found 9)")
}

@Test func tooFewFieldsIsReportedAtTheRecordStart() throws {
    let problem = try #require(onlyProblem(table("banjul,Banjul,Gambia,GM,13.4527,-16.5780,sister")))
    #expect(problem.line == 3 && problem.column == 1)
    #expect(problem.message == "wrong number of fields (expected 8 fields, found 7)")
}

@Test func aHubRowWithAMissingFieldIsStillSeenAsTheHub() throws {
    // Only the field count is wrong: no second "no hub" diagnostic.
    let text = [header, "nanning,Nanning,China,CN,22.8167,108.3167,hub", banjulRow].joined(separator: "\n")
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 2 && problem.column == 1)
}

@Test func rowsWithTheWrongCountStillTakePartInTheDuplicateIDCheck() {
    let found = diagnostics(table("banjul,Banjul", banjulRow))
    #expect(found.map { [$0.line, $0.column] } == [[3, 1], [4, 1]])
    #expect(found.last?.message.contains("first used on line 3") == true)
}
