/// Builds a table from its records as they come (a CSV text's, or a sheet's while its XML is
/// parsed): the first is the header; each row's cells are checked at once and the row kept while
/// no problem is found; at the end, ids are made for the rows without one, and duplicate ids and
/// the hub are found.
struct TableAssembler {
    private(set) var log: DiagnosticLog
    /// What the rows lack to be a network (coordinates, continents, a hub): only reported with
    /// the table's own problems, or by `Network(from:)`.
    private var seam: DiagnosticLog
    private let notes: [String]
    private let hubID: String?
    private let currentYear: Int
    private let limits: TableLimits
    private let date1904: Bool
    private var header: TableHeader?
    private var validator: RowValidator?
    private var identities: [ValidatedRow] = []
    private var rows: [TableRow] = []
    /// Reading stopped at a problem after which nothing is checked (too many rows, a broken file).
    private var stopped = false

    init(log: DiagnosticLog, notes: [String], hubID: String?, currentYear: Int?, limits: TableLimits, date1904: Bool = false) {
        self.log = log
        seam = DiagnosticLog(file: log.file, sheet: log.sheet)
        self.notes = notes; self.hubID = hubID; self.limits = limits; self.date1904 = date1904
        self.currentYear = currentYear ?? PartnerTable.thisYear()
    }

    /// Takes the next record; false when no more should be given (the row limit is passed).
    mutating func add(_ record: LocatedRecord) -> Bool {
        guard !stopped else { return false }
        if record.isBlankLine { return true }
        guard let validator else {
            let header = TableHeader(record, log: &log)
            self.header = header
            var validator = RowValidator(header: header, currentYear: currentYear, limits: limits)
            validator.date1904 = date1904
            self.validator = validator
            return true
        }
        guard identities.count < limits.rows else {
            log.report(record.start, "the table has more than \(limits.rows) rows (expected at most \(limits.rows) rows, the hub's included)")
            stopped = true
            return false
        }
        var validated = validator.validate(record, log: &log, seam: &seam)
        if let row = validated.row, log.isEmpty { rows.append(row) }
        validated.row = nil
        identities.append(validated)
        return true
    }

    /// Reports a problem that ends the reading (the rest of the file cannot be read).
    mutating func fail(at location: TableLocation, _ message: String) {
        log.report(location: location, message)
        stopped = true
    }

    func finish() -> PartnerTable.Reading {
        var log = log, seam = seam
        // A table read only in part has only the problem that stopped it, and those before.
        if stopped { return PartnerTable.Reading(table: nil, log: log, seam: DiagnosticLog(file: log.file, sheet: log.sheet)) }
        guard let header else {
            log.report(.start, "the table is empty (expected a header row with columns name_en (or another name), relation and year)")
            return PartnerTable.Reading(table: nil, log: log, seam: seam)
        }
        var identities = identities
        // Ids for the rows without one, clear of every id the table gives.
        let derived = DerivedIDs.assign(
            names: identities.enumerated().compactMap { $1.id == nil ? ($0, $1.name, $1.line) : nil },
            taken: Set(identities.compactMap(\.id)))
        var ids = DuplicateIDs()
        var hubs = HubSelection(hubID: hubID)
        for index in identities.indices {
            ids.check(identities[index], log: &log)
            if let id = derived[index] { identities[index].id = id }
            hubs.consider(identities[index], index: index)
        }
        let hub = hubs.finish(header: header, log: &log)
        if hub == nil && hubID == nil && header.index(of: .relation) != nil { seam.report(header.start, GeocodingSeam.noHub) }
        if let hubID, hubs.unmatched { seam.report(header.start, GeocodingSeam.unmatchedHub(hubID, example: identities.first?.id)) }
        guard log.isEmpty, rows.count == identities.count else { return PartnerTable.Reading(table: nil, log: log, seam: seam) }
        var rows = rows
        for (index, id) in derived {
            rows[index].id = id
            rows[index].idIsDerived = true
        }
        var table = RawTable(file: log.file, rows: rows, hubIndex: hub, headerLocation: log.location(header.start), notes: notes)
        if hubs.unmatched { table.hubRequest = hubID }
        return PartnerTable.Reading(table: table, log: log, seam: seam)
    }
}
