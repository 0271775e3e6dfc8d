import PartnerData

/// A country of the gazetteer, from GeoNames' country info.
package struct GazetteerCountry: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 and alpha-3 codes.
    package var iso2: String
    package var iso3: String
    package var continent: Continent
    /// GeoNames' (English) name.
    package var name: String
}

/// Reads a country as a table writes it: an ISO 3166-1 alpha-2 or alpha-3 code in any case
/// ("VN", "vnm"), or a name in English, Chinese, Vietnamese or Thai (GeoNames' English name and
/// CLDR's names from `country-names.csv`: "Vietnam", "越南", "Việt Nam", "เวียดนาม"), folded like
/// place names, optionally after "ประเทศ" (Thai: country), "nước" (Vietnamese: country) or "the";
/// and a few common short forms that neither source has (`aliases`). A name that two countries
/// share (none do in the shipped data) reads as no country.
struct CountryResolver: Sendable {
    private var byISO2: [String: Int] = [:]
    private var byISO3: [String: Int] = [:]
    /// Folded name → country index, or -1 where names of two countries fold alike.
    private var byName: [String: Int] = [:]
    private let countries: [GazetteerCountry]

    /// Forms that GeoNames' and CLDR's names do not cover.
    static let aliases: [String: String] = [
        "USA": "US", "U.S.": "US", "U.S.A.": "US", "America": "US", "United States of America": "US",
        "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB", "Scotland": "GB",
        "Wales": "GB", "Northern Ireland": "GB",
        "Republic of Korea": "KR", "Korea, Republic of": "KR", "Korea, South": "KR",
        "Democratic People's Republic of Korea": "KP", "Korea, North": "KP",
        "Russian Federation": "RU", "Czech Republic": "CZ", "Holland": "NL", "Burma": "MM",
        "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "Macau": "MO", "Lao PDR": "LA", "Vatican": "VA",
        "Türkiye": "TR", "Swaziland": "SZ", "Cape Verde": "CV", "East Timor": "TL", "Palestine": "PS",
        "Viet Nam": "VN", "People's Republic of China": "CN", "PRC": "CN", "中华人民共和国": "CN",
        "Mainland China": "CN", "Republic of China": "TW", "中華民國": "TW", "臺灣": "TW",
    ]
    private static let prefixes = ["ประเทศ", "nuoc", "the"]

    init(countries: [GazetteerCountry], names: CountryNames) {
        self.countries = countries
        for (i, c) in countries.enumerated() {
            byISO2[c.iso2] = i
            byISO3[c.iso3] = i
        }
        func add(_ name: String, _ iso2: String) {
            guard let i = byISO2[iso2] else { return }
            let key = NameFolding.key(name)
            guard !key.isEmpty else { return }
            if let j = byName[key], j != i { byName[key] = -1 } else { byName[key] = i }
        }
        for c in countries { add(c.name, c.iso2) }
        for language in NameLanguage.allCases {
            for (iso2, name) in names.all(in: language.rawValue) { add(name, iso2) }
        }
        for (alias, iso2) in Self.aliases { add(alias, iso2) }
    }

    /// The country's index, or nil when `text` names no country (or two).
    func index(_ text: String) -> Int? {
        let t = text.trimmingWhitespace
        guard !t.isEmpty else { return nil }
        let upper = t.uppercased()
        if upper.count == 2, let i = byISO2[upper] { return i }
        if upper.count == 3, let i = byISO3[upper] { return i }
        let key = NameFolding.key(t)
        if let i = byName[key] { return i >= 0 ? i : nil }
        for p in Self.prefixes where key.hasPrefix(p) && key.count > p.count {
            if let i = byName[String(key.dropFirst(p.count))] { return i >= 0 ? i : nil }
        }
        return nil
    }
}
