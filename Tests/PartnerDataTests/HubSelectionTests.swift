import Testing
import PartnerData

@Test func tableWithoutHubIsReportedAtLineOne() throws {
    let problem = try #require(onlyProblem([header, banjulRow].joined(separator: "\n")))
    #expect(problem.line == 1 && problem.column == 1)
    #expect(problem.message == "no row has relation hub (expected exactly one hub row)")
}

@Test func secondHubIsReportedAtItsRelationNamingTheFirst() throws {
    let problem = try #require(onlyProblem(table("banjul,Banjul,Gambia,GM,13.4527,-16.5780,hub,1987")))
    #expect(problem.line == 3 && problem.column == 42)
    #expect(problem.message.contains("\"nanning\" on line 2"))
}

@Test func hubComesFirstAndPartnersKeepTableOrder() throws {
    let net = try network([header, banjulRow, "crema,Crema,Italy,IT,45.3626,9.6818,sister,2015", hubRow,
                           "akita,Akita,Japan,JP,39.7167,140.1167,sister,2021"].joined(separator: "\n"))
    #expect(net.hub.id == "nanning" && net.hub.line == 4)
    #expect(net.partners.map(\.id) == ["banjul", "crema", "akita"])
    #expect(net.partners.map(\.line) == [2, 3, 5])
    #expect(net.source == "t.csv")
}

@Test func hubIDMakesThatRowTheHubWhateverItsRelation() throws {
    let text = [header, "nanning,Nanning,China,CN,22.8167,108.3167,sister,", banjulRow].joined(separator: "\n")
    let net = try network(text, hubID: "banjul")
    #expect(net.hub.id == "banjul" && net.hub.relation == .hub && net.hub.year == 1987)
    #expect(net.partners.map(\.id) == ["nanning"])
    #expect(net.partners.first?.relation == .sister)
}

@Test func hubIDMayNameTheRowMarkedHub() throws {
    #expect(try network(table(banjulRow), hubID: "nanning").hub.id == "nanning")
}

@Test func withHubIDAnotherRowMarkedHubIsAnError() throws {
    let problem = try #require(onlyProblem(table(banjulRow), hubID: "banjul"))
    #expect(problem.line == 2 && problem.column == 43)
    #expect(problem.message.contains("the hub chosen is \"banjul\""))
}

@Test func unknownHubIDIsReportedAtLineOne() throws {
    let problem = try #require(onlyProblem(table(banjulRow), hubID: "paris"))
    #expect(problem.line == 1 && problem.column == 1)
    #expect(problem.message.hasPrefix("the hub \"paris\" is neither an id nor a name in the table"))
}
