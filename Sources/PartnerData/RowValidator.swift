/// What one record yields: its city when every field is valid, and what hub selection needs even when not.
struct ValidatedRow: Sendable {
    var line: Int
    /// The non-empty id, if any.
    var id: String?
    /// Where the id field begins (the record's start when there is no such field).
    var idPosition: SourcePosition
    var relation: Relation?
    /// Where the relation field begins (the record's start when there is no such field).
    var relationPosition: SourcePosition
    /// Nil when any field of the record is invalid.
    var city: City?
}

/// Checks each field of a record against the table rules and builds its city.
struct RowValidator: Sendable {
    let header: TableHeader
    let currentYear: Int
    let limits: TableLimits

    /// A record that breaks the CSV quoting rules gets those reports only, since its fields cannot be trusted.
    func validate(_ record: LocatedRecord, log: inout DiagnosticLog) -> ValidatedRow {
        guard record.syntaxErrors.isEmpty else {
            log.report(record.syntaxErrors)
            return identify(record)
        }
        guard record.fields.count == header.fieldCount else {
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

        let id = cell(.id).flatMap { $0.value.isEmpty ? nil : $0.value }
        if let (value, position) = cell(.id), value.isEmpty {
            report(position, "empty id (expected a unique id such as \"banjul\")")
        }
        if let (value, position) = cell(.nameEN), value.isEmpty {
            report(position, "empty name_en (expected the city's English name)")
        }
        for column in TableColumn.names + TableColumn.notes {
            guard let index = header.index(of: column), let value = record.value(at: index) else { continue }
            let rule = TableColumn.names.contains(column) ? CellRules.name(value, column: column, limits: limits)
                                                          : CellRules.text(value, column: column)
            guard let problem = rule else { continue }
            report(problem.offset.map { record.position(at: index, valueOffset: $0) } ?? record.position(at: index), problem.message)
        }
        let lat = check(.lat) { CellRules.degrees($0, column: .lat, limit: 90) }
        let lon = check(.lon) { CellRules.degrees($0, column: .lon, limit: 180) }
        let year = check(.year) { CellRules.year($0, currentYear: currentYear) }
        let relation = check(.relation, CellRules.relation)
        let iso2 = check(.iso2, CellRules.iso2)
        let continent = continentOf(iso2: iso2, cell: cell(.continent), iso2Position: cell(.iso2)?.position, report: report)

        var row = ValidatedRow(line: record.start.line, id: id, idPosition: cell(.id)?.position ?? record.start,
                               relation: relation, relationPosition: cell(.relation)?.position ?? record.start)
        guard problems == 0, let id, let lat, let lon, let year, let relation, let iso2, let continent else { return row }
        var names: [NameLanguage: String] = [:]
        for (language, column) in [(NameLanguage.en, TableColumn.nameEN), (.zh, .nameZH), (.vi, .nameVI), (.th, .nameTH)] {
            if let name = cell(column)?.value, !name.isEmpty { names[language] = CellRules.withLineFeeds(name) }
        }
        row.city = City(id: id, names: names, country: CellRules.withLineFeeds(cell(.country)?.value ?? ""), iso2: iso2, continent: continent,
                        lat: lat, lon: lon, relation: relation, year: year, date: cell(.date)?.value ?? "",
                        source: cell(.source)?.value ?? "", line: record.start.line,
                        confidence: cell(.confidence)?.value ?? "")
        return row
    }

    /// The id and relation of a record whose fields cannot all be trusted (its quoting or field count is wrong),
    /// read as they stand and without reports, so that hub and id checks still see the row.
    private func identify(_ record: LocatedRecord) -> ValidatedRow {
        func value(_ column: TableColumn) -> String? { header.index(of: column).flatMap(record.value(at:)) }
        func position(_ column: TableColumn) -> SourcePosition {
            header.index(of: column).map(record.position(at:)) ?? record.start
        }
        return ValidatedRow(line: record.start.line, id: value(.id).flatMap { $0.isEmpty ? nil : $0 },
                            idPosition: position(.id), relation: value(.relation).flatMap(Relation.init(rawValue:)),
                            relationPosition: position(.relation))
    }

    /// The continent cell's value, or when it is empty or absent the continent of `iso2`.
    /// An invalid iso2 (nil) was reported already and yields nil without a second report.
    private func continentOf(iso2: String?, cell: (value: String, position: SourcePosition)?,
                             iso2Position: SourcePosition?,
                             report: (SourcePosition, String) -> Void) -> Continent? {
        let result: Result<Continent, CellProblem>
        if let cell, !cell.value.isEmpty {
            result = CellRules.continent(cell.value)
        } else if let iso2 {
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
