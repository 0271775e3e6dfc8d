import Foundation
import PartnerData

/// Completes a partner table from the gazetteer: each row without coordinates gets the one place
/// its names (in any language the row has), country and admin hint resolve to; a row with
/// coordinates but no continent gets its country's; a `--hub` that is no row of the table is
/// found as a place and added as the hub.
///
/// It never guesses: a name that fits several places comparably, or none, leaves its row
/// unresolved and is reported at the row's name cell, with the candidates.
package struct TableGeocoder: Sendable {
    package let gazetteer: Gazetteer

    package init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// How one row of the table was completed.
    package struct Row: Sendable {
        /// The row, completed when it was resolved.
        package var row: TableRow
        /// The place's GeoNames id, when the gazetteer placed it.
        package var geonameID: Int?
        /// How it was matched (the `geocode` column): `given` (the table had what a map needs),
        /// `country` (the continent and code from the country), `name`, `name+admin` (the admin hint
        /// decided), `without-affixes` (after dropping "City", "Regency", a qualifier…), `hub` (the
        /// `--hub` place); empty when unresolved.
        package var method: String
    }

    /// A table geocoded: every row (the hub a `--hub` place added first), what was chosen for each,
    /// and the rows it could not complete.
    package struct Outcome: Sendable {
        package var table: RawTable
        package var rows: [Row]
        /// One line per place chosen: where, the name, the place with its GeoNames id and population.
        package var choices: [String]
        /// Ambiguous and unknown names, unknown countries, a hub not found; in order of place.
        package var problems: [TableDiagnostic]

        /// How many rows the gazetteer placed (their coordinates came from GeoNames).
        package var placedCount: Int { rows.filter { $0.geonameID != nil }.count }
        /// Whether every row is complete.
        package var isComplete: Bool { problems.isEmpty }
    }

    package func geocode(_ table: RawTable) throws -> Outcome {
        var table = table
        var choices: [String] = []
        var problems: [TableDiagnostic] = []
        var hubRow: Row?
        if table.hubRequest != nil, !table.hubByName(), let request = table.hubRequest {
            switch try hub(request, file: table.file, at: table.headerLocation) {
            case .success(let (row, place)):
                table.addHub(row)
                hubRow = Row(row: table.rows[0], geonameID: place.geonameID, method: "hub")
                choices.append("\(table.file): hub \(Self.quoted(request)) → \(Self.described(place))")
            case .failure(let problem):
                problems.append(problem)
            }
        }
        var cache: [Query: Resolution] = [:]
        var rows: [Row] = []
        rows.reserveCapacity(table.rows.count)
        for index in table.rows.indices {
            if index == 0, let hubRow { rows.append(hubRow); continue }
            var row = table.rows[index]
            guard row.needsGeocoding else {
                rows.append(Row(row: row, geonameID: nil, method: "given"))
                continue
            }
            let at = "\(table.file):\(row.nameLocation)"
            let country: String?
            switch countryCode(of: row) {
            case .success(let code): country = code
            case .failure(let problem):
                problems.append(TableDiagnostic(file: table.file, location: row.countryLocation, message: problem.message))
                rows.append(Row(row: row, geonameID: nil, method: ""))
                continue
            }
            if row.lat != nil, row.lon != nil {
                // Coordinates given, only the continent missing: the country's, when the row names one.
                if let country, let info = gazetteer.countryInfo(country) {
                    row.complete(with: PartnerData.Resolution(lat: row.lat!, lon: row.lon!, iso2: info.iso2,
                                                              continent: info.continent, country: info.name))
                    rows.append(Row(row: row, geonameID: nil, method: "country"))
                } else {
                    problems.append(TableDiagnostic(file: table.file, location: row.countryLocation, message:
                        "no country for \(Self.quoted(row.name)), so no continent (expected an iso2 code, a country column or a continent)"))
                    rows.append(Row(row: row, geonameID: nil, method: ""))
                }
                continue
            }
            let names = NameLanguage.allCases.compactMap { row.names[$0] }.map { $0.replacingOccurrences(of: "\n", with: " ") }
            let query = Query(names: names, country: country, admin: row.admin)
            let resolution = try cache[query] ?? {
                let found = try gazetteer.resolve(names: names, country: country, admin: row.admin.isEmpty ? nil : row.admin)
                cache[query] = found
                return found
            }()
            switch resolution {
            case .unique(let place):
                fill(&row, from: place)
                rows.append(Row(row: row, geonameID: place.geonameID, method: Self.method(place)))
                choices.append("\(at): \(Self.quoted(names[0])) → \(Self.described(place))")
            case .ambiguous(let places):
                problems.append(TableDiagnostic(file: table.file, location: row.nameLocation,
                                                message: Self.ambiguous(names[0], country: country, places: places)))
                rows.append(Row(row: row, geonameID: nil, method: ""))
            case .unknown:
                let elsewhere = country == nil ? [] : try gazetteer.candidates(name: names[0], limit: 3)
                problems.append(TableDiagnostic(file: table.file, location: row.nameLocation,
                                                message: Self.unknown(names[0], country: country, elsewhere: elsewhere)))
                rows.append(Row(row: row, geonameID: nil, method: ""))
            }
        }
        table.rows = rows.map(\.row)
        let sorted = problems.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        return Outcome(table: table, rows: rows, choices: choices, problems: sorted)
    }

    /// The network of a table, geocoded where it needs it; throws `TableErrors` with the geocoder's
    /// problems when any row stays unresolved, and the network's own otherwise.
    package func network(_ table: RawTable) throws -> (network: Network, outcome: Outcome) {
        let outcome = try geocode(table)
        guard outcome.isComplete else { throw TableErrors(diagnostics: outcome.problems) }
        var network = try Network(from: outcome.table)
        network.placedByGazetteer = outcome.placedCount
        return (network, outcome)
    }

    // MARK: - Inside

    private struct Query: Hashable {
        var names: [String]
        var country: String?
        var admin: String
    }

    /// The ISO code the row's iso2 or country cell gives; nil when both are empty; a message when
    /// the country is not one the gazetteer reads.
    private func countryCode(of row: TableRow) -> Result<String?, Problem> {
        if !row.iso2.isEmpty { return .success(row.iso2) }
        let text = row.country.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .success(nil) }
        if let code = gazetteer.country(text) { return .success(code) }
        return .failure(Problem("\(Self.quoted(text)) is not a country partnermap knows (expected an ISO 3166 code such as FR, or a country's name in English, Chinese, Vietnamese or Thai)"))
    }

    private struct Problem: Error { var message: String; init(_ m: String) { message = m } }

    private func fill(_ row: inout TableRow, from place: Candidate) {
        row.complete(with: PartnerData.Resolution(lat: place.latitude, lon: place.longitude, iso2: place.countryCode,
                                                  continent: place.continent, country: place.countryName))
        for (language, name) in place.names where (row.names[language] ?? "").isEmpty { row.names[language] = name }
    }

    /// The hub a `--hub` text names as a place: "南宁", "Nanning, China", "Springfield, Illinois, US".
    private func hub(_ request: String, file: String, at location: TableLocation) throws -> Result<(TableRow, Candidate), TableDiagnostic> {
        var name = request.trimmingCharacters(in: .whitespaces), country: String?, admin: String?
        var parts = name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1, let code = gazetteer.country(parts.last!) {
            country = code
            parts.removeLast()
            name = parts[0]
            if parts.count > 1 { admin = parts[1...].joined(separator: ", ") }
        }
        switch try gazetteer.resolve(name: name, country: country, admin: admin) {
        case .unique(let place):
            var names = place.names
            if names[.en] == nil { names[.en] = place.name }
            let row = TableRow(id: TableRow.derivedID(name: place.name), names: names, country: place.countryName,
                               iso2: place.countryCode, continent: place.continent, lat: place.latitude, lon: place.longitude,
                               relation: .hub, source: "", at: location)
            return .success((row, place))
        case .ambiguous(let places):
            return .failure(TableDiagnostic(file: file, location: location, message: "the hub " + Self.ambiguous(name, country: country, places: places)))
        case .unknown:
            return .failure(TableDiagnostic(file: file, location: location, message:
                "the hub \(Self.quoted(request)) is neither an id nor a name in the table, nor a place in the gazetteer (expected a row's id, or a place such as \"Nanning, China\")"))
        }
    }

    private static func method(_ place: Candidate) -> String {
        if place.match == .withoutAffixes { return "without-affixes" }
        return place.matchesAdmin ? "name+admin" : "name"
    }

    static func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }

    /// `Kunming (Yunnan, CN), GeoNames 1804651, population 1,023,674, at 25.03889, 102.71833`.
    static func described(_ place: Candidate) -> String {
        let region = [place.admin1Name, place.countryCode].compactMap { $0 }.joined(separator: ", ")
        return "\(place.name) (\(region)), GeoNames \(place.geonameID), population \(grouped(place.population)), at "
            + String(format: "%.5f, %.5f", place.latitude, place.longitude)
    }

    private static func ambiguous(_ name: String, country: String?, places: [Candidate]) -> String {
        let within = country.map { " in \($0)" } ?? ""
        let list = places.map { "\n    " + described($0) }.joined()
        return "\(quoted(name))\(within) may be any of \(places.count) places of comparable size (expected one place: add its province or state in an admin column, or its lat and lon):" + list
    }

    private static func unknown(_ name: String, country: String?, elsewhere: [Candidate]) -> String {
        let within = country.map { " in \($0)" } ?? ""
        let others = elsewhere.isEmpty ? "" : "; elsewhere: " + elsewhere.map(described).joined(separator: "; ")
        return "no place called \(quoted(name))\(within) in the gazetteer (expected a name GeoNames knows, in any language, or the row's lat and lon\(others))"
    }

    private static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
