import Testing
@testable import PartnerData

/// The required columns, in the order the test tables use.
let header = "id,name_en,country,iso2,lat,lon,relation,year"
/// A valid hub row (line 2 of `table`).
let hubRow = "nanning,Nanning,China,CN,22.8167,108.3167,hub,"
/// A valid partner row; its fields start at columns 1, 8, 15, 22, 25, 33, 42, 49.
let banjulRow = "banjul,Banjul,Gambia,GM,13.4527,-16.5780,sister,1987"

/// A table of `header`, `hubRow` and `rows`, one per line (so `rows[0]` is on line 3).
func table(_ rows: String...) -> String {
    ([header, hubRow] + rows).joined(separator: "\n") + "\n"
}

/// Parses `text` as "t.csv" with current year 2025, expecting it to fail; returns its diagnostics.
func diagnostics(_ text: String, hubID: String? = nil, currentYear: Int = 2025,
                 sourceLocation: SourceLocation = #_sourceLocation) -> [TableDiagnostic] {
    do {
        _ = try PartnerTable.parse(text: text, file: "t.csv", hubID: hubID, currentYear: currentYear)
        Issue.record("expected the table to be rejected", sourceLocation: sourceLocation)
    } catch let errors as TableErrors {
        return errors.diagnostics
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
    return []
}

/// The single diagnostic for `text` as (line, column, message).
func onlyProblem(_ text: String, hubID: String? = nil, currentYear: Int = 2025,
                 sourceLocation: SourceLocation = #_sourceLocation) -> (line: Int, column: Int, message: String)? {
    let found = diagnostics(text, hubID: hubID, currentYear: currentYear, sourceLocation: sourceLocation)
    #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
    return found.first.map { ($0.line, $0.column, $0.message) }
}

/// Parses `text` as "t.csv" with current year 2025.
func network(_ text: String, hubID: String? = nil) throws -> Network {
    try PartnerTable.parse(text: text, file: "t.csv", hubID: hubID, currentYear: 2025)
}
