/// What one record yields: its row when every cell is valid, and what id and hub checks need even when not.
struct ValidatedRow: Sendable {
    var line: Int
    /// The non-empty id the table gives, if any.
    var id: String?
    /// Where the id field begins (the record's start when there is no such field).
    var idPosition: SourcePosition
    var relation: Relation?
    /// Where the relation field begins (the record's start when there is no such field).
    var relationPosition: SourcePosition
    /// The name an id is made from when the table gives none.
    var name: String
    /// Nil when any cell of the record is invalid.
    var row: TableRow?
}

/// Checks each cell of a record against the table rules and builds its row.
struct RowValidator: Sendable {
    let header: TableHeader
    let currentYear: Int
    let limits: TableLimits
    /// The workbook counts dates from 1904 (a sheet's date serials).
    var date1904 = false

    /// A record that breaks the CSV quoting rules gets those reports only, since its fields cannot be trusted.
    /// What a valid row lacks for a map (coordinates, a continent) goes to `seam`, not `log`: that is
    /// for the geocoder to fill, and only an error once the table must be a network.
    func validate(_ record: LocatedRecord, log: inout DiagnosticLog, seam: inout DiagnosticLog) -> ValidatedRow {
        guard record.syntaxErrors.isEmpty else {
            log.report(record.syntaxErrors)
            return identify(record)
        }
        var record = record
        if record.isSheetRow {
            // A sheet does not write the empty cells at a row's end, and a cell right of the header's is refused.
            if let stray = (header.fieldCount..<max(header.fieldCount, record.fields.count)).first(where: { record.value(at: $0)?.isEmpty == false }) {
                log.report(record.position(at: stray),
                           "a value in a column with no header (expected \(header.fieldCount) columns, the header's, or an empty cell)")
                return identify(record)
            }
            while record.fields.count < header.fieldCount {
                record.append("", FieldSpan(position: SourcePosition(line: record.start.line, column: record.fields.count + 1), quoted: false))
            }
        } else if record.fields.count != header.fieldCount {
            let extra = record.fields.count > header.fieldCount
            log.report(extra ? record.position(at: header.fieldCount) : record.start,
                       "wrong number of fields (expected \(header.fieldCount) fields, found \(record.fields.count))")
            return identify(record)
        }
        var problems = 0
        /// The trimmed value and position of `column`; nil when the table lacks the column.
        func cell(_ column: TableColumn) -> (value: String, position: SourcePosition)? {
            guard let index = header.index(of: column) else { return nil }
            return (record.value(at: index) ?? "", record.position(at: index))
        }
        func filled(_ column: TableColumn) -> (value: String, position: SourcePosition)? {
            cell(column).flatMap { $0.value.isEmpty ? nil : $0 }
        }
        func report(_ position: SourcePosition, _ message: String) {
            problems += 1
            log.report(position, message)
        }
        func check<T>(_ column: TableColumn, _ rule: (String) -> Result<T, CellProblem>) -> T? {
            guard let (value, position) = cell(column) else { return nil }
            switch rule(value) {
            case .success(let result): return result
            case .failure(let problem): report(position, problem.message); return nil
            }
        }

        for column in TableColumn.names + TableColumn.notes {
            guard let index = header.index(of: column), let value = record.value(at: index) else { continue }
            let rule = TableColumn.names.contains(column) ? CellRules.name(value, column: column, limits: limits)
                                                          : CellRules.text(value, column: column)
            guard let problem = rule else { continue }
            report(problem.offset.map { record.position(at: index, valueOffset: $0) } ?? record.position(at: index), problem.message)
        }
        var names: [NameLanguage: String] = [:]
        for (language, column) in TableColumn.cityNames {
            if let name = filled(column)?.value { names[language] = CellRules.withLineFeeds(name) }
        }
        NameScripts.sorted(&names)
        // (A header without a name column was reported once, at the header.)
        if names.isEmpty, let column = TableColumn.cityNames.map(\.1).first(where: { header.index(of: $0) != nil }) {
            report(cell(column)?.position ?? record.start,
                   "empty \(column.rawValue) (expected the city's name in this column or another name column)")
        }
        // An empty or absent coordinate is not wrong: the row is still to be geocoded.
        let lat = filled(.lat).flatMap { _ in check(.lat) { CellRules.degrees($0, column: .lat, limit: 90) } }
        let lon = filled(.lon).flatMap { _ in check(.lon) { CellRules.degrees($0, column: .lon, limit: 180) } }
        let yearCell = header.index(of: .year)
        let isNumber = yearCell.map { record.spans.indices.contains($0) && record.spans[$0].isNumber } ?? false
        let year = check(.year) { CellRules.yearAndDate($0, currentYear: currentYear, isNumber: isNumber, date1904: date1904) }
        let relation = check(.relation, CellRules.relation)
        let iso2 = check(.iso2, CellRules.iso2) ?? (cell(.iso2) == nil ? "" : nil)
        let continent = continentOf(iso2: iso2, cell: cell(.continent), iso2Position: cell(.iso2)?.position, report: report)

        let name = TableRow.firstName(names) ?? ""
        let id = filled(.id)?.value
        var validated = ValidatedRow(line: record.start.line, id: id, idPosition: cell(.id)?.position ?? record.start,
                                     relation: relation, relationPosition: cell(.relation)?.position ?? record.start, name: name)
        let latAt = log.location(cell(.lat)?.position ?? record.start), lonAt = log.location(cell(.lon)?.position ?? record.start)
        let continentAt = log.location(cell(.continent)?.position ?? cell(.iso2)?.position ?? record.start)
        let nameAt = log.location(TableColumn.cityNames.lazy.compactMap { filled($0.1)?.position }.first ?? record.start)
        let countryAt = log.location(filled(.country)?.position ?? cell(.iso2)?.position ?? record.start)
        // What a row lacks for a map: known once its cells are (an invalid cell is reported already).
        let latKnown = lat != nil || filled(.lat) != nil, lonKnown = lon != nil || filled(.lon) != nil
        if let iso2, !names.isEmpty {
            let continentKnown = continent != nil || filled(.continent) != nil || !iso2.isEmpty
            for (location, message) in GeocodingSeam.problems(name: name, lat: latKnown, lon: lonKnown,
                                                              continent: continentKnown, iso2: iso2, latAt: latAt, lonAt: lonAt,
                                                              continentAt: continentAt) {
                seam.report(location: location, message)
            }
        }
        guard problems == 0, let yearDate = year, let relation, let iso2 else { return validated }
        validated.row = TableRow(
            id: id ?? "", idIsDerived: id == nil, names: names, country: CellRules.withLineFeeds(cell(.country)?.value ?? ""),
            admin: CellRules.withLineFeeds(cell(.admin)?.value ?? ""), iso2: iso2, continent: continent, lat: lat, lon: lon,
            relation: relation, year: yearDate?.year, date: filled(.date)?.value ?? yearDate?.date ?? "",
            source: cell(.source)?.value ?? "", confidence: cell(.confidence)?.value ?? "", line: record.start.line,
            location: log.location(record.start), latLocation: latAt, lonLocation: lonAt, continentLocation: continentAt,
            nameLocation: nameAt, countryLocation: countryAt)
        return validated
    }

    /// The id and relation of a record whose fields cannot all be trusted (its quoting or field count is wrong),
    /// read as they stand and without reports, so that hub and id checks still see the row.
    private func identify(_ record: LocatedRecord) -> ValidatedRow {
        func value(_ column: TableColumn) -> String? { header.index(of: column).flatMap(record.value(at:)) }
        func position(_ column: TableColumn) -> SourcePosition {
            header.index(of: column).map(record.position(at:)) ?? record.start
        }
        let name = TableColumn.cityNames.lazy.compactMap { value($0.1) }.first { !$0.isEmpty } ?? ""
        return ValidatedRow(line: record.start.line, id: value(.id).flatMap { $0.isEmpty ? nil : $0 },
                            idPosition: position(.id), relation: value(.relation).flatMap { try? CellRules.relation($0).get() },
                            relationPosition: position(.relation), name: name)
    }

    /// The continent cell's value, or when it is empty or absent the continent of `iso2`; nil without a
    /// report when iso2 is empty too (the geocoder's to find). An invalid iso2 (nil) was reported already.
    private func continentOf(iso2: String?, cell: (value: String, position: SourcePosition)?,
                             iso2Position: SourcePosition?,
                             report: (SourcePosition, String) -> Void) -> Continent? {
        let result: Result<Continent, CellProblem>
        if let cell, !cell.value.isEmpty {
            result = CellRules.continent(cell.value)
        } else if let iso2, !iso2.isEmpty {
            result = CellRules.derivedContinent(iso2: iso2)
        } else {
            return nil
        }
        switch result {
        case .success(let continent):
            return continent
        case .failure(let problem):
            if let position = cell?.position ?? iso2Position { report(position, problem.message) }
            return nil
        }
    }
}
