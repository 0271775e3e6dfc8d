/// Reports ids used by more than one row, at the later row, naming the first row's line.
enum DuplicateIDs {
    static func check(_ rows: [ValidatedRow], file: String, diagnostics: inout [TableDiagnostic]) {
        var firstLine: [String: Int] = [:]
        for row in rows {
            guard let id = row.id else { continue }
            if let line = firstLine[id] {
                diagnostics.append(TableDiagnostic(file: file, at: row.idPosition,
                    "duplicate id \(CellRules.quoted(id)), first used on line \(line) (expected each id once)"))
            } else {
                firstLine[id] = row.line
            }
        }
    }
}
