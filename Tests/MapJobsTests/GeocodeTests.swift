import Foundation
import Gazetteer
@testable import MapJobs
import PartnerData
import Testing
import TestSupport

/// The table geocoder on the shipped gazetteer: what it chooses, what it refuses to guess, the
/// table it writes, and the on-the-fly path of the map commands.
@Suite struct GeocodeTests {
    private func geocoder() throws -> TableGeocoder { TableGeocoder(gazetteer: try ProjectFiles.gazetteer()) }

    private func raw(_ text: String, file: String = "t.csv", hub: String? = nil) throws -> RawTable {
        try PartnerTable.parseRaw(text: text, file: file, hubID: hub)
    }

    @Test func namesInAnyScriptAndCountriesAsNamesOrCodesFindTheirPlaces() throws {
        let table = try raw("""
            name,country,relation,year
            Nam Ninh,Trung Quốc,hub,
            Hải Phòng,VN,sister,1990
            Haiphong,Vietnam,sister,1991
            河内,越南,sister,1992
            Thành phố Đà Nẵng,VN,sister,1993
            Cebu City,PH,sister,1994
            """)
        let outcome = try geocoder().geocode(table)
        #expect(outcome.isComplete, "\(outcome.problems)")
        let ids = outcome.rows.map(\.geonameID)
        #expect(ids[0] == 1799869, "Nam Ninh, Trung Quốc is Nanning")
        #expect(ids[1] == 1581298 && ids[2] == 1581298, "Hải Phòng and Haiphong are one place")
        #expect(ids[3] == 1581130, "河内 (GeoNames has only 河內) is Hanoi")
        #expect(ids[4] == 1583992, "Thành phố Đà Nẵng is Da Nang")
        #expect(outcome.rows[4].method == "without-affixes" && outcome.rows[1].method == "name")
        // A Chinese name in a generic Name column is the Chinese name, and English comes from GeoNames.
        #expect(outcome.rows[3].row.names == [.zh: "河内", .en: "Hanoi", .vi: "Hà Nội", .th: "ฮานอย"], "\(outcome.rows[3].row.names)")
        #expect(outcome.rows[3].row.iso2 == "VN")
        #expect(outcome.rows[3].row.continent == .asia)
    }

    @Test func comparablyProminentPlacesAreNeverAGuess() throws {
        let table = try raw("""
            name_en,iso2,relation,year
            Nanning,CN,hub,
            Springfield,US,sister,1999
            Nowhereville Zzyzx,FR,sister,2001
            """, file: "amb.csv")
        let outcome = try geocoder().geocode(table)
        #expect(!outcome.isComplete)
        #expect(outcome.problems.map { "\($0.line):\($0.column)" } == ["3:1", "4:1"])
        let springfield = outcome.problems[0].description
        #expect(springfield.hasPrefix("amb.csv:3:1: error: \"Springfield\" in US may be any of"))
        for state in ["Missouri", "Massachusetts", "Illinois"] { #expect(springfield.contains("Springfield (\(state), US), GeoNames")) }
        #expect(outcome.problems[1].description.hasPrefix("amb.csv:4:1: error: no place called \"Nowhereville Zzyzx\" in FR"))
        // Unresolved rows keep empty coordinates; the resolved one is complete.
        #expect(outcome.table.rows[1].lat == nil && outcome.table.rows[2].lon == nil && outcome.rows[1].method.isEmpty)
        #expect(outcome.rows[0].geonameID == 1799869)
        #expect(throws: TableErrors.self) { try geocoder().network(table) }
    }

    @Test func anAdminHintDecidesBetweenNamesakes() throws {
        let table = try raw("""
            name_en,iso2,state,relation,year
            Nanning,CN,,hub,
            Springfield,US,Illinois,sister,1999
            """)
        let outcome = try geocoder().geocode(table)
        #expect(outcome.isComplete, "\(outcome.problems)")
        #expect(outcome.rows[1].geonameID == 4250542 && outcome.rows[1].method == "name+admin")
    }

    @Test func aHubGivenAsAPlaceIsAddedFirstAndARowNameIsTheHub() throws {
        let text = "城市,国家,关系,年份\n昆明,中国,友好城市,1980\n河内,越南,友好城市,1992\n"
        let outcome = try geocoder().geocode(try raw(text, hub: "南宁"))
        #expect(outcome.isComplete, "\(outcome.problems)")
        #expect(outcome.table.hubIndex == 0 && outcome.rows[0].method == "hub" && outcome.rows[0].geonameID == 1799869)
        #expect(outcome.table.rows[0].names[.zh] == "南宁" && outcome.table.rows[0].relation == .hub)
        let network = try Network(from: outcome.table)
        #expect(network.hub.nameEN == "Nanning" && network.partners.count == 2)
        // "Nanning, China": the country after the comma.
        #expect(try geocoder().geocode(try raw(text, hub: "Nanning, China")).rows[0].geonameID == 1799869)
        // A row's own name is the hub, with no place added.
        let byName = try geocoder().geocode(try raw(text, hub: "昆明"))
        #expect(byName.table.rows.count == 2 && byName.table.hubIndex == 0 && byName.rows[0].geonameID == 1804651)
        // Neither a row nor a place.
        let none = try geocoder().geocode(try raw(text, hub: "Zzyzx Nowhere"))
        #expect(none.problems.count == 1 && none.problems[0].message.contains("nor a place in the gazetteer"))
    }

    @Test func aRowWithCoordinatesButNoContinentGetsItsCountrys() throws {
        let outcome = try geocoder().geocode(try raw("name,country,lat,lon,relation,year\nNanning,中国,22.8,108.3,hub,\nX,France,45,5,sister,2000\nY,,1,1,sister,2001\n"))
        #expect(outcome.rows.map(\.method) == ["country", "country", ""])
        #expect(outcome.table.rows[1].iso2 == "FR" && outcome.table.rows[1].continent == .europe && outcome.table.rows[1].lat == 45)
        #expect(outcome.problems.map(\.line) == [4])
    }

    @Test func theWrittenTableReadsBackAsTheSameNetwork() throws {
        let table = try raw("name,country,relation,year,source\n南宁,中国,hub,,\n\"Kraków, Poland\",,sister,1999,\"city hall, 1999\"\nHanoi,VN,sister,2000,\n")
        let outcome = try geocoder().geocode(table)
        #expect(outcome.isComplete, "\(outcome.problems)")
        let csv = TableWriter.csv(outcome.table.rows, extra: GeocodeJob.addedColumns) {
            [outcome.rows[$0].geonameID.map(String.init) ?? "", outcome.rows[$0].method]
        }
        let again = try PartnerTable.parse(text: csv, file: "out.csv")
        let first = try Network(from: outcome.table)
        #expect(again.partners.map(\.lat) == first.partners.map(\.lat) && again.partners.map(\.lon) == first.partners.map(\.lon))
        #expect(again.partners.map(\.source) == ["city hall, 1999", ""])
        #expect(again.hub.names[.zh] == "南宁" && again.partners[0].nameEN == "Kraków, Poland" && again.partners[0].iso2 == "PL",
                "the table's own name is kept as written")
        #expect(csv.hasPrefix("id,name_en,name_zh,name_vi,name_th,country,admin,iso2,continent,lat,lon,relation,year,date,source,confidence,geonames_id,geocode\r\n"))
    }

    @Test func mapCommandsGeocodeOnTheFlyAndSaySo() throws {
        let text = "name_en,iso2,relation,year\nNanning,CN,hub,\nKunming,CN,sister,1980\nLyon,,sister,1990\n"
        var data = DataOptions()
        data.table = .data(Data(text.utf8), name: "n.csv")
        let network = try data.network()
        #expect(network.placedByGazetteer == 3 && network.partners.map(\.iso2) == ["CN", "FR"])
        #expect(network.notes.contains { $0.hasPrefix("n.csv: 3 of 3 places found in the gazetteer (GeoNames, CC BY 4.0): Nanning, Kunming, Lyon") })
        var options = MapOptions()
        options.data = data
        let pdf = try RenderJob(options: options).data(as: .pdf)
        #expect(String(decoding: pdf, as: UTF8.self).isEmpty == false)
        // A name the gazetteer cannot place stops the map with the geocoder's message.
        data.table = .data(Data("name_en,iso2,relation,year\nNanning,CN,hub,\nSpringfield,US,sister,1999\n".utf8), name: "s.csv")
        #expect { try data.network() } throws: { error in
            (error as? TableErrors)?.description.hasPrefix("s.csv:3:1: error: \"Springfield\" in US may be any of") == true
        }
    }
}
