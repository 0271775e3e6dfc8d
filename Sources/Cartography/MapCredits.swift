import PartnerData

/// What a map's credit line says, from what was actually used: the table (and whether its rows
/// give their sources), the places the gazetteer found, the basemap, the projection.
package struct MapCredits: Sendable, Equatable {
    /// The table's file name.
    package var table: String
    /// Whether the table's rows give their sources (a filled source column).
    package var sourcesPerRow: Bool
    /// Whether the gazetteer placed any city (GeoNames, CC BY 4.0, is then credited).
    package var placedByGazetteer: Bool
    /// The basemap's credit: nil for the shipped Natural Earth basemap, else its own source note.
    package var basemap: String?

    package init(table: String, sourcesPerRow: Bool = true, placedByGazetteer: Bool = false, basemap: String? = nil) {
        self.table = table; self.sourcesPerRow = sourcesPerRow; self.placedByGazetteer = placedByGazetteer; self.basemap = basemap
    }

    /// The credits of `network` read from `table`, on `basemap` (nil: the shipped one).
    package init(network: Network, table: String, basemap: String?) {
        self.init(table: table, sourcesPerRow: ([network.hub] + network.partners).contains { !$0.source.isEmpty },
                  placedByGazetteer: network.placedByGazetteer > 0, basemap: basemap)
    }
}
