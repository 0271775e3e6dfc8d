import Foundation

/// How `BasemapImporter` builds a basemap; the defaults are those the bundled Natural Earth basemap uses.
package struct BasemapImportOptions: Sendable {
    package var fields: AttributeFields = .standard
    /// A separate polygon file for the `low` level; its features take the attributes of the matching
    /// input features. Without it, `low` is simplified from the input.
    package var lowSource: String?
    /// Visvalingam–Whyatt tolerance (km² of effective triangle area) for `medium`: about 0.5 px² at
    /// 30 px/°, where `DetailLevel.automatic` switches to `high`; brings Natural Earth 1:10m to ~134k points.
    package var mediumTolerance = 7.0
    /// Land masses below this area (km²) are dropped from `medium` (about 1 px across at 30 px/°).
    package var mediumMinIslandArea = 20.0
    /// Tolerance (km²) for `low` when it is simplified from the input (about 0.4 px² at 6 px/°).
    package var lowTolerance = 150.0
    /// Land masses below this area (km²) are dropped from `low` when it is simplified from the input
    /// (about 1.7 px across at 6 px/°).
    package var lowMinIslandArea = 1000.0
    /// Grid units per degree: 100,000 stores coordinates to 1e-5° (about 1.1 m).
    package var unitsPerDegree = 100_000
    /// Provenance recorded in every level file ahead of the generated description.
    package var sourceNote = ""

    package init() {}
}

/// The three encoded level files of a basemap, not yet written.
package struct BuiltBasemap: Sendable {
    /// Encoded files in the order low, medium, high.
    package var files: [(level: DetailLevel, bytes: [UInt8])]
    /// Things worth telling the user (dropped degenerate rings, low features matched to nothing).
    package var notes: [String]
}

/// Builds basemaps in the compact format from a polygon Shapefile or GeoJSON file.
package enum BasemapImporter {
    /// Reads the input (and the low-detail source, if any) and encodes the three levels.
    package static func build(input: String, options: BasemapImportOptions = BasemapImportOptions()) throws -> BuiltBasemap {
        guard (1...10_000_000).contains(options.unitsPerDegree) else {
            throw BasemapError(file: input, "grid of \(options.unitsPerDegree) units per degree is outside 1...10,000,000")
        }
        for (name, value) in [("medium tolerance", options.mediumTolerance), ("medium island area", options.mediumMinIslandArea),
                              ("low tolerance", options.lowTolerance), ("low island area", options.lowMinIslandArea)]
        where !(value.isFinite && value >= 0) {
            throw BasemapError(file: input, "\(name) must be a non-negative number of km², got \(value)")
        }
        var notes: [String] = []
        let quantizer = Quantizer(unitsPerDegree: options.unitsPerDegree)
        let high = try readFeatures(input, fields: options.fields, notes: &notes)
        let highTopology = topology(of: high, quantizer: quantizer, file: input, notes: &notes)
        let selection = LevelSelection(topology: highTopology, unitsPerDegree: options.unitsPerDegree)

        var levels: [(DetailLevel, LevelGeometry, Double, Double, String)] = []
        var description: [String] = []
        let inputName = URL(fileURLWithPath: input).lastPathComponent
        if let lowSource = options.lowSource {
            let joined = AttributeJoin.join(low: try readFeatures(lowSource, fields: options.fields, strict: false, notes: &notes),
                                            high: high)
            if !joined.unmatched.isEmpty {
                notes.append("\(lowSource): kept own attributes for features matching none in \(input): "
                    + joined.unmatched.joined(separator: ", "))
            }
            let lowTopology = topology(of: joined.features, quantizer: quantizer, file: lowSource, notes: &notes)
            let lowSelection = LevelSelection(topology: lowTopology, unitsPerDegree: options.unitsPerDegree)
            levels.append((.low, lowSelection.level(tolerance: 0, minIslandArea: 0), 0, 0, lowSource))
            description.append("low: \(URL(fileURLWithPath: lowSource).lastPathComponent), \(joined.features.count) features, "
                + "attributes joined from the high level by iso3, English name or location")
        } else {
            levels.append((.low, selection.level(tolerance: options.lowTolerance, minIslandArea: options.lowMinIslandArea),
                           options.lowTolerance, options.lowMinIslandArea, input))
            description.append("low: high simplified (Visvalingam–Whyatt \(options.lowTolerance) km², "
                + "land masses under \(options.lowMinIslandArea) km² dropped)")
        }
        levels.append((.medium, selection.level(tolerance: options.mediumTolerance, minIslandArea: options.mediumMinIslandArea),
                       options.mediumTolerance, options.mediumMinIslandArea, input))
        description.append("medium: high simplified (Visvalingam–Whyatt \(options.mediumTolerance) km², "
            + "land masses under \(options.mediumMinIslandArea) km² dropped)")
        levels.append((.high, selection.level(tolerance: 0, minIslandArea: 0), 0, 0, input))
        description.append("high: \(inputName), \(high.count) features, "
            + "grid of 1/\(options.unitsPerDegree)°, arcs shared between neighbours")

        let note = options.sourceNote.trimmingCharacters(in: .whitespacesAndNewlines)
        let sources = ((note.isEmpty ? [] : [note]) + description.reversed()).joined(separator: "\n")
        let files = try levels.map { level, geometry, tolerance, minArea, source in
            (level, try CompactEncoder.encode(geometry, level: level, unitsPerDegree: options.unitsPerDegree,
                                              tolerance: tolerance, minIslandArea: minArea, sources: sources, file: source))
        }
        return BuiltBasemap(files: files, notes: notes)
    }

    /// The input's polygon features with mapped attributes; `strict` requires given fields to exist.
    /// The reader's notes are added to `notes`.
    static func readFeatures(_ path: String, fields: AttributeFields, strict: Bool = true,
                             notes: inout [String]) throws -> [MappedFeature] {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let file: SourceFile
        switch ext {
        case "shp": file = try ShapefileReader.read(path: path)
        case "geojson", "json": file = try GeoJSONReader.read(path: path)
        default: throw BasemapError(file: path, "unsupported input type '.\(ext)' (expected .shp, .geojson or .json)")
        }
        let resolved = try fields.resolve(in: file, strict: strict)
        let features = file.records.map { MappedFeature(attributes: resolved.attributes(of: $0), polygons: $0.polygons) }
        guard !features.isEmpty else { throw BasemapError(file: path, "no polygon features") }
        notes += file.notes
        return features
    }

    private static func topology(of features: [MappedFeature], quantizer: Quantizer, file: String,
                                 notes: inout [String]) -> Topology {
        var dropped = 0
        let grid = features.map { feature in
            let cleaned = quantizer.polygons(feature.polygons)
            dropped += cleaned.dropped
            return GridFeature(attributes: feature.attributes, polygons: cleaned.polygons)
        }
        if dropped > 0 {
            notes.append("\(file): dropped \(dropped) degenerate ring(s) (fewer than 3 distinct points or zero area) "
                + "on the grid of 1/\(quantizer.unitsPerDegree)°")
        }
        return Topology(features: grid, unitsPerDegree: quantizer.unitsPerDegree)
    }
}
