import Testing
import PartnerData

private func banjul(year: String) -> String {
    table("banjul,Banjul,Gambia,GM,13.4527,-16.5780,sister,\(year)")
}

@Test func emptyYearStaysUnknown() throws {
    #expect(try network(banjul(year: "")).partners.first?.year == nil)
    #expect(try network(banjul(year: "  ")).partners.first?.year == nil)
}

@Test(arguments: [("1987", 1987), (" 1987 ", 1987), ("2025", 2025), ("1000", 1000)])
func acceptedYears(value: String, expected: Int) throws {
    #expect(try network(banjul(year: value)).partners.first?.year == expected)
}

@Test(arguments: ["87", "19870", "１９８７", "1987a", "-987", "+987", "19 87", "1987.5", "1987-13-01", "1987/2/30", "1987.9", "41157"])
func yearMustBeFourASCIIDigits(value: String) throws {
    let problem = try #require(onlyProblem(banjul(year: value)))
    #expect(problem.line == 3 && problem.column == 49)
    #expect(problem.message.contains("is not 4 digits or a date"))
    #expect(problem.message.hasSuffix("(expected a year from 1000 to 2025 such as 2012, a date such as 2012-09-05, or empty when unknown)"))
}

@Test func yearAfterTheCurrentYearIsAnError() throws {
    let problem = try #require(onlyProblem(banjul(year: "2026")))
    #expect(problem.line == 3 && problem.column == 49)
    #expect(problem.message == "year 2026 is after 2025 (expected a year from 1000 to 2025 such as 2012, a date such as 2012-09-05, or empty when unknown)")
    #expect(try PartnerTable.parse(text: banjul(year: "2026"), file: "t.csv", currentYear: 2026).partners.first?.year == 2026)
}

@Test func yearBefore1000IsAnError() throws {
    let problem = try #require(onlyProblem(banjul(year: "0999")))
    #expect(problem.column == 49 && problem.message.hasPrefix("year 0999 is before 1000"))
}

@Test func currentYearDefaultsToThisYear() throws {
    #expect(try PartnerTable.parse(text: banjul(year: "2024"), file: "t.csv").partners.first?.year == 2024)
    #expect(throws: TableErrors.self) { try PartnerTable.parse(text: banjul(year: "9999"), file: "t.csv") }
}
