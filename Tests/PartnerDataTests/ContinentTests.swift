import Testing
@testable import PartnerData

private let continentHeader = "id,name_en,country,iso2,continent,lat,lon,relation,year"
private let continentHub = "nanning,Nanning,China,CN,Asia,22.8167,108.3167,hub,"

/// A table with a continent column; the row's continent field starts at column 25 (iso2 at 22).
private func banjul(iso2: String = "GM", continent: String) -> String {
    [continentHeader, continentHub, "banjul,Banjul,Gambia,\(iso2),\(continent),13.4527,-16.5780,sister,1987"]
        .joined(separator: "\n")
}

@Test func continentIsDerivedFromISO2WhenTheColumnIsAbsent() throws {
    let net = try network(table(banjulRow, "crema,Crema,Italy,it,45.3626,9.6818,sister,2015"))
    #expect(net.hub.continent == .asia)
    #expect(net.partners.map(\.continent) == [.africa, .europe])
    #expect(net.partners.map(\.iso2) == ["GM", "IT"])
}

@Test func continentIsDerivedFromISO2WhenTheCellIsEmpty() throws {
    #expect(try network(banjul(continent: "")).partners.first?.continent == .africa)
    #expect(try network(banjul(iso2: "AQ", continent: " ")).partners.first?.continent == .antarctica)
}

@Test func givenContinentWinsOverISO2() throws {
    #expect(try network(banjul(continent: "Europe")).partners.first?.continent == .europe)
    #expect(try network(banjul(iso2: "", continent: "Africa")).partners.first?.iso2 == "")
}

@Test(arguments: ["Eurasia", "asia", "North-America"])
func unknownContinentIsReportedAtItsField(value: String) throws {
    let problem = try #require(onlyProblem(banjul(continent: value)))
    #expect(problem.line == 3 && problem.column == 25)
    #expect(problem.message.hasPrefix("unknown continent"))
}

@Test func underivableContinentIsReportedAtTheContinentField() throws {
    let problem = try #require(onlyProblem(banjul(iso2: "XX", continent: "")))
    #expect(problem.line == 3 && problem.column == 25)
    #expect(problem.message.contains("iso2 \"XX\" is not a known country code"))
}

@Test func underivableContinentWithoutTheColumnIsReportedAtISO2() throws {
    let problem = try #require(onlyProblem(table("banjul,Banjul,Gambia,,13.4527,-16.5780,sister,1987")))
    #expect(problem.line == 3 && problem.column == 22)
    #expect(problem.message.contains("iso2 is empty too"))
}

@Test(arguments: ["G1", "GMB", "G", "ǴM", "G M"])
func malformedISO2IsOneDiagnosticAtItsField(value: String) throws {
    let problem = try #require(onlyProblem(banjul(iso2: value, continent: "")))
    #expect(problem.line == 3 && problem.column == 22)
    #expect(problem.message.hasSuffix("(expected an ISO 3166-1 alpha-2 code such as GM, or empty)"))
}

@Test func countryTableCoversGeoNamesCountries() {
    let table = CountryContinents.byISO2
    #expect(table.count == 252)
    #expect(table["GM"] == .africa && table["AU"] == .oceania && table["CL"] == .southAmerica)
    #expect(table["US"] == .northAmerica && table["AQ"] == .antarctica && table["FR"] == .europe)
    #expect(Set(table.values) == Set(Continent.allCases))
    #expect(table.keys.allSatisfy { $0.count == 2 && $0 == $0.uppercased() })
}
