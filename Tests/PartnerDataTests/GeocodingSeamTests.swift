import Testing
@testable import PartnerData

/// A table as a geocoder would get it: names, countries and relations, no coordinates.
private let ungeocoded = "name_en,name_zh,country,Province,relation,year\n"
    + "Nanning,南宁,China,Guangxi,hub,\n"
    + "Kunming,昆明,China,Yunnan,sister,1980\n"
    + "Kunming,昆明,China,Yunnan,friendly-exchange,2001\n"
    + "Ho Chi Minh City,胡志明市,Việt Nam,,sister,2007\n"

@Test func rowsWithoutCoordinatesAreReadAsRowsToGeocode() throws {
    let table = try rawTable(ungeocoded)
    #expect(table.rows.count == 4 && table.rowsNeedingGeocoding.count == 4)
    #expect(table.hubIndex == 0 && table.notes.isEmpty)
    let kunming = table.rows[1]
    #expect(kunming.names == [.en: "Kunming", .zh: "昆明"] && kunming.country == "China" && kunming.admin == "Yunnan")
    #expect(kunming.relation == .sister && kunming.year == 1980 && kunming.line == 3)
    #expect(kunming.lat == nil && kunming.lon == nil && kunming.iso2.isEmpty && kunming.continent == nil)
    #expect(kunming.location == .text(line: 3, column: 1))
}

@Test func idsAreMadeFromNamesStableAndUnique() throws {
    let table = try rawTable(ungeocoded)
    #expect(table.rows.map(\.id) == ["nanning", "kunming", "kunming-2", "ho-chi-minh-city"])
    #expect(table.rows.allSatisfy { $0.idIsDerived })
    #expect(try rawTable(ungeocoded).rows.map(\.id) == table.rows.map(\.id))
    // An id the table gives elsewhere is not made again.
    let mixed = try rawTable("id,name_en,relation,year\n,Kunming,hub,\nkunming,Kunming City,sister,\n,Kunming,sister,\n")
    #expect(mixed.rows.map(\.id) == ["kunming-2", "kunming", "kunming-3"])
    #expect(mixed.rows.map(\.idIsDerived) == [true, false, true])
    #expect(DerivedIDs.slug("Đà Nẵng", line: 2) == "da-nang" && DerivedIDs.slug("昆明", line: 2) == "kun-ming")
    #expect(DerivedIDs.slug("Zürich (ZH)", line: 2) == "zurich-zh" && DerivedIDs.slug("!!!", line: 7) == "row-7")
    #expect(try rawTable(ungeocoded.replacingOccurrences(of: ",hub,", with: ",sister,"), hubID: "kunming-2").hubIndex == 2)
}

@Test func aNetworkNeedsCoordinatesAndSaysWhereTheyAreMissing() throws {
    let table = try rawTable(ungeocoded)
    do {
        _ = try Network(from: table)
        Issue.record("expected missing coordinates")
    } catch let errors as TableErrors {
        #expect(errors.diagnostics.count == 4)
        #expect(errors.diagnostics.first?.description
                == "t.csv:2:1: error: missing lat/lon for \"Nanning\" (expected coordinates in decimal degrees, or run `partnermap geocode`)")
    }
    // The same through read, as the commands read tables.
    let found = diagnostics(ungeocoded)
    #expect(found.count == 4 && found.allSatisfy { $0.message.hasPrefix("missing lat/lon for") && $0.column == 1 })
}

@Test func aResolverCompletesTheRowsAndTheTableBecomesANetwork() throws {
    let table = try rawTable(ungeocoded)
    let places: [String: Resolution] = [
        "Nanning": Resolution(lat: 22.82, lon: 108.32, iso2: "cn"),
        "Kunming": Resolution(lat: 25.04, lon: 102.71, iso2: "CN", country: "People's Republic of China"),
        "Ho Chi Minh City": Resolution(lat: 10.78, lon: 106.7, iso2: "VN", continent: .asia),
    ]
    var asked: [String] = []
    let net = try Network(from: table) { row in
        asked.append(row.id)
        return places[row.names[.en] ?? ""]
    }
    #expect(asked == ["nanning", "kunming", "kunming-2", "ho-chi-minh-city"])
    #expect(net.hub.id == "nanning" && net.hub.iso2 == "CN" && net.hub.continent == .asia && net.hub.lat == 22.82)
    #expect(net.partners.map(\.id) == ["kunming", "kunming-2", "ho-chi-minh-city"])
    #expect(net.partners.first?.country == "China", "the table's country is kept")
    #expect(net.partners.last.map { ($0.iso2, $0.continent, $0.country) } ?? ("", .africa, "") == ("VN", .asia, "Việt Nam"))
    // A row the resolver does not find is still reported.
    #expect(throws: TableErrors.self) { try Network(from: table) { $0.id == "kunming-2" ? nil : places[$0.names[.en] ?? ""] } }
}

@Test func rowsWithCoordinatesButNoCountryCodeOrContinentNeedGeocodingToo() throws {
    let text = "id,name_en,iso2,lat,lon,relation,year\nnanning,Nanning,CN,22.8,108.3,hub,\nbanjul,Banjul,,13.45,-16.57,sister,1987\n"
    let table = try rawTable(text)
    #expect(table.rowsNeedingGeocoding.map(\.id) == ["banjul"])
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 3 && problem.column == 15)
    #expect(problem.message.hasPrefix("continent is empty and iso2 is empty too") && problem.message.hasSuffix("or run `partnermap geocode`)"))
}

@Test func aTableWithoutAHubReadsAsRowsButIsNoNetwork() throws {
    let text = "城市;国家;关系;年份\n昆明;中国;友好城市;1980\n"
    let table = try PartnerTable.parseRaw(text: text, file: "t.csv", currentYear: 2025)
    #expect(table.hubIndex == nil && table.rows.count == 1)
    let found = diagnostics(text)
    #expect(found.map { String($0.message.prefix(24)) } == ["no row has relation hub ", "missing lat/lon for \"昆明\""])
}

@Test func problemsThatNoGeocoderMendsStillStopTheRead() throws {
    #expect(throws: TableErrors.self) { try rawTable("name,relation,year\nKunming,cousin,1980\n") }
    #expect(throws: TableErrors.self) { try rawTable("name,lat,relation,year\nKunming,north,sister,1980\n") }
    #expect(throws: TableErrors.self) { try rawTable("id,name,relation,year\nk,Kunming,hub,\nk,Dali,sister,\n") }
}
