import Testing
@testable import PartnerData

@Test(arguments: [
    ("name_en,relation,year\nBanjul,sister,1987\n", TableSeparator.comma),
    ("name_en;relation;year\nBanjul;sister;1987\n", .semicolon),
    ("name_en\trelation\tyear\nBanjul\tsister\t1987\n", .tab),
    ("\n\n  \nname_en;relation;year\n", .semicolon),
    ("\"name, en\";relation;year\n", .semicolon),       // a comma inside quotes does not count
    ("\"a;b;c\",name_en,relation,year\n", .comma),
    ("name_en\n", .comma),
    ("name_en;relation,year\n", .comma),                // a tie goes to the comma
    ("\u{FEFF}name_en\trelation\tyear\r\n", .tab),
])
func separatorIsFoundFromTheHeaderLine(text: String, expected: TableSeparator) {
    #expect(TableSeparator.detect(text) == expected)
}

@Test(arguments: [",", ";", "\t"])
func everySeparatorReads(separator: String) throws {
    let text = ["id", "name_en", "iso2", "lat", "lon", "relation", "year"].joined(separator: separator) + "\n"
        + ["nanning", "Nanning", "CN", "22.8", "108.3", "hub", ""].joined(separator: separator) + "\n"
        + ["banjul", "\"Banjul, The Gambia; capital\"", "GM", "13.45", "-16.57", "sister", "1987"].joined(separator: separator) + "\n"
    let net = try network(text)
    #expect(net.partners.first?.names[.en] == "Banjul, The Gambia; capital")
    #expect(net.notes == (separator == "," ? [] : ["t.csv: read with \(separator == ";" ? "';'" : "tab") separators"]))
}

@Test func aSeparatorGivenWinsOverTheHeader() throws {
    // A header of one column, "name_en;relation;year", read with ';' as asked.
    let text = "name_en;relation;year\nKunming;sister;1980\n"
    let raw = try PartnerTable.parseRaw(text: text, file: "t.csv", currentYear: 2025, separator: .semicolon)
    #expect(raw.rows.first?.name == "Kunming")
    let found = diagnostics("\"name_en;relation;year\"\nx\n")
    #expect(found.first?.message.hasPrefix("no column of city names") == true)
}

@Test func positionsCountASeparatorAsOneColumn() throws {
    let problem = try #require(onlyProblem("id\tname_en\tiso2\tlat\tlon\trelation\tyear\nnanning\tNanning\tCN\tnorth\t108.3\thub\t\n"))
    #expect(problem.line == 2 && problem.column == 20 && problem.message.hasPrefix("lat \"north\""))
}

@Test(arguments: [(",", TableSeparator.comma), ("comma", .comma), (";", .semicolon), ("Semicolon", .semicolon), ("tab", .tab), ("\t", .tab), ("\\t", .tab)])
func separatorNames(name: String, expected: TableSeparator) {
    #expect(TableSeparator(name: name) == expected)
}
