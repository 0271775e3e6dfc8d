import PartnerData

/// A place the gazetteer found for a name: a GeoNames populated place with what a partner table
/// needs of it.
package struct Candidate: Sendable, Hashable, CustomStringConvertible {
    /// The GeoNames id (https://www.geonames.org/ID).
    package var geonameID: Int
    /// GeoNames' name of the place (its English or international name, e.g. "Kraków", "Hanoi").
    package var name: String
    /// Names by language: always `.en` (GeoNames' name), and `.zh`, `.th`, `.vi` only where the
    /// alternate names make the language certain (see `geodata/gazetteer-SOURCE.md`).
    package var names: [NameLanguage: String]
    package var population: Int
    /// WGS 84 degrees, as GeoNames gives them (5 decimals).
    package var latitude: Double
    package var longitude: Double
    /// ISO 3166-1 alpha-2 code of the country, its alpha-3 code, and GeoNames' name of it.
    package var countryCode: String
    package var countryISO3: String
    package var countryName: String
    package var continent: Continent
    /// GeoNames' first-level division code ("16" for Guangxi, "IL" for Illinois) and name: the
    /// shipped data names only the states of the United States, so elsewhere the name is nil.
    package var admin1Code: String
    package var admin1Name: String?
    /// The country's capital (GeoNames' capital name, its most populous place of that name).
    package var isCapital: Bool
    /// How the queried name matched.
    package var match: Match
    /// Whether it matched the place's own GeoNames name, not only one of its alternate names.
    package var matchesOwnName: Bool
    /// Whether the admin hint of the query named this place's first-level division.
    package var matchesAdmin: Bool

    /// How a queried name matched a place.
    package enum Match: Sendable, Hashable {
        /// The name as written, folded, is the place's name or one of its alternate names.
        case name
        /// Only without administrative words or a qualifier ("Bogor Regency" for Bogor).
        case withoutAffixes
    }

    package var description: String {
        "\(name) (\(admin1Name ?? admin1Code), \(countryCode); GeoNames \(geonameID), population \(population))"
    }
}

/// What a name resolves to. The gazetteer never guesses: a name that fits several places about
/// equally well is `.ambiguous`, and the caller (or the user) decides.
package enum Resolution: Sendable, Equatable {
    /// One place fits clearly better than any other.
    case unique(Candidate)
    /// Several places fit comparably; the most likely first (at most `Gazetteer.ambiguityListLimit`).
    case ambiguous([Candidate])
    /// No place has that name (in that country, when one was given), or the country is not one
    /// `Gazetteer.country(_:)` can read.
    case unknown

    /// The place, when the resolution is unique.
    package var place: Candidate? {
        if case .unique(let c) = self { return c }
        return nil
    }
}
