/// The kind of tie between a partner city and the hub.
public enum Relation: String, Sendable, CaseIterable {
    case hub
    case sister
    case friendlyExchange = "friendly-exchange"
}

/// A continent, spelled as in the table's `continent` column.
public enum Continent: String, Sendable, CaseIterable, Comparable {
    case africa = "Africa"
    case asia = "Asia"
    case europe = "Europe"
    case northAmerica = "North America"
    case southAmerica = "South America"
    case oceania = "Oceania"
    case antarctica = "Antarctica"

    public static func < (a: Continent, b: Continent) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A language the table carries names in.
public enum NameLanguage: String, Sendable, CaseIterable {
    case en, zh, vi, th
}

/// One row of a partner table: the hub or a partner city.
public struct City: Sendable, Hashable, Identifiable {
    public var id: String
    /// Names by language; at least one (English when the table has it).
    public var names: [NameLanguage: String]
    public var country: String
    public var iso2: String
    public var continent: Continent
    public var lat: Double
    public var lon: Double
    public var relation: Relation
    /// Year the tie was signed; nil when no source gives one.
    public var year: Int?
    /// ISO 8601 date or month as the sources give it (may be empty).
    public var date: String
    public var source: String
    /// Why the values are believed, and any conflict between sources (may be empty).
    public var confidence: String
    /// Line of the table the row came from (1-based, header is line 1).
    public var line: Int

    public init(id: String, names: [NameLanguage: String], country: String, iso2: String, continent: Continent,
                lat: Double, lon: Double, relation: Relation, year: Int?, date: String = "", source: String = "", line: Int = 0,
                confidence: String = "") {
        self.id = id; self.names = names; self.country = country; self.iso2 = iso2; self.continent = continent
        self.lat = lat; self.lon = lon; self.relation = relation; self.year = year; self.date = date
        self.source = source; self.line = line; self.confidence = confidence
    }

    /// The English name, or where the table has none the name in Chinese, Vietnamese or Thai
    /// (`hasEnglishName` tells), else the id.
    public var nameEN: String { name(.en) ?? TableRow.firstName(names) ?? id }

    /// Whether the table gives an English name; `nameEN` falls back to another language's when not.
    public var hasEnglishName: Bool { name(.en) != nil }

    /// The language `nameEN` comes from: English, or the first the table has a name in.
    public var fallbackLanguage: NameLanguage? {
        NameLanguage.allCases.first { name($0) != nil }
    }

    /// The name in `language`, or nil when the table has none.
    public func name(_ language: NameLanguage) -> String? {
        guard let n = names[language], !n.isEmpty else { return nil }
        return n
    }
}

/// A hub and its partners, as read from a table.
public struct Network: Sendable {
    public var hub: City
    public var partners: [City]
    /// Where the table came from (a file path), for messages and credits.
    public var source: String
    /// How the table was read when that was not UTF-8 CSV with commas (`t.csv: read as GB18030 with ';' separators`).
    public var notes: [String] = []
    /// How many of its cities a gazetteer placed (their coordinates are GeoNames'), which the map's credits then name.
    public var placedByGazetteer = 0
    public init(hub: City, partners: [City], source: String) {
        self.hub = hub; self.partners = partners; self.source = source
    }

    /// Partners sorted by year, unknown years last, then by English name.
    public var partnersByYear: [City] {
        partners.sorted { a, b in
            switch (a.year, b.year) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.nameEN < b.nameEN
            }
        }
    }

    /// First and last known year, or nil when no partner has a year.
    public var yearRange: ClosedRange<Int>? {
        let ys = partners.compactMap(\.year)
        guard let lo = ys.min(), let hi = ys.max() else { return nil }
        return lo...hi
    }
}
