import Testing
import PartnerData

@Test func missingRequiredColumnIsReportedAtTheHeaderNamingIt() throws {
    let text = "id,name_en,country,iso2,lat,lon,relation\nnanning,Nanning,China,CN,22.8,108.3,hub\n"
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 1 && problem.column == 1)
    #expect(problem.message.hasPrefix("missing required column \"year\""))
}

@Test func everyMissingColumnGetsItsOwnDiagnosticAndRowsWithoutCoordinatesAreListedWithThem() {
    let found = diagnostics("id,country,iso2\nnanning,China,CN\n")
    #expect(found.map { "\($0.line):\($0.column) " + $0.message.prefix { $0 != "(" } } == [
        "1:1 no column of city names ",
        "1:1 missing required column \"relation\" ",
        "1:1 missing required column \"year\" ",
    ])
    let noCoordinates = diagnostics("id,name_en,country,iso2,relation\nnanning,Nanning,China,CN,hub\n")
    #expect(noCoordinates.map { "\($0.line):\($0.column) " + $0.message.prefix { $0 != "(" } } == [
        "1:1 missing required column \"year\" ",
        "2:1 missing lat/lon for \"Nanning\" ",
    ])
}

@Test func duplicateColumnNameIsReportedAtItsSecondUse() throws {
    let text = [header + ",lat", hubRow + ",1", banjulRow + ",2"].joined(separator: "\n")
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 1 && problem.column == 47)
    #expect(problem.message.contains("\"lat\" appears twice") && problem.message.contains("field 5"))
}

@Test func unknownColumnsAreIgnoredAndOrderIsFree() throws {
    let text = "notes,year,relation,lon,lat,iso2,country,name_en,id\n"
        + "x,,hub,108.3167,22.8167,CN,China,Nanning,nanning\n"
        + "y,1987,sister,-16.5780,13.4527,GM,Gambia,Banjul,banjul\n"
    let net = try network(text)
    #expect(net.hub.id == "nanning")
    let banjul = try #require(net.partners.first)
    #expect(banjul.id == "banjul" && banjul.year == 1987 && banjul.lat == 13.4527 && banjul.lon == -16.5780)
    #expect(banjul.names == [.en: "Banjul"] && banjul.country == "Gambia" && banjul.iso2 == "GM")
}

@Test func optionalColumnsAreCopiedAndEmptyNamesOmitted() throws {
    let text = "id,name_en,name_zh,name_vi,name_th,country,iso2,continent,lat,lon,relation,year,date,source,confidence\n"
        + "nanning,Nanning,南宁,Nam Ninh,หนานหนิง,China,CN,Asia,22.8167,108.3167,hub,,,src-a,conf-a\n"
        + "provo,Provo,普罗沃,,,United States,US,North America,40.2338,-111.6585,sister,2000,2000-09,src-b,conf-b\n"
    let net = try network(text)
    #expect(net.hub.names == [.en: "Nanning", .zh: "南宁", .vi: "Nam Ninh", .th: "หนานหนิง"])
    let provo = try #require(net.partners.first)
    #expect(provo.names == [.en: "Provo", .zh: "普罗沃"])
    #expect(provo.date == "2000-09" && provo.source == "src-b" && provo.confidence == "conf-b")
    #expect(provo.continent == .northAmerica && provo.year == 2000)
}

@Test(arguments: ["", "\n\n", "\u{FEFF}", " \r\n\t\n"])
func emptyTableIsOneDiagnosticAtTheStart(text: String) throws {
    let problem = try #require(onlyProblem(text))
    #expect(problem.line == 1 && problem.column == 1)
    #expect(problem.message.hasPrefix("the table is empty"))
}
