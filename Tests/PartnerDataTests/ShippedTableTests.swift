import Foundation
import Testing
import PartnerData

/// The package's geodata folder, found from this file's path.
private let geodata = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("geodata")

private func nanning() throws -> Network {
    try PartnerTable.read(path: geodata.appendingPathComponent("nanning.csv").path)
}

@Test func shippedNanningTableParses() throws {
    let net = try nanning()
    #expect(net.hub.id == "nanning" && net.hub.names[.zh] == "南宁" && net.hub.names[.th] == "หนานหนิง")
    #expect(net.partners.count == 26)
    #expect(net.partners.first?.id == "banjul" && net.partners.last?.id == "phnom-penh")
    #expect(Set(net.partners.map(\.id)).count == 26)
}

@Test func shippedTableKeepsKnownAndUnknownYears() throws {
    let byID = Dictionary(uniqueKeysWithValues: try nanning().partners.map { ($0.id, $0) })
    #expect(byID["banjul"]?.year == 1987)
    #expect(byID["knowsley"].map { $0.year == nil } == true)
    #expect(byID["provo"]?.date == "2000-09" && byID["bundaberg"]?.date == "1998-05-12")
    #expect(try nanning().partners.filter { $0.year == nil }.map(\.id)
        == ["knowsley", "iquique", "val-de-marne", "bac-ninh", "bac-giang", "oakland", "los-angeles", "ha-long", "phnom-penh"])
}

@Test func shippedTablePointsAtTheShippedSourcePage() throws {
    let banjul = try #require(try nanning().partners.first { $0.id == "banjul" })
    #expect(banjul.source.contains("(geodata/sources/nanning-gov-page-vi.txt)"))
    #expect(!banjul.confidence.isEmpty)
    let page = geodata.appendingPathComponent("sources/nanning-gov-page-vi.txt").path
    #expect(FileManager.default.fileExists(atPath: page))
}

@Test func continentsDerivedFromISO2AgreeWithTheShippedTable() throws {
    let text = try String(contentsOf: geodata.appendingPathComponent("nanning.csv"), encoding: .utf8)
    let given = try PartnerTable.parse(text: text, file: "nanning.csv")
    // Renaming the column makes it unknown, so every continent is derived from iso2.
    let withoutContinents = text.replacingOccurrences(of: ",continent,", with: ",continent_given,")
    let derived = try PartnerTable.parse(text: withoutContinents, file: "nanning.csv")
    #expect(derived.partners.map(\.continent) == given.partners.map(\.continent))
    #expect(derived.hub.continent == given.hub.continent)
}
