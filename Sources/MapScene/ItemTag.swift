/// What a run of scene items stands for: one city's marker, label or one partner's arc, or a
/// dense map's disc standing for many partners (a cluster, with its members' years). Painting
/// ignores it; an output that keeps features apart (an SVG's `data-id` and `data-year`) names
/// them by it.
package struct ItemTag: Hashable, Sendable {
    package enum Kind: String, Sendable { case city, arc, label, cluster }
    package var kind: Kind
    /// The city's id in the partner table.
    package var id: String
    /// The year the tie was signed, when known.
    package var year: Int?
    /// A cluster's members' years (nil where unknown), so an interactive page can count those shown.
    package var years: [Int?] = []
    package init(_ kind: Kind, id: String, year: Int? = nil) { self.kind = kind; self.id = id; self.year = year }
}
