/// Reports ids used by more than one row, at the later row, naming the first row's line.
struct DuplicateIDs: Sendable {
    private var firstLine: [String: Int] = [:]

    mutating func check(_ row: ValidatedRow, log: inout DiagnosticLog) {
        guard let id = row.id else { return }
        if let line = firstLine[id] {
            log.report(row.idPosition, "duplicate id \(CellRules.quoted(id)), first used on \(log.rowName(line)) (expected each id once)")
        } else {
            firstLine[id] = row.line
        }
    }
}
