/// Picks the hub row as rows arrive: the first row whose id is `hubID` when given, else the first row
/// with relation `hub`. Any other row claiming to be the hub is an error, reported at its relation field.
struct HubSelection: Sendable {
    let hubID: String?
    /// The hub's index among the table's rows, and its row.
    private var hub: (index: Int, row: ValidatedRow)?
    /// Relation fields of the other rows marked hub.
    private var otherClaims: [SourcePosition] = []

    init(hubID: String?) { self.hubID = hubID }

    mutating func consider(_ row: ValidatedRow, index: Int) {
        if hub == nil && (hubID.map { row.id == $0 } ?? (row.relation == .hub)) {
            hub = (index, row)
        } else if row.relation == .hub {
            otherClaims.append(row.relationPosition)
        }
    }

    /// The hub's row index once every row was considered, or nil: when `hubID` names no row (then
    /// `unmatched` is true: it may still be a row's name or a place, see `RawTable.hubRequest`), or
    /// when no row is marked hub, without a report, since a table may be read without one (a network
    /// needs it: `GeocodingSeam.noHub`).
    func finish(header: TableHeader, log: inout DiagnosticLog) -> Int? {
        guard let hub else { return nil }
        let name = hub.row.id.map { CellRules.quoted($0) + " " } ?? ""
        let message = hubID.map { "relation is hub but the hub chosen is \(CellRules.quoted($0)) (expected sister or friendly-exchange)" }
            ?? "a second hub row; the hub is \(name)on \(log.rowName(hub.row.line)) (expected exactly one hub row)"
        for position in otherClaims { log.report(position, message) }
        return hub.index
    }

    /// Whether a hub was asked for by id and no row has that id.
    var unmatched: Bool { hubID != nil && hub == nil }
}
