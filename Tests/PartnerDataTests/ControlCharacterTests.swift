import Testing
@testable import PartnerData

@Test(arguments: [(0x1B, "U+001B"), (0x07, "U+0007"), (0x00, "U+0000"), (0x09, "U+0009"), (0x7F, "U+007F"), (0x9B, "U+009B")])
func aControlCharacterInANameIsRefusedAtItsPlaceByCodePoint(value: UInt32, name: String) throws {
    let control = String(Character(Unicode.Scalar(value)!))
    let problem = try #require(onlyProblem(table("banjul,Ban\(control)jul,Gambia,GM,13.4527,-16.5780,sister,1987")))
    #expect(problem.line == 3 && problem.column == 11)
    #expect(problem.message == "control character \(name) in name_en (expected text without control characters; only line breaks are allowed)")
}

@Test func theColumnCountsQuotesSpacesAndLinesBeforeTheControlCharacter() throws {
    // The field opens at column 8: quote, two spaces (trimmed), a, doubled quote, line break, b, ESC.
    let problem = try #require(onlyProblem(table("banjul,\"  a\"\"\nb\u{1B}\",Gambia,GM,13.4527,-16.5780,sister,1987")))
    #expect(problem.line == 4 && problem.column == 2)
    let plain = try #require(onlyProblem(table("banjul,\"a\"\"b\u{1B}\",Gambia,GM,13.4527,-16.5780,sister,1987")))
    #expect(plain.line == 3 && plain.column == 13)
}

@Test(arguments: ["id", "country", "date", "source", "confidence", "name_zh"])
func everyTextColumnRefusesControlCharacters(column: String) throws {
    let text = "id,name_en,country,iso2,lat,lon,relation,year,name_zh,date,source,confidence\n" +
        "nanning,Nanning,China,CN,22.8167,108.3167,hub,,南宁,,,\n"
    var cells = ["banjul", "Banjul", "Gambia", "GM", "13.4527", "-16.5780", "sister", "1987", "班珠尔", "1987-05", "gov page", "high"]
    let index = try #require(text.split(separator: "\n")[0].split(separator: ",").firstIndex { $0 == column })
    cells[index] += "\u{1B}[31m"
    let problem = try #require(onlyProblem(text + cells.joined(separator: ",") + "\n"))
    #expect(problem.line == 3 && problem.message.hasPrefix("control character U+001B in \(column) "))
}

@Test func lineBreaksAndTabsAroundAValueAreNotControlProblems() throws {
    let net = try network(table("banjul,\tBanjul\t,Gambia,GM,13.4527,-16.5780,sister,1987",
                                "crema,Crema,Italy,IT,45.3626,9.6818,sister,2015"))
    #expect(net.partners.map(\.nameEN) == ["Banjul", "Crema"])
}
