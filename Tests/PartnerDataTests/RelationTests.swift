import Testing
import PartnerData

private func banjul(relation: String) -> String {
    table("banjul,Banjul,Gambia,GM,13.4527,-16.5780,\(relation),1987")
}

@Test(arguments: [("sister", Relation.sister), ("friendly-exchange", .friendlyExchange), (" sister ", .sister)])
func knownRelations(value: String, expected: Relation) throws {
    #expect(try network(banjul(relation: value)).partners.first?.relation == expected)
}

@Test(arguments: ["cousin", "sisterly", "exchange", "hubs", ""])
func unknownRelationIsReportedAtItsField(value: String) throws {
    let problem = try #require(onlyProblem(banjul(relation: value)))
    #expect(problem.line == 3 && problem.column == 42)
    #expect(problem.message.hasSuffix("(expected hub, sister or friendly-exchange)"))
}
