import Testing
@testable import PartnerData

private func relation(_ value: String) throws -> Relation? {
    try network(table("banjul,Banjul,Gambia,GM,13.4527,-16.5780,\(value),1987")).partners.first?.relation
}

@Test(arguments: [
    ("sister", Relation.sister), ("Sister", .sister), ("SISTER CITY", .sister), ("Sister city", .sister), ("sister-city", .sister),
    ("sister_city", .sister), ("twin", .sister), ("Twin town", .sister), ("友好城市", .sister), ("姐妹城市", .sister),
    ("kết nghĩa", .sister), ("Kết Nghĩa", .sister), ("thành phố kết nghĩa", .sister), ("เมืองพี่เมืองน้อง", .sister),
    ("friendly-exchange", .friendlyExchange), ("Friendly exchange", .friendlyExchange), ("friendship", .friendlyExchange),
    ("friendly", .friendlyExchange), ("友好交流城市", .friendlyExchange), ("hữu hảo", .friendlyExchange),
    ("thành phố qua lại hữu hảo", .friendlyExchange), ("เมืองมิตรภาพ", .friendlyExchange), ("เมืองแลกเปลี่ยนฉันมิตร", .friendlyExchange),
])
func relationWordsInFourLanguages(value: String, expected: Relation) throws {
    #expect(try relation(value) == expected)
}

@Test(arguments: ["hub", "Hub", "HUB", "中心", "trung tâm", "ศูนย์กลาง"])
func hubWords(value: String) throws {
    let net = try network([header, "nanning,Nanning,China,CN,22.8167,108.3167,\(value),", banjulRow].joined(separator: "\n"))
    #expect(net.hub.id == "nanning")
}

@Test func relationAliasesNameOneRelationEach() {
    for relation in Relation.allCases {
        for word in Relation.aliases[relation] ?? [] { #expect(Relation.named(word) == relation, "\(word)") }
    }
}

private func year(_ value: String) throws -> (Int?, String) {
    let city = try #require(try network(table("banjul,Banjul,Gambia,GM,13.4527,-16.5780,sister,\(value)")).partners.first)
    return (city.year, city.date)
}

@Test(arguments: [
    ("2012", 2012, ""), ("2012.0", 2012, ""), ("2012.00", 2012, ""), ("2012-09-05", 2012, "2012-09-05"), ("2012/9/5", 2012, "2012-09-05"),
    ("2012-9", 2012, "2012-09"), ("2012/09", 2012, "2012-09"), ("2012.9.5", 2012, "2012-09-05"), ("2012-02-29", 2012, "2012-02-29"),
])
func yearVariants(value: String, expected: Int, date: String) throws {
    let (found, foundDate) = try year(value)
    #expect(found == expected && foundDate == date)
}

@Test func aDateColumnWinsOverTheDateOfTheYearCell() throws {
    let net = try network("id,name_en,iso2,lat,lon,relation,year,date\nh,H,CN,1,2,hub,,\nb,B,GM,3,4,sister,2012-09-05,2012-09\n")
    #expect(net.partners.first?.date == "2012-09" && net.partners.first?.year == 2012)
}

@Test func excelSerialDatesAreReadInNumberCellsOnly() throws {
    #expect(CellRules.excelDate(serial: 41157, date1904: false).map { [$0.year, $0.month, $0.day] } == [2012, 9, 5])
    #expect(CellRules.excelDate(serial: 61, date1904: false).map { [$0.year, $0.month, $0.day] } == [1900, 3, 1])
    #expect(CellRules.excelDate(serial: 39695, date1904: true).map { [$0.year, $0.month, $0.day] } == [2012, 9, 5])
    #expect(CellRules.excelDate(serial: 41157.75, date1904: false)?.day == 5)
    #expect(try CellRules.year("41157", currentYear: 2025, isNumber: true).get() == 2012)
    #expect(try CellRules.year("2012", currentYear: 2025, isNumber: true).get() == 2012)
    #expect((try? CellRules.year("41157", currentYear: 2025, isNumber: false).get()) == nil, "a text cell is no serial")
    #expect((try? CellRules.year("2012.5", currentYear: 2025, isNumber: true).get()) == nil)
}
