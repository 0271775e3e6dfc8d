/// Picks the hub row: the row whose id is `hubID` when given, else the one row with relation `hub`.
enum HubSelection {
    /// The index of the hub in `rows`, or nil after reporting why there is none.
    /// Rows that also claim to be the hub are reported at their relation field.
    static func select(in rows: [ValidatedRow], hubID: String?, header: TableHeader, file: String,
                       diagnostics: inout [TableDiagnostic]) -> Int? {
        func report(_ position: SourcePosition, _ message: String) {
            diagnostics.append(TableDiagnostic(file: file, at: position, message))
        }
        let claimants = rows.indices.filter { rows[$0].relation == .hub }
        if let hubID {
            guard let hub = rows.firstIndex(where: { $0.id == hubID }) else {
                let example = rows.first { $0.id != nil }?.id.map { ", such as \(CellRules.quoted($0))" } ?? ""
                report(header.start, "the hub \(CellRules.quoted(hubID)) is not an id in the table (expected one of its ids\(example))")
                return nil
            }
            for index in claimants where index != hub {
                report(rows[index].relationPosition,
                       "relation is hub but the hub chosen is \(CellRules.quoted(hubID)) (expected sister or friendly-exchange)")
            }
            return hub
        }
        guard let hub = claimants.first else {
            if header.index(of: .relation) != nil {
                report(header.start, "no row has relation hub (expected exactly one hub row)")
            }
            return nil
        }
        let hubName = rows[hub].id.map { CellRules.quoted($0) + " " } ?? ""
        for index in claimants.dropFirst() {
            report(rows[index].relationPosition,
                   "a second hub row; the hub is \(hubName)on line \(rows[hub].line) (expected exactly one hub row)")
        }
        return hub
    }
}
