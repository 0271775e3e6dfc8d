import Testing
@testable import PartnerData

/// Reads `text` as "t.csv" with current year 2025, rows to be geocoded included.
func rawTable(_ text: String, hubID: String? = nil) throws -> RawTable {
    try PartnerTable.parseRaw(text: text, file: "t.csv", hubID: hubID, currentYear: 2025)
}

@Test(arguments: [
    // English, as spreadsheets title their columns.
    ("ID,Name_EN,Country,ISO2,Latitude,Longitude,Relation,Year", TableColumn.nameEN),
    (" id , NAME EN ,country,Country code,LAT,Lng,type,YEAR", .nameEN),
    ("ID,Name,Country,Country Code,Lat,Lon,Relation,Year", .nameEN),
    ("id,City,Country,iso2,lat,long,relationship,year", .nameEN),
    // Chinese.
    ("编号,城市,国家,国家代码,纬度,经度,关系,年份", .nameZH),
    ("id,中文名,国家,iso2,纬度,经度,类型,年份", .nameZH),
    // Vietnamese, with precomposed or combining accents.
    ("id,Thành phố,Quốc gia,Mã quốc gia,Vĩ độ,Kinh độ,Quan hệ,Năm", .nameVI),
    ("id,Th\u{61}\u{300}nh pho\u{302}\u{301},Quo\u{302}\u{301}c gia,iso2,Vi\u{303} \u{111}o\u{323}\u{302},Kinh \u{111}o\u{323}\u{302},Quan he\u{323}\u{302},Na\u{306}m", .nameVI),
    ("id,Tên tiếng Việt,Quốc gia,iso2,lat,lon,Quan hệ,Năm", .nameVI),
    // Thai.
    ("id,เมือง,ประเทศ,iso2,lat,lon,ความสัมพันธ์,ปี", .nameTH),
    ("id,ชื่อไทย,ประเทศ,iso2,ละติจูด,ลองจิจูด,ประเภท,ปี", .nameTH),
])
func headersAreMatchedIgnoringCaseAndSpacesInFourLanguages(header: String, nameColumn: TableColumn) throws {
    let language = TableColumn.cityNames.first { $0.1 == nameColumn }!.0
    // Each column's name in its own script (a Han name in an English column is a Chinese name: NameScripts).
    let banjul = [NameLanguage.en: "Banjul", .zh: "班珠尔", .vi: "Banjul", .th: "บันจูล"][language]!
    let text = header + "\nnanning,Nanning,China,CN,22.8,108.3,hub,\nbanjul,\(banjul),Gambia,GM,13.45,-16.57,sister,1987\n"
    let net = try network(text)
    #expect(net.partners.first?.names == [language: banjul])
    #expect(net.partners.first.map { ($0.country, $0.iso2, $0.lat, $0.lon, $0.relation, $0.year) }
            ?? ("", "", 0, 0, .hub, nil) == ("Gambia", "GM", 13.45, -16.57, .sister, 1987))
}

@Test func everyAliasNamesOneColumnAndTheirOwnNamesAreAliases() {
    for column in TableColumn.allCases {
        #expect(TableColumn.named(column.rawValue) == column)
        for alias in TableColumn.aliases[column] ?? [] { #expect(TableColumn.named(alias) == column, "\(alias)") }
    }
    #expect(TableColumn.named("Name (EN)") == .nameEN && TableColumn.named("name-zh") == .nameZH && TableColumn.named("notes") == nil)
}

@Test func aColumnNamedTwiceByAliasesIsReportedAtTheSecond() throws {
    let found = diagnostics("name_en,City,relation,year\nBanjul,Banjul,hub,\n")
    #expect(found.count == 2 && found.last?.message.hasPrefix("missing lat/lon") == true)
    #expect(found.first.map { "\($0.line):\($0.column)" } == "1:9")
    #expect(found.first?.message == "column \"City\" names name_en again, like field 1 \"name_en\" (expected each column name once)")
}

@Test func aTableNeedsANameRelationAndYearOnly() throws {
    let table = try rawTable("城市,关系,年份\n昆明,友好城市,1980\n")
    let row = try #require(table.rows.first)
    #expect(row.names == [.zh: "昆明"] && row.country.isEmpty && row.iso2.isEmpty && row.lat == nil && row.continent == nil)
    #expect(row.needsGeocoding && row.id == "kun-ming" && row.idIsDerived)
    let found = diagnostics("id,country,lat,lon\nx,China,1,2\n")
    #expect(found.map { String($0.message.prefix(30)) } == ["no column of city names (expec", "missing required column \"relat", "missing required column \"year\""])
}

@Test func anAdminColumnIsKeptAsAHintForGeocoding() throws {
    for header in ["Province", "State", "省份", "Tỉnh", "จังหวัด"] {
        let table = try rawTable("name,\(header),country,relation,year\nKunming,Yunnan,China,sister,1980\n")
        #expect(table.rows.first?.admin == "Yunnan", "\(header)")
        #expect(table.rows.first?.country == "China")
    }
}

@Test func nameENIsNotRequiredWhenAnotherNameIsFilled() throws {
    let net = try network("id,name_en,name_zh,iso2,lat,lon,relation,year\nnanning,,南宁,CN,22.8,108.3,hub,\nbanjul,Banjul,,GM,13.45,-16.57,sister,1987\n")
    #expect(net.hub.names == [.zh: "南宁"] && net.hub.nameEN == "南宁" && !net.hub.hasEnglishName)
    #expect(net.hub.fallbackLanguage == .zh && net.partners.first?.fallbackLanguage == .en)
    let problem = try #require(onlyProblem("id,name_en,name_zh,iso2,lat,lon,relation,year\nnanning,,,CN,22.8,108.3,hub,\n"))
    #expect(problem.line == 2 && problem.column == 9 && problem.message.hasPrefix("empty name_en"))
}
