/// The header row of a table: which field holds each known column.
struct TableHeader: Sendable {
    /// Where the header row begins.
    let start: SourcePosition
    /// How many fields every record must have.
    let fieldCount: Int
    private let indexes: [TableColumn: Int]

    /// Reads the header from `record`, its names compared as `TableColumn.named` does, reporting
    /// quoting mistakes, a column named twice (once by an alias) and missing required columns.
    init(_ record: LocatedRecord, log: inout DiagnosticLog) {
        log.report(record.syntaxErrors)
        start = record.start
        // A sheet's header ends at its last filled cell.
        var fieldCount = record.fields.count
        if record.isSheetRow {
            while fieldCount > 0, record.value(at: fieldCount - 1)?.isEmpty != false { fieldCount -= 1 }
        }
        self.fieldCount = fieldCount
        var first: [String: (index: Int, name: String)] = [:]
        var indexes: [TableColumn: Int] = [:]
        for index in 0..<fieldCount {
            let name = record.value(at: index) ?? ""
            guard !name.isEmpty else { continue }
            let column = TableColumn.named(name)
            let key = column?.rawValue ?? TableColumn.headerKey(name)
            if let earlier = first[key] {
                let what = TableColumn.headerKey(earlier.name) == TableColumn.headerKey(name)
                    ? "column \(CellRules.quoted(name)) appears twice in the header, first as field \(earlier.index + 1)"
                    : "column \(CellRules.quoted(name)) names \(key) again, like field \(earlier.index + 1) \(CellRules.quoted(earlier.name))"
                log.report(record.position(at: index), what + " (expected each column name once)")
                continue
            }
            first[key] = (index, name)
            if let column { indexes[column] = index }
        }
        self.indexes = indexes
        if !TableColumn.cityNames.contains(where: { indexes[$0.1] != nil }) {
            log.report(start, "no column of city names (expected a column name_en, name_zh, name_vi or name_th, "
                + "or one called Name, City, 城市, Thành phố or เมือง)")
        }
        for column in TableColumn.required where indexes[column] == nil {
            log.report(start, "missing required column \"\(column.rawValue)\" (expected columns for the name, relation and year; "
                + "id, country, iso2, lat and lon are optional)")
        }
    }

    /// The field index of `column`, or nil when the table lacks it.
    func index(of column: TableColumn) -> Int? { indexes[column] }
}
