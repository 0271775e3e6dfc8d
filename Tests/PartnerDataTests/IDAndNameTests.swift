import Testing
import PartnerData

@Test(arguments: ["", "  "])
func emptyIDIsMadeFromTheName(id: String) throws {
    let net = try network(table(id + ",Banjul,Gambia,GM,13.4527,-16.5780,sister,1987"))
    #expect(net.partners.map(\.id) == ["banjul"])
}

@Test func duplicateIDIsReportedOnTheLaterLineNamingTheFirst() throws {
    let problem = try #require(onlyProblem(table(banjulRow, "x,X,Y,GM,1,2,sister,", banjulRow)))
    #expect(problem.line == 5 && problem.column == 1)
    #expect(problem.message == "duplicate id \"banjul\", first used on line 3 (expected each id once)")
}

@Test func idsAreComparedAfterTrimming() throws {
    let problem = try #require(onlyProblem(table(" nanning ,Banjul,Gambia,GM,13.4527,-16.5780,sister,1987")))
    #expect(problem.line == 3 && problem.column == 1 && problem.message.contains("first used on line 2"))
}

@Test func emptyEnglishNameIsAnError() throws {
    let problem = try #require(onlyProblem(table("banjul, ,Gambia,GM,13.4527,-16.5780,sister,1987")))
    #expect(problem.line == 3 && problem.column == 8)
    #expect(problem.message.hasPrefix("empty name_en"))
}
