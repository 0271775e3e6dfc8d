/// Collects the diagnostics of one table, keeping at most `limit` so that a garbage input
/// (a binary file, millions of bad fields) cannot flood memory or the terminal.
struct DiagnosticLog: Sendable {
    static let limit = 1000

    let file: String
    private var kept: [TableDiagnostic] = []
    private var unlisted = 0
    private var firstUnlisted = SourcePosition.start

    init(file: String) { self.file = file }

    var isEmpty: Bool { kept.isEmpty }

    mutating func report(_ position: SourcePosition, _ message: String) {
        guard kept.count < Self.limit else {
            if unlisted == 0 { firstUnlisted = position }
            unlisted += 1
            return
        }
        kept.append(TableDiagnostic(file: file, at: position, message))
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
        return sorted + [TableDiagnostic(file: file, at: firstUnlisted,
            "\(unlisted) more problems are not listed (expected at most \(Self.limit); fix the ones above first)")]
    }
}
