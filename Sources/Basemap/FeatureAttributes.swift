/// What a basemap feature is: codes, continent and names. Empty strings mean the data has no value.
public struct FeatureAttributes: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code, or empty.
    public var iso2: String
    /// ISO 3166-1 alpha-3 code, or empty.
    public var iso3: String
    /// Continent as the source names it (Natural Earth: "Asia", "Europe", "Seven seas (open ocean)", ...).
    public var continent: String
    /// Names by language; keys are among `FeatureAttributes.languages`, only those the data has.
    public var names: [String: String]

    /// The name languages a basemap carries, in the order they are stored.
    public static let languages = ["en", "zh", "vi", "ja", "ko"]

    public init(iso2: String = "", iso3: String = "", continent: String = "", names: [String: String] = [:]) {
        self.iso2 = iso2
        self.iso3 = iso3
        self.continent = continent
        self.names = names
    }
}
