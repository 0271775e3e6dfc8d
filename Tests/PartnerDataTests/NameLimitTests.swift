import Testing
@testable import PartnerData

/// A Banjul row whose name_en field is `name` as written in the CSV (line 3; the field starts at column 8).
private func banjul(name: String) -> String {
    table("banjul,\(name),Gambia,GM,13.4527,-16.5780,sister,1987")
}

@Test func aNameOfTwoHundredCharactersInAnyScriptIsKept() throws {
    let thai = String(repeating: "กรุ", count: 66) + "ง!"  // 200 scalars, combining vowels counted
    let net = try network(banjul(name: thai))
    #expect(net.partners.first?.nameEN == thai)
}

@Test func aLongerNameIsRefusedNamingTheLimit() throws {
    let problem = try #require(onlyProblem(banjul(name: String(repeating: "a", count: 201))))
    #expect(problem.line == 3 && problem.column == 8)
    #expect(problem.message == "name_en is 201 characters long (expected a name of at most 200 characters)")
}

@Test(arguments: [TableColumn.nameZH, .nameVI, .nameTH, .country])
func everyNameColumnHasTheLimit(column: TableColumn) throws {
    let columns = ["id", "name_en", "country", "iso2", "lat", "lon", "relation", "year", "name_zh", "name_vi", "name_th"]
    var cells = ["banjul", "Banjul", "Gambia", "GM", "13.4527", "-16.5780", "sister", "1987", "班珠尔", "Banjul", "บันจูล"]
    cells[try #require(columns.firstIndex(of: column.rawValue))] = String(repeating: "南", count: 300)
    let text = [columns.joined(separator: ","), "nanning,Nanning,China,CN,22.8167,108.3167,hub,,南宁,Nam Ninh,หนานหนิง",
                cells.joined(separator: ",")].joined(separator: "\n")
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 3 && problem.message == "\(column.rawValue) is 300 characters long (expected a name of at most 200 characters)")
}

@Test func aNameOnThreeLinesIsKeptAndOnFourRefused() throws {
    let net = try network(banjul(name: "\"Banjul\r\nCity\rof Banjul\""))
    #expect(net.partners.first?.nameEN == "Banjul\nCity\nof Banjul", "line breaks are kept as LF")
    let problem = try #require(onlyProblem(banjul(name: "\"a\nb\rc\r\nd\"")))
    #expect(problem.line == 3 && problem.column == 8)
    #expect(problem.message == "name_en has 4 lines (expected a name on at most 3 lines)")
}

@Test func aHundredThousandLineBreaksAreRefusedAtOnce() throws {
    let problem = try #require(onlyProblem(banjul(name: "\"" + String(repeating: "x\n", count: 100_000) + "\"")))
    #expect(problem.message == "name_en has 100001 lines (expected a name on at most 3 lines)")
}

@Test func limitsComeFromTheTableLimits() throws {
    var limits = TableLimits.standard
    limits.nameScalars = 7  // the hub's "Nanning"
    limits.nameLines = 1
    func problem(_ name: String) -> String? {
        do {
            _ = try PartnerTable.parse(text: banjul(name: name), file: "t.csv", hubID: nil, currentYear: 2025, limits: limits)
            return nil
        } catch {
            return (error as? TableErrors)?.diagnostics.first?.message
        }
    }
    #expect(problem("Banjul!") == nil)
    #expect(problem("Banjul!!") == "name_en is 8 characters long (expected a name of at most 7 characters)")
    #expect(problem("\"a\nb\"") == "name_en has 2 lines (expected a name on at most 1 lines)")
}
