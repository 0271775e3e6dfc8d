/// Collects the diagnostics of one table, keeping at most `limit` so that a garbage input
/// (a binary file, millions of bad fields) cannot flood memory or the terminal.
///
/// Positions are a line and column of the table's text or, for a sheet of a workbook, a row and
/// a column number, which the diagnostics then name as a cell (`Partners!C7`).
struct DiagnosticLog: Sendable {
    static let limit = 1000

    let file: String
    /// The sheet the positions are cells of; nil for a text table.
    let sheet: String?
    private var kept: [TableDiagnostic] = []
    private var unlisted = 0
    private var firstUnlisted = TableLocation.file

    init(file: String, sheet: String? = nil) { self.file = file; self.sheet = sheet }

    var isEmpty: Bool { kept.isEmpty }

    /// Where `position` is, as diagnostics name it.
    func location(_ position: SourcePosition) -> TableLocation {
        guard let sheet else { return .text(line: position.line, column: position.column) }
        return .cell(sheet: sheet, row: position.line, column: position.column)
    }

    /// "line 3", or "row 3" in a sheet: how messages name the place of another row.
    func rowName(_ line: Int) -> String { (sheet == nil ? "line " : "row ") + String(line) }

    mutating func report(_ position: SourcePosition, _ message: String) {
        report(location: location(position), message)
    }

    mutating func report(location: TableLocation, _ message: String) {
        guard kept.count < Self.limit else {
            if unlisted == 0 { firstUnlisted = location }
            unlisted += 1
            return
        }
        kept.append(TableDiagnostic(file: file, location: location, message: message))
    }

    /// Takes in the problems another log of the same table holds (those it left out counted, not listed).
    mutating func absorb(_ other: DiagnosticLog) {
        for diagnostic in other.kept { report(location: diagnostic.location, diagnostic.message) }
        if other.unlisted > 0 {
            if unlisted == 0 { firstUnlisted = other.firstUnlisted }
            unlisted += other.unlisted
        }
    }

    /// Reports each place where a record breaks the CSV quoting rules.
    mutating func report(_ errors: [CSVSyntaxError]) {
        for error in errors { report(error.position, error.message) }
    }

    /// The kept diagnostics by line and column (those at one place in the order found),
    /// then a note counting the problems left out.
    var diagnostics: [TableDiagnostic] {
        let sorted = kept.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
        guard unlisted > 0 else { return sorted }
        return sorted + [TableDiagnostic(file: file, location: firstUnlisted, message:
            "\(unlisted) more problems are not listed (expected at most \(Self.limit); fix the ones above first)")]
    }
}
