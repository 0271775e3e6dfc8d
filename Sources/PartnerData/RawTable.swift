import Foundation

/// One row of a partner table as read, before it is a city on a map: its names, country,
/// relation and year, and its coordinates, country code and continent when the table has them.
///
/// A row without coordinates (or without any way to know its continent) *needs geocoding*: a
/// resolver, such as a gazetteer, fills it in `Network(from:resolver:)`.
public struct TableRow: Sendable, Hashable {
    /// The id the table gives, or one made from the name (`idIsDerived`).
    public var id: String
    /// Whether `id` was made from the name: an ASCII slug, `-2`, `-3`… for the same name again.
    public var idIsDerived: Bool
    /// Names by language, each non-empty; at least one.
    public var names: [NameLanguage: String]
    /// The country as the table writes it (any language; may be empty).
    public var country: String
    /// The province, state or region the table names (a `Province`, `State`, `省份`, `Tỉnh`… column), a
    /// hint for geocoding; may be empty.
    public var admin: String
    /// ISO 3166-1 alpha-2, upper case, or empty.
    public var iso2: String
    /// The continent given, or derived from `iso2`; nil when neither says.
    public var continent: Continent?
    public var lat: Double?
    public var lon: Double?
    public var relation: Relation
    /// Year the tie was signed; nil when unknown.
    public var year: Int?
    /// ISO 8601 date or month: the table's `date` cell, or the date its year cell gave (`2012-09-05`).
    public var date: String
    public var source: String
    public var confidence: String
    /// The line of the table (or row of the sheet) the row came from; the header is 1.
    public var line: Int
    /// Where the row begins.
    public var location: TableLocation
    /// Where its coordinates belong: the lat and lon cells, or the row's start when the table has no such column.
    public var latLocation: TableLocation
    public var lonLocation: TableLocation
    /// Where its continent would come from: the continent cell, else the iso2 cell, else the row's start.
    public var continentLocation: TableLocation
    /// Where its name is: the first filled name cell (English, Chinese, Vietnamese, Thai), else the row's start.
    public var nameLocation: TableLocation
    /// Where its country is: the country cell, else the iso2 cell, else the row's start.
    public var countryLocation: TableLocation

    /// Whether the row still lacks what a map needs: coordinates, or a continent (which an iso2 code would give).
    public var needsGeocoding: Bool { lat == nil || lon == nil || continent == nil }

    /// The name in English, else in Chinese, Vietnamese or Thai, else the id.
    public var name: String { TableRow.firstName(names) ?? id }

    static func firstName(_ names: [NameLanguage: String]) -> String? {
        NameLanguage.allCases.lazy.compactMap { names[$0] }.first { !$0.isEmpty }
    }
}

extension TableRow {
    /// A row that no line of the table holds (a hub a geocoder found for `--hub`), every location `at`.
    public init(id: String, names: [NameLanguage: String], country: String, iso2: String, continent: Continent?,
                lat: Double?, lon: Double?, relation: Relation, source: String, at location: TableLocation) {
        self.init(id: id, idIsDerived: true, names: names, country: country, admin: "", iso2: iso2, continent: continent,
                  lat: lat, lon: lon, relation: relation, year: nil, date: "", source: source, confidence: "", line: 0,
                  location: location, latLocation: location, lonLocation: location, continentLocation: location,
                  nameLocation: location, countryLocation: location)
    }

    /// The id a row without one gets from `name` (`Thành phố Hồ Chí Minh` → `thanh-pho-ho-chi-minh`).
    public static func derivedID(name: String) -> String { DerivedIDs.slug(name, line: 0) }

    /// Fills what `found` gives and the row lacks: coordinates, iso2, continent, country.
    public mutating func complete(with found: Resolution) { GeocodingSeam.apply(found, to: &self) }
}

/// What a resolver (a gazetteer) found for a row that needs geocoding.
public struct Resolution: Sendable, Hashable {
    public var lat: Double
    public var lon: Double
    /// ISO 3166-1 alpha-2 (any case); used when the row has none.
    public var iso2: String
    /// The continent; nil to derive it from the iso2 code.
    public var continent: Continent?
    /// The country's name, used when the row has none.
    public var country: String?

    public init(lat: Double, lon: Double, iso2: String, continent: Continent? = nil, country: String? = nil) {
        self.lat = lat; self.lon = lon; self.iso2 = iso2; self.continent = continent; self.country = country
    }
}

/// A partner table as read and checked cell by cell, not yet a network: every row, some of which
/// may need geocoding, and which row is the hub if the table says.
public struct RawTable: Sendable {
    /// Where the table came from (its path or name), for messages.
    public var file: String
    public var rows: [TableRow]
    /// The index in `rows` of the hub: the row whose id was asked for, else the row marked hub; nil when none is.
    public var hubIndex: Int?
    /// Where the header begins, where a missing hub is reported.
    public var headerLocation: TableLocation
    /// How the file was read when that was not UTF-8 CSV with commas (`read as GB18030 with ';' separators`).
    public var notes: [String]
    /// The hub asked for (`--hub`) when no row has it as its id: a row's name (`hubByName()`), or a
    /// place a geocoder finds and adds (`addHub(_:)`). A network cannot be made while it is set.
    public var hubRequest: String?

    public init(file: String, rows: [TableRow], hubIndex: Int?, headerLocation: TableLocation, notes: [String]) {
        self.file = file; self.rows = rows; self.hubIndex = hubIndex; self.headerLocation = headerLocation; self.notes = notes
    }

    /// The rows a resolver must complete before the table is a network.
    public var rowsNeedingGeocoding: [TableRow] { rows.filter(\.needsGeocoding) }

    /// Makes the row that `hubRequest` names the hub: the one row with that name in any language
    /// (case and surrounding spaces aside), or with the name before a comma (`Nanning, China`).
    /// False, and nothing changed, when no row or more than one has it.
    public mutating func hubByName() -> Bool {
        guard let request = hubRequest else { return false }
        func key(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).lowercased() }
        var wanted: Set<String> = [key(request)]
        if let comma = request.lastIndex(of: ",") { wanted.insert(key(String(request[..<comma]))) }
        let matches = rows.indices.filter { rows[$0].names.values.contains { wanted.contains(key($0)) } }
        guard matches.count == 1 else { return false }
        hubIndex = matches[0]
        hubRequest = nil
        return true
    }

    /// Adds `hub` (a place a geocoder found for `hubRequest`) as the table's first row and its hub;
    /// its id is made unique among the table's ids.
    public mutating func addHub(_ hub: TableRow) {
        var hub = hub
        let taken = Set(rows.map(\.id))
        let base = hub.id
        var n = 1
        while taken.contains(hub.id) { n += 1; hub.id = "\(base)-\(n)" }
        hub.relation = .hub
        rows.insert(hub, at: 0)
        hubIndex = 0
        hubRequest = nil
    }
}

extension Network {
    /// The network of `table`: each row that needs geocoding is completed by `resolver` (when it
    /// gives a resolution), and then every row must have coordinates and a continent and the
    /// table a hub; throws `TableErrors` listing, at each row, what is still missing
    /// (`missing lat/lon for "Kunming" (expected coordinates, or run `partnermap geocode`)`).
    public init(from table: RawTable, resolver: ((TableRow) -> Resolution?)? = nil) throws {
        var table = table
        _ = table.hubByName()
        var problems: [TableDiagnostic] = []
        var cities: [City] = []
        cities.reserveCapacity(table.rows.count)
        for var row in table.rows {
            if row.needsGeocoding, let found = resolver?(row) { GeocodingSeam.apply(found, to: &row) }
            for (location, message) in GeocodingSeam.problems(row) {
                problems.append(TableDiagnostic(file: table.file, location: location, message: message))
            }
            guard let lat = row.lat, let lon = row.lon, let continent = row.continent else { continue }
            cities.append(City(id: row.id, names: row.names, country: row.country, iso2: row.iso2, continent: continent,
                               lat: lat, lon: lon, relation: row.relation, year: row.year, date: row.date,
                               source: row.source, line: row.line, confidence: row.confidence))
        }
        if let request = table.hubRequest {
            problems.append(TableDiagnostic(file: table.file, location: table.headerLocation,
                                            message: GeocodingSeam.unmatchedHub(request, example: table.rows.first?.id)))
        } else if let hub = table.hubIndex {
            let chosen = table.rows[hub]
            for row in table.rows where row.relation == .hub && row.line != chosen.line {
                problems.append(TableDiagnostic(file: table.file, location: row.location,
                    message: "relation is hub but the hub chosen is \(CellRules.quoted(chosen.name)) (expected sister or friendly-exchange)"))
            }
        } else {
            problems.append(TableDiagnostic(file: table.file, location: table.headerLocation, message: GeocodingSeam.noHub))
        }
        guard problems.isEmpty, let hub = table.hubIndex else {
            throw TableErrors(diagnostics: GeocodingSeam.listed(problems, file: table.file))
        }
        var partners = cities
        var hubCity = partners.remove(at: hub)
        hubCity.relation = .hub
        self.init(hub: hubCity, partners: partners, source: table.file)
        notes = table.notes
    }
}

/// Where reading a table meets the geocoder: what a resolution fills in, and what a row that
/// is still not complete is told.
enum GeocodingSeam {
    static let noHub = "no row has relation hub (expected exactly one hub row)"

    static func unmatchedHub(_ request: String, example: String?) -> String {
        let example = example.map { ", such as \(CellRules.quoted($0))" } ?? ""
        return "the hub \(CellRules.quoted(request)) is neither an id nor a name in the table (expected one of its ids\(example), or a city's name)"
    }

    static func apply(_ found: Resolution, to row: inout TableRow) {
        if row.lat == nil || row.lon == nil { row.lat = found.lat; row.lon = found.lon }
        if row.iso2.isEmpty { row.iso2 = found.iso2.uppercased() }
        if row.continent == nil { row.continent = found.continent ?? CountryContinents.byISO2[row.iso2] }
        if row.country.isEmpty, let country = found.country { row.country = country }
    }

    /// What `row` still lacks for a map, where: its coordinates, else (when it has them) its continent.
    static func problems(_ row: TableRow) -> [(TableLocation, String)] {
        problems(name: row.name, lat: row.lat != nil, lon: row.lon != nil, continent: row.continent != nil, iso2: row.iso2,
                 latAt: row.latLocation, lonAt: row.lonLocation, continentAt: row.continentLocation)
    }

    static func problems(name: String, lat: Bool, lon: Bool, continent: Bool, iso2: String,
                         latAt: TableLocation, lonAt: TableLocation, continentAt: TableLocation) -> [(TableLocation, String)] {
        let city = CellRules.quoted(name)
        switch (lat, lon) {
        case (false, false):
            return [(latAt, "missing lat/lon for \(city) (expected coordinates in decimal degrees, or run `partnermap geocode`)")]
        case (false, true):
            return [(latAt, "missing lat for \(city) (expected decimal degrees from -90 to 90, or run `partnermap geocode`)")]
        case (true, false):
            return [(lonAt, "missing lon for \(city) (expected decimal degrees from -180 to 180, or run `partnermap geocode`)")]
        case (true, true):
            guard !continent, case .failure(let problem) = CellRules.derivedContinent(iso2: iso2) else { return [] }
            return [(continentAt, problem.message.dropLast() + ", or run `partnermap geocode`)")]
        }
    }

    /// `problems` in order of place, at most `DiagnosticLog.limit` and a count of the rest.
    static func listed(_ problems: [TableDiagnostic], file: String) -> [TableDiagnostic] {
        let sorted = problems.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
        guard sorted.count > DiagnosticLog.limit else { return sorted }
        let rest = sorted.count - DiagnosticLog.limit
        return Array(sorted.prefix(DiagnosticLog.limit)) + [TableDiagnostic(file: file, location: sorted[DiagnosticLog.limit].location,
            message: "\(rest) more problems are not listed (expected at most \(DiagnosticLog.limit); fix the ones above first)")]
    }
}

/// Ids for rows that have none, made from their names.
enum DerivedIDs {
    private static let toASCII = StringTransform(rawValue: "Any-Latin; Latin-ASCII; Lower")

    /// An ASCII slug of `name` (`Thành phố Hồ Chí Minh` → `thanh-pho-ho-chi-minh`, `昆明` → `kun-ming`):
    /// transliterated to Latin, accents dropped, lower case, runs of other characters as one `-`,
    /// at most 48 characters; `row-LINE` when nothing is left.
    static func slug(_ name: String, line: Int) -> String {
        slug(latin: transliterated([name])[0], line: line)
    }

    /// `names` in lower-case ASCII, each character transliterated once per table (ICU's
    /// transliterator takes some 50 µs a name, most of a table's reading): an ideograph is a
    /// syllable of its own (`昆明` → `kun ming`), any other character joins its neighbours
    /// (`Đà Nẵng` → `da nang`).
    static func transliterated(_ names: [String]) -> [String] {
        var cache: [Unicode.Scalar: String] = [:]
        return names.map { name in
            guard !name.unicodeScalars.allSatisfy(\.isASCII) else { return name.lowercased() }
            var out = ""
            for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
                if scalar.isASCII {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                let latin = cache[scalar] ?? {
                    let latin = String(scalar).applyingTransform(toASCII, reverse: false) ?? ""
                    cache[scalar] = latin
                    return latin
                }()
                out += scalar.properties.isIdeographic ? " " + latin + " " : latin
            }
            return out.lowercased()
        }
    }

    private static func slug(latin: String, line: Int) -> String {
        var slug = ""
        var dash = false
        for scalar in latin.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if dash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
            if slug.count >= 48 { break }
        }
        return slug.isEmpty ? "row-\(line)" : slug
    }

    /// The ids of rows without one: each its name's slug, or the slug with `-2`, `-3`… when an id
    /// given anywhere in the table or made for an earlier row has it.
    static func assign(names: [(index: Int, name: String, line: Int)], taken: Set<String>) -> [Int: String] {
        var used = taken
        var ids: [Int: String] = [:]
        let latin = transliterated(names.map(\.name))
        for ((index, _, line), latin) in zip(names, latin) {
            let base = slug(latin: latin, line: line)
            var id = base, n = 1
            while used.contains(id) { n += 1; id = "\(base)-\(n)" }
            used.insert(id)
            ids[index] = id
        }
        return ids
    }
}
