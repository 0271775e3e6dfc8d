/// What a basemap feature is: codes, continent and names. Empty strings mean the data has no value.
package struct FeatureAttributes: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code, or empty.
    package var iso2: String
    /// ISO 3166-1 alpha-3 code, or empty.
    package var iso3: String
    /// Continent as the source names it (Natural Earth: "Asia", "Europe", "Seven seas (open ocean)", ...).
    package var continent: String
    /// Names by language; keys are among `FeatureAttributes.languages`, only those the data has.
    package var names: [String: String]

    /// The name languages a basemap carries, in the order they are stored.
    package static let languages = ["en", "zh", "vi", "ja", "ko"]

    package init(iso2: String = "", iso3: String = "", continent: String = "", names: [String: String] = [:]) {
        self.iso2 = iso2
        self.iso3 = iso3
        self.continent = continent
        self.names = names
    }
}
