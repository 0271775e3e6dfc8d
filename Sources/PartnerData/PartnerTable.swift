import Foundation

/// Reads partner tables (CSV with a header row) into networks, reporting every problem with its line and column.
public enum PartnerTable {
    /// Reads and validates the table at `path`; throws `TableErrors` listing every problem found.
    ///
    /// - Parameters:
    ///   - hubID: the id of the row to use as hub, whatever its relation says; by default the one row marked `hub`.
    ///   - currentYear: the latest year allowed in the `year` column; by default the current year (UTC).
    public static func read(path: String, hubID: String? = nil, currentYear: Int? = nil) throws -> Network {
        try read(path: path, hubID: hubID, currentYear: currentYear, limits: .standard)
    }

    static func read(path: String, hubID: String?, currentYear: Int?, limits: TableLimits) throws -> Network {
        switch TableFile.text(atPath: path, maximumBytes: limits.bytes) {
        case .success(let text):
            return try parse(text: text, file: path, hubID: hubID, currentYear: currentYear, limits: limits)
        case .failure(let diagnostic):
            throw TableErrors(diagnostics: [diagnostic])
        }
    }

    /// Validates the table `text`, naming it `file` in diagnostics; throws `TableErrors` listing every problem found.
    ///
    /// Rows are checked as they are read and only valid cities are kept, so many bad rows do not pile up in memory.
    public static func parse(text: String, file: String, hubID: String? = nil, currentYear: Int? = nil) throws -> Network {
        try parse(text: text, file: file, hubID: hubID, currentYear: currentYear, limits: .standard)
    }

    static func parse(text: String, file: String, hubID: String?, currentYear: Int?, limits: TableLimits) throws -> Network {
        var log = DiagnosticLog(file: file)
        if let tooLarge = TableFile.sizeProblem(bytes: text.utf8.count, maximum: limits.bytes) {
            log.report(.start, tooLarge)
            throw TableErrors(diagnostics: log.diagnostics)
        }
        var records = RecordReader(text: text)
        guard let headerRecord = records.next() else {
            let columns = TableColumn.required.map(\.rawValue).joined(separator: ",")
            log.report(.start, "the table is empty (expected a header row: \(columns))")
            throw TableErrors(diagnostics: log.diagnostics)
        }
        let header = TableHeader(headerRecord, log: &log)
        let validator = RowValidator(header: header, currentYear: currentYear ?? thisYear(), limits: limits)
        var ids = DuplicateIDs()
        var hubs = HubSelection(hubID: hubID)
        var cities: [City] = []
        for (index, record) in records.enumerated() {
            guard index < limits.rows else {
                log.report(record.start, "the table has more than \(limits.rows) rows (expected at most \(limits.rows) rows, the hub's included)")
                throw TableErrors(diagnostics: log.diagnostics)
            }
            let row = validator.validate(record, log: &log)
            ids.check(row, log: &log)
            hubs.consider(row, index: index)
            if let city = row.city, log.isEmpty { cities.append(city) }
        }
        let hub = hubs.finish(header: header, log: &log)
        guard log.isEmpty, let hub, cities.indices.contains(hub) else { throw TableErrors(diagnostics: log.diagnostics) }
        var partners = cities
        var hubCity = partners.remove(at: hub)
        hubCity.relation = .hub
        return Network(hub: hubCity, partners: partners, source: file)
    }

    /// The current calendar year in UTC.
    static func thisYear() -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar.component(.year, from: Date())
    }
}
