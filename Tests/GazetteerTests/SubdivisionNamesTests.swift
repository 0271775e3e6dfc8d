import Foundation
import Testing
@testable import Gazetteer
import PartnerData

/// The shipped subdivision names (geodata/gazetteer/subdivision-names.csv).
let shippedSubdivisionNames: SubdivisionNames = {
    try! SubdivisionNames.read(path: geodata.appendingPathComponent("gazetteer/subdivision-names.csv").path)
}()

@Suite struct SubdivisionNamesTests {
    /// GeoNames has only セブ市 and 세부 for Cebu City, and 波圖 (not 波尔图) for Porto; the iso-codes
    /// translations of the subdivisions Cebu and Porto find them.
    @Test func chineseNamesOnlyTheSubdivisionsHave() throws {
        #expect(try unique("宿务", country: "PH")?.geonameID == 1717512)
        #expect(try unique("宿务", country: "菲律宾")?.geonameID == 1717512)
        #expect(try unique("宿務", country: "PH")?.geonameID == 1717512)  // the traditional form, by the query's conversion
        let porto = try #require(try unique("波尔图", country: "PT"))
        #expect(porto.geonameID == 2735943)
        // A search key only: the place's names are GeoNames', and it matched as an alternate name.
        #expect(porto.names[.zh] != "波尔图")
        #expect(!porto.matchesOwnName && porto.match == .name)
        let cebu = try #require(try unique("宿务", country: "PH"))
        #expect(cebu.names[.zh] == nil && cebu.name == "Cebu City")
    }

    /// Without the file the same gazetteer does not know them.
    @Test func withoutTheFileTheyAreUnknown() throws {
        let names = try CountryNames.read(path: geodata.appendingPathComponent("country-names.csv").path)
        let bare = try Gazetteer(path: geodata.appendingPathComponent("gazetteer/cities500.pmg").path, countryNames: names)
        #expect(try bare.resolve(name: "宿务", country: "PH") == .unknown)
        #expect(try bare.resolve(name: "波尔图", country: "PT") == .unknown)
    }

    /// Every key of the shipped file finds the place it names, in the subdivision's country, and
    /// only as an alternate name would.
    @Test func everyShippedKeyFindsItsPlaceInItsCountry() throws {
        let entries = shippedSubdivisionNames.entries
        #expect(entries.count > 1000)
        var index: [Int: Int] = [:]
        for i in 0..<shipped.placeCount { index[shipped.record(i).id] = i }
        for e in entries {
            guard let place = index[e.geonameID] else {
                Issue.record("\(shippedSubdivisionNames.file):\(e.line): GeoNames id \(e.geonameID) is not in the gazetteer")
                continue
            }
            let country = shipped.countries[shipped.record(place).country].iso2
            #expect(country == e.countryCode, "\(e.line): \(e.name) names place \(e.geonameID) in \(country), its subdivision is \(e.subdivision)")
            let found = try shipped.places(forKey: e.key)
            #expect(found.contains { $0.place == place }, "\(e.line): \(e.name) does not find place \(e.geonameID)")
            let candidates = try shipped.candidates(name: e.name, country: String(e.countryCode), limit: 1000)
            #expect(candidates.contains { $0.geonameID == e.geonameID }, "\(e.line): \(e.name) in \(e.countryCode) does not find \(e.geonameID)")
            // The key is the translation without its administrative word, never the English name.
            #expect(e.key != NameFolding.key(try shipped.names(place).name), "\(e.line): \(e.name) is the place's English name")
        }
    }

    @Test(arguments: [
        ("geonames_id,key,language\n1717512,宿务,zh\n", 1, "expected the header"),
        ("geonames_id,key,language,subdivision\n1717512,宿务,zh,PH-CEB\n1717512,宿务,zh\n", 3, "expected 4 fields"),
        ("geonames_id,key,language,subdivision\nCebu,宿务,zh,PH-CEB\n", 2, "is not a GeoNames id"),
        ("geonames_id,key,language,subdivision\n1717512,宿务,ja,PH-CEB\n", 2, "is not zh, vi or th"),
        ("geonames_id,key,language,subdivision\n1717512,--,zh,PH-CEB\n", 2, "has no letter or digit"),
        ("geonames_id,key,language,subdivision\r\n1717512,宿务,zh,PH-CEB\r\n2735943,波尔图,zh,Porto\r\n", 3, "is not an ISO 3166-2 code"),
    ])
    func refusesAMalformedLine(_ text: String, _ line: Int, _ message: String) throws {
        do {
            _ = try SubdivisionNames.parse(Data(text.utf8), file: "names.csv")
            Issue.record("accepted \(text.debugDescription)")
        } catch let error as GazetteerError {
            #expect(error.description.hasPrefix("names.csv:\(line): error: "), "\(error)")
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test func readsAWellFormedFile() throws {
        let names = try SubdivisionNames.parse(Data("geonames_id,key,language,subdivision\n1717512,宿务,zh,PH-CEB\n".utf8), file: "names.csv")
        #expect(names.entries == [SubdivisionNames.Entry(geonameID: 1717512, name: "宿务", key: "宿务", language: .zh, subdivision: "PH-CEB", line: 2)])
    }

    /// A row whose place is not in the gazetteer, or in another country than its subdivision's, is
    /// refused at load with its FILE:LINE.
    @Test(arguments: [
        ("geonames_id,key,language,subdivision\n1717512,宿务,zh,PH-CEB\n1,无名,zh,PH-CEB\n", "names.csv:3: error: GeoNames id 1 is not a place"),
        ("geonames_id,key,language,subdivision\n2735943,波尔图,zh,ES-PO\n", "names.csv:2: error: place 2735943 is in PT, not in the country of ES-PO"),
    ])
    func refusesARowTheGazetteerDoesNotHave(_ text: String, _ message: String) throws {
        let names = try SubdivisionNames.parse(Data(text.utf8), file: "names.csv")
        do {
            _ = try Gazetteer(path: geodata.appendingPathComponent("gazetteer/cities500.pmg").path, subdivisionNames: names)
            Issue.record("accepted \(text.debugDescription)")
        } catch let error as GazetteerError {
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    /// Loading the file as well costs little: the time of a load with it, for the record.
    @Test func loadTime() throws {
        let clock = ContinuousClock()
        let path = geodata.appendingPathComponent("gazetteer/cities500.pmg").path
        let csv = geodata.appendingPathComponent("gazetteer/subdivision-names.csv").path
        var without: [Duration] = [], with: [Duration] = []
        for _ in 0..<5 {
            without.append(try clock.measure { _ = try Gazetteer(path: path) })
            with.append(try clock.measure { _ = try Gazetteer(path: path, subdivisionNames: try SubdivisionNames.read(path: csv)) })
        }
        print("gazetteer load, median of 5: without subdivision names \(without.sorted()[2]), with \(with.sorted()[2])")
    }
}
