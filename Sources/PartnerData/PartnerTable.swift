import Foundation

/// Reads partner tables (CSV with a header row) into networks, reporting every problem with its line and column.
public enum PartnerTable {
    /// Reads and validates the table at `path`; throws `TableErrors` listing every problem found.
    ///
    /// - Parameters:
    ///   - hubID: the id of the row to use as hub, whatever its relation says; by default the one row marked `hub`.
    ///   - currentYear: the latest year allowed in the `year` column; by default the current year (UTC).
    public static func read(path: String, hubID: String? = nil, currentYear: Int? = nil) throws -> Network {
        switch TableFile.text(atPath: path) {
        case .success(let text):
            return try parse(text: text, file: path, hubID: hubID, currentYear: currentYear)
        case .failure(let diagnostic):
            throw TableErrors(diagnostics: [diagnostic])
        }
    }

    /// Validates the table `text`, naming it `file` in diagnostics; throws `TableErrors` listing every problem found.
    public static func parse(text: String, file: String, hubID: String? = nil, currentYear: Int? = nil) throws -> Network {
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records = RecordReader.records(in: String(scalars))
        var diagnostics: [TableDiagnostic] = []
        guard !records.isEmpty else {
            let columns = TableColumn.required.map(\.rawValue).joined(separator: ",")
            throw TableErrors(diagnostics: [TableDiagnostic(file: file, at: .start,
                "the table is empty (expected a header row: \(columns))")])
        }
        let header = TableHeader(records.removeFirst(), file: file, diagnostics: &diagnostics)
        let validator = RowValidator(header: header, file: file, currentYear: currentYear ?? thisYear())
        let rows = records.map { validator.validate($0, diagnostics: &diagnostics) }
        DuplicateIDs.check(rows, file: file, diagnostics: &diagnostics)
        let hub = HubSelection.select(in: rows, hubID: hubID, header: header, file: file, diagnostics: &diagnostics)

        let cities = rows.compactMap(\.city)
        guard diagnostics.isEmpty, cities.count == rows.count, let hub, var hubCity = rows[hub].city else {
            throw TableErrors(diagnostics: inPositionOrder(diagnostics))
        }
        hubCity.relation = .hub
        var partners = cities
        partners.remove(at: hub)
        return Network(hub: hubCity, partners: partners, source: file)
    }

    /// `diagnostics` sorted by line and column, keeping the order found among those at the same place.
    static func inPositionOrder(_ diagnostics: [TableDiagnostic]) -> [TableDiagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }

    /// The current calendar year in UTC.
    static func thisYear() -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar.component(.year, from: Date())
    }
}
