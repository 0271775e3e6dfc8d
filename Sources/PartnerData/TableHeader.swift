/// The header row of a table: which field holds each known column.
struct TableHeader: Sendable {
    /// Where the header row begins.
    let start: SourcePosition
    /// How many fields every record must have.
    let fieldCount: Int
    private let indexes: [TableColumn: Int]

    /// Reads the header from `record`, reporting quoting mistakes, duplicate names and missing required columns.
    init(_ record: LocatedRecord, log: inout DiagnosticLog) {
        log.report(record.syntaxErrors)
        start = record.start
        fieldCount = record.fields.count
        var firstIndex: [String: Int] = [:]
        var indexes: [TableColumn: Int] = [:]
        for index in record.fields.indices {
            let name = record.value(at: index) ?? ""
            if let first = firstIndex[name] {
                log.report(record.position(at: index),
                           "column \(CellRules.quoted(name)) appears twice in the header, first as field \(first + 1) (expected each column name once)")
                continue
            }
            firstIndex[name] = index
            if let column = TableColumn(rawValue: name) { indexes[column] = index }
        }
        self.indexes = indexes
        let expected = TableColumn.required.map(\.rawValue).joined(separator: ", ")
        for column in TableColumn.required where indexes[column] == nil {
            log.report(start, "missing required column \"\(column.rawValue)\" (expected columns \(expected); others are optional)")
        }
    }

    /// The field index of `column`, or nil when the table lacks it.
    func index(of column: TableColumn) -> Int? { indexes[column] }
}
