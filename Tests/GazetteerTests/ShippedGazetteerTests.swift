import Foundation
import Testing
@testable import Gazetteer
import PartnerData

/// The package's geodata folder, found from this file's path.
let geodata = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("geodata")

/// The shipped gazetteer with the shipped country and subdivision names, loaded once for all tests.
let shipped: Gazetteer = {
    let names = try! CountryNames.read(path: geodata.appendingPathComponent("country-names.csv").path)
    return try! Gazetteer(path: geodata.appendingPathComponent("gazetteer/cities500.pmg").path, countryNames: names,
                          subdivisionNames: shippedSubdivisionNames)
}()

/// The place `name` resolves to uniquely, or nil (recorded as a failure) when it does not.
func unique(_ name: String, country: String? = nil, admin: String? = nil,
            sourceLocation: SourceLocation = #_sourceLocation) throws -> Candidate? {
    let r = try shipped.resolve(name: name, country: country, admin: admin)
    guard case .unique(let c) = r else {
        Issue.record("\(name) (\(country ?? "-"), \(admin ?? "-")) resolves to \(r), expected one place", sourceLocation: sourceLocation)
        return nil
    }
    return c
}

let nanningID = 1799869

@Suite struct ShippedGazetteerTests {
    @Test func holdsEveryPlaceOfTheWheel() {
        #expect(shipped.placeCount == 234_908)
        #expect(shipped.countries.count == 252)
        #expect(shipped.source.contains("GeoNames") && shipped.source.contains("CC BY 4.0"))
    }

    @Test(arguments: ["Nanning", "南宁", "Nam Ninh", "南寧", "NANNING", "Nanning Shi", "南宁市", "Наньнин", "nan ning"])
    func nanningByAnyName(_ name: String) throws {
        let c = try unique(name)
        #expect(c?.geonameID == nanningID)
        #expect(c?.countryCode == "CN")
        #expect(c?.continent == .asia)
    }

    @Test func nanningsFacts() throws {
        let c = try #require(try unique("Nanning", country: "CN"))
        #expect(c.names[.en] == "Nanning")
        #expect(c.names[.zh] == "南宁")
        #expect(c.names[.th] == "หนานหนิง")
        #expect(c.names[.vi] == nil)  // not in Viet Nam: "Nam Ninh" is Vietnamese, but the script cannot say so
        #expect(abs(c.latitude - 22.81667) < 1e-9 && abs(c.longitude - 108.31667) < 1e-9)
        #expect(c.population > 1_000_000)
        #expect(c.admin1Code == "16" && c.admin1Name == nil)
        #expect(c.countryISO3 == "CHN")
    }

    @Test(arguments: ["Hải Phòng", "Haiphong", "Hai Phong", "HAI PHONG", "Thành phố Hải Phòng", "ｈａｉｐｈｏｎｇ"])
    func haiphong(_ name: String) throws {
        let c = try unique(name, country: "VN")
        #expect(c?.name == "Haiphong")
        #expect(c?.names[.vi] == "Hải Phòng")
    }

    @Test func springfieldIsAmbiguous() throws {
        guard case .ambiguous(let places) = try shipped.resolve(name: "Springfield", country: "US") else {
            Issue.record("Springfield, US is not ambiguous")
            return
        }
        #expect(places.count >= 3)
        #expect(places.allSatisfy { $0.countryCode == "US" })
        #expect(Set(places.map(\.admin1Code)).isSuperset(of: ["MO", "MA", "IL"]))
        #expect(places.map(\.population) == places.map(\.population).sorted(by: >))
        // "Springfield, US" in one cell means the same.
        guard case .ambiguous(let same) = try shipped.resolve(name: "Springfield, US") else {
            Issue.record("Springfield, US in one cell is not ambiguous")
            return
        }
        #expect(same.map(\.geonameID) == places.map(\.geonameID))
    }

    @Test func anAdminHintDecides() throws {
        let il = try unique("Springfield", country: "US", admin: "Illinois")
        #expect(il?.admin1Code == "IL" && il?.admin1Name == "Illinois" && il?.matchesAdmin == true)
        #expect(try unique("Springfield", country: "US", admin: "MA")?.admin1Name == "Massachusetts")
        #expect(try unique("Springfield, Illinois")?.admin1Code == "IL")
        #expect(try unique("Springfield (Oregon)")?.admin1Code == "OR")
    }

    @Test func unknownNames() throws {
        #expect(try shipped.resolve(name: "Xqzvbnmkwtplace") == .unknown)
        #expect(try shipped.resolve(name: "") == .unknown)
        #expect(try shipped.resolve(name: "Nanning", country: "VN") == .unknown)
        #expect(try shipped.resolve(name: "Nanning", country: "Atlantis") == .unknown)
        #expect(try shipped.candidates(name: "Xqzvbnmkwtplace").isEmpty)
    }

    @Test func krakow() throws {
        let a = try unique("Kraków"), b = try unique("Krakow"), c = try unique("KRAKÓW", country: "Poland")
        #expect(a?.countryCode == "PL")
        #expect(a?.geonameID == b?.geonameID && b?.geonameID == c?.geonameID)
    }

    @Test func cebuCity() throws {
        let c = try unique("Cebu City")
        #expect(c?.countryCode == "PH" && c?.match == .name)
        #expect(try unique("City of Cebu", country: "PH")?.geonameID == c?.geonameID)
    }

    @Test func georgeTownByCountry() throws {
        let my = try unique("George Town", country: "MY")
        #expect(my?.countryCode == "MY" && my?.admin1Code == "09")  // Penang
        #expect(try unique("George Town", country: "KY")?.isCapital == true)
        #expect(try unique("Georgetown", country: "GY")?.isCapital == true)
        guard case .ambiguous(let places) = try shipped.resolve(name: "George Town") else {
            Issue.record("George Town alone is not ambiguous")
            return
        }
        #expect(Set(places.map(\.countryCode)).isSuperset(of: ["MY", "GY"]))
    }

    @Test func cordobaByCountry() throws {
        let ar = try unique("Córdoba", country: "AR"), es = try unique("Cordoba", country: "ES")
        #expect(ar?.countryCode == "AR" && es?.countryCode == "ES")
        #expect(ar?.geonameID != es?.geonameID)
        #expect(try unique("Córdoba (Spain)")?.geonameID == es?.geonameID)
        #expect(try unique("Córdoba", country: "Tây Ban Nha")?.geonameID == es?.geonameID)
    }

    @Test func affixesAreDropped() throws {
        let bogor = try unique("Bogor Regency")
        #expect(bogor?.name == "Bogor" && bogor?.countryCode == "ID" && bogor?.match == .withoutAffixes)
        #expect(try unique("Kabupaten Bogor")?.geonameID == bogor?.geonameID)
        #expect(try unique("Kunming City")?.names[.zh] == "昆明")
        #expect(try unique("Kobe-shi")?.countryCode == "JP")
        #expect(try unique("Frankfurt am Main (Hessen)")?.countryCode == "DE")
        #expect(try unique("Tỉnh Lào Cai", country: "VN")?.names[.vi] == "Lào Cai")
    }

    @Test func kotaKinabaluKeepsKota() throws {
        let c = try unique("Kota Kinabalu")
        #expect(c?.name == "Kota Kinabalu" && c?.countryCode == "MY" && c?.match == .name)
        #expect(try unique("Kota Bharu")?.name == "Kota Bharu")
    }

    @Test func countries() {
        #expect(shipped.country("越南") == "VN")
        #expect(shipped.country("Việt Nam") == "VN")
        #expect(shipped.country("Viet Nam") == "VN")
        #expect(shipped.country("Vietnam") == "VN")
        #expect(shipped.country("ประเทศไทย") == "TH")
        #expect(shipped.country("ไทย") == "TH")
        #expect(shipped.country("USA") == "US")
        #expect(shipped.country("us") == "US")
        #expect(shipped.country("United States") == "US")
        #expect(shipped.country("美国") == "US")
        #expect(shipped.country("Hoa Kỳ") == "US")
        #expect(shipped.country("CHN") == "CN")
        #expect(shipped.country("中国") == "CN")
        #expect(shipped.country("The Netherlands") == "NL")
        #expect(shipped.country("Côte d’Ivoire") == "CI")
        #expect(shipped.country("Hong Kong") == "HK")
        #expect(shipped.country("Narnia") == nil)
        #expect(shipped.country("") == nil)
        #expect(shipped.countryInfo("VN")?.continent == .asia)
        #expect(shipped.countryInfo("BR")?.continent == .southAmerica)
    }

    @Test func localNames() throws {
        #expect(try unique("Kunming")?.names[.zh] == "昆明")
        #expect(try unique("Chiang Mai")?.names[.th] == "เชียงใหม่")
        #expect(try unique("Bangkok")?.names[.th] == "กรุงเทพ")
        #expect(try unique("Tokyo")?.names[.zh] == "东京")
        let hanoi = try #require(try unique("Hanoi"))
        #expect(hanoi.names[.vi] == "Hà Nội")
        #expect(hanoi.names[.zh] == nil)  // GeoNames has only the Traditional 河內
        #expect(try unique("Ho Chi Minh City")?.names[.vi] == "Thành phố Hồ Chí Minh")
        // Places outside Viet Nam never get a Vietnamese name, whatever their diacritics.
        #expect(try unique("Paris", country: "FR")?.names[.vi] == nil)
        #expect(try unique("Kraków")?.names[.vi] == nil)
        // Japanese kanji are not taken for Chinese: 横浜 is Japanese, 横滨 Chinese.
        #expect(try unique("Yokohama")?.names[.zh] == "横滨市")
        #expect(try unique("Hiroshima", country: "JP")?.names[.zh] == nil)
    }

    @Test func candidatesAreRanked() throws {
        let all = try shipped.candidates(name: "Springfield", limit: 100)
        #expect(all.count > 20)
        #expect(all.count == Set(all.map(\.geonameID)).count)
        let weights = all.filter { $0.match == .name }.map { $0.population * ($0.matchesOwnName ? Gazetteer.ownNameWeight : 1) }
        #expect(weights == weights.sorted(by: >))
        let hinted = try shipped.candidates(name: "Springfield", admin: "Vermont")
        #expect(hinted.first?.admin1Code == "VT" && hinted.first?.matchesAdmin == true)
        #expect(try shipped.candidates(name: "Springfield", limit: 3).count == 3)
    }

    @Test func severalNamesOfOneRow() throws {
        #expect(try shipped.resolve(names: ["Nanning", "南宁"]).place?.geonameID == nanningID)
        #expect(try shipped.resolve(names: ["Springfield", "Xqzvbnmkwtplace"], country: "US").place == nil)
        #expect(try shipped.resolve(names: ["Xqzvbnmkwtplace", "南宁"]).place?.geonameID == nanningID)
        guard case .ambiguous = try shipped.resolve(names: ["Nanning", "Kunming"]) else {
            Issue.record("two names of two places are not ambiguous")
            return
        }
        #expect(try shipped.resolve(names: ["", " "]) == .unknown)
    }

    @Test func placeByID() throws {
        #expect(try shipped.place(geonameID: nanningID)?.name == "Nanning")
        #expect(try shipped.place(geonameID: 1) == nil)
    }
}
