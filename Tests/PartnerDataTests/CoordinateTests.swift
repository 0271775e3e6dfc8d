import Testing
import PartnerData

private func banjul(lat: String = "13.4527", lon: String = "-16.5780") -> String {
    table("banjul,Banjul,Gambia,GM,\(lat),\(lon),sister,1987")
}

@Test(arguments: ["abc", "nan", "NaN", "inf", "-Infinity", "1e999", "90.0001", "-91", "0x1p3", "+", ".", "1e", "--1", "١٢", "1 2"])
func badLatitudeIsReportedAtItsField(value: String) throws {
    let problem = try #require(onlyProblem(banjul(lat: value)))
    #expect(problem.line == 3 && problem.column == 25)
    #expect(problem.message.contains("lat") && problem.message.hasSuffix("(expected decimal degrees from -90 to 90)"))
}

@Test(arguments: ["x", "inf", "180.5", "-181", "1e999"])
func badLongitudeIsReportedAtItsField(value: String) throws {
    let problem = try #require(onlyProblem(banjul(lon: value)))
    #expect(problem.line == 3 && problem.column == 33)
    #expect(problem.message.contains("lon") && problem.message.hasSuffix("(expected decimal degrees from -180 to 180)"))
}

@Test func messagesSayWhatIsWrongWithTheNumber() throws {
    #expect(try #require(onlyProblem(banjul(lat: "abc"))).message.hasPrefix("lat \"abc\" is not a decimal number"))
    #expect(try #require(onlyProblem(banjul(lat: "1e999"))).message.hasPrefix("lat \"1e999\" is too large"))
    #expect(try #require(onlyProblem(banjul(lat: "-91"))).message.hasPrefix("lat \"-91\" is out of range"))
}

@Test func aRowWithoutACoordinateIsToBeGeocodedAndAnErrorForANetwork() throws {
    let lat = try #require(onlyProblem(banjul(lat: " ")))
    #expect(lat.line == 3 && lat.column == 25)
    #expect(lat.message == "missing lat for \"Banjul\" (expected decimal degrees from -90 to 90, or run `partnermap geocode`)")
    let lon = try #require(onlyProblem(banjul(lon: "")))
    #expect(lon.line == 3 && lon.column == 33 && lon.message.hasPrefix("missing lon for \"Banjul\""))
    let both = try #require(onlyProblem(banjul(lat: "", lon: "")))
    #expect(both.line == 3 && both.column == 25)
    #expect(both.message == "missing lat/lon for \"Banjul\" (expected coordinates in decimal degrees, or run `partnermap geocode`)")
    let raw = try PartnerTable.parseRaw(text: banjul(lat: "", lon: ""), file: "t.csv", currentYear: 2025)
    #expect(raw.rowsNeedingGeocoding.map(\.id) == ["banjul"])
}

@Test(arguments: [("13.5", 13.5), (" 13.5\t", 13.5), ("-90", -90), ("90", 90), ("+1e1", 10), (".5", 0.5), ("5.", 5)])
func acceptedLatitudes(value: String, expected: Double) throws {
    let net = try network(banjul(lat: value))
    #expect(net.partners.first?.lat == expected)
}

@Test(arguments: [("180", 180.0), ("-180", -180.0), (" -16.578 ", -16.578)])
func acceptedLongitudes(value: String, expected: Double) throws {
    let net = try network(banjul(lon: value))
    #expect(net.partners.first?.lon == expected)
}

@Test func badLatitudeAndLongitudeInOneRowAreBothReported() {
    let found = diagnostics(banjul(lat: "north", lon: "east"))
    #expect(found.map { [$0.line, $0.column] } == [[3, 25], [3, 31]])
}
