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

/// A source that is a web address, or the GeoNames id the coordinates come from.
private func isAddress(_ part: String) -> Bool {
    part.hasPrefix("https://") || part.hasPrefix("http://") || part.wholeMatch(of: #/coords GeoNames [0-9]+/#) != nil
}

/// Text to compare names in: the saved page spaces names with no-break spaces and writes
/// "Val-de-marne".
private func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00A0}", with: " ").lowercased()
}

/// Every source of every row is a web address, a GeoNames id for the coordinates, or a page
/// shipped in geodata/sources; a shipped page that a row cites names that row's city (in the
/// page's own spelling, name_vi).
@Test func shippedTableSourcesAreURLsOrShippedPagesThatNameTheCity() throws {
    let net = try nanning()
    var cited: [String: Set<String>] = [:]
    for city in [net.hub] + net.partners {
        #expect(!city.confidence.isEmpty, "\(city.id) says why it is believed")
        let parts = city.source.components(separatedBy: " ; ").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!parts.isEmpty && parts.allSatisfy { !$0.isEmpty }, "\(city.id): empty source")
        for part in parts where !isAddress(part) {
            guard let page = part.firstMatch(of: #/\(geodata/sources/([^()/]+\.txt)\)$/#)?.output.1 else {
                Issue.record("\(city.id): source is neither a URL nor a shipped page: \(part)")
                continue
            }
            cited[String(page), default: []].insert(city.id)
            guard let text = try? String(contentsOf: geodata.appendingPathComponent("sources/\(page)"), encoding: .utf8) else {
                Issue.record("\(city.id) cites \(page), which geodata/sources does not hold")
                continue
            }
            let name = try #require(city.names[.vi])
            let named = plain(text).contains(plain(name))
            #expect(named, "\(page) does not name \(city.id) (\(name))")
        }
    }
    // The Vietnamese government page is the source of the hub and of 15 partners.
    #expect(cited["nanning-gov-page-vi.txt"]?.count == 16)
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
