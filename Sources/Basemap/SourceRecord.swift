import MapGeometry

/// A polygon feature as read from an input file, before its attributes are mapped.
struct SourceRecord {
    /// Where it is in its file: `record 3` (shapefile, 1-based) or `features[2]` (GeoJSON).
    var label: String
    var properties: [String: String]
    /// Polygons as rings of points without the closing point; the first ring of each is the exterior.
    var polygons: [[[LonLat]]]
}

/// The polygon features of one input file.
struct SourceFile {
    var path: String
    /// Attribute names in file order.
    var fieldNames: [String]
    var records: [SourceRecord]
    /// Things the reader wants the user told (such as a shapefile without a `.prj`).
    var notes: [String] = []

    /// The attribute name matching `name`, exactly or else ignoring case.
    func field(named name: String) -> String? {
        if fieldNames.contains(name) { return name }
        let wanted = name.lowercased()
        return fieldNames.first { $0.lowercased() == wanted }
    }
}
