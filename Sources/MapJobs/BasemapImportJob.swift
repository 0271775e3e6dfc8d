import Basemap
import Foundation
import OptionModel

/// `basemap import`: builds a basemap from a user's polygon file and writes its level files
/// atomically, to a NAME in geodata/basemap or to a PATH.
package enum BasemapImportJob {
    package static func run(input: String, options: BasemapImportOptions, output: String) throws -> (info: BasemapInfo, notes: [String]) {
        let location = try BasemapLocation.forWriting(output, searchDirectory: ProjectFiles.basemapSearchDirectory(), input: input)
        let built = try BasemapImporter.build(input: input, options: options)
        try location.createDirectory()
        try AtomicFile.write(built.files.map { (location.path(for: $0.level), $0.bytes) })
        return (try Basemap(location: location).info(), built.notes)
    }

    /// Opens a basemap by NAME (in geodata/basemap) or PATH.
    package static func open(_ nameOrPath: String) throws -> Basemap {
        try Basemap.open(nameOrPath: nameOrPath, searchDirectory: ProjectFiles.basemapDirectory())
    }
}

/// The options of `basemap import`, declared once for its command line.
package struct BasemapImportRequest: Sendable {
    package var output: String?
    package var options = BasemapImportOptions()
    package init() {}

    static func fields(_ key: String, _ help: String, _ set: @escaping @Sendable (inout AttributeFields, [String]) -> Void) -> Option<BasemapImportRequest> {
        Option(key: key, valueName: "fields", help: help, kind: .single, choices: [],
               assign: { r, values in set(&r.options.fields, AttributeFields.fieldList(values.last ?? "")) }, show: { _ in nil })
    }

    package static let options: [Option<BasemapImportRequest>] = [
        .optional("output", \.output, "name|path", help: "Basemap NAME (written to the shipped geodata) or PATH (DIR/NAME).", short: "o"),
        fields("iso2-field", "Fields for the ISO 3166 alpha-2 code, tried in order (comma-separated).") { $0.iso2 = $1 },
        fields("iso3-field", "Fields for the ISO 3166 alpha-3 code, tried in order (comma-separated).") { $0.iso3 = $1 },
        fields("continent-field", "Fields for the continent, tried in order (comma-separated).") { $0.continent = $1 },
        Option(key: "name-field", valueName: "[LANG=]FIELD,…",
               help: "Name fields: FIELD[,FIELD…] for English or LANG=FIELD[,FIELD…] (repeatable).", kind: .list, choices: [],
               assign: { r, values in
                   for v in values {
                       do { try r.options.fields.setNameFields(v) } catch { throw OptionError("\(error)") }
                   }
               }, show: { _ in nil }),
        .optional("low-from", \.options.lowSource, "file", help: "Separate polygon file for the low level (attributes joined from the input)."),
        .value("medium-tolerance", \.options.mediumTolerance, "km²", help: "Medium-level Visvalingam–Whyatt tolerance in km².", check: within(0...1e7)),
        .value("medium-min-area", \.options.mediumMinIslandArea, "km²", help: "Drop land masses under this many km² from the medium level.", check: within(0...1e9)),
        .value("low-tolerance", \.options.lowTolerance, "km²", help: "Low-level tolerance in km² (when low is simplified from the input).", check: within(0...1e7)),
        .value("low-min-area", \.options.lowMinIslandArea, "km²", help: "Drop land masses under this many km² from the low level (when simplified from the input).", check: within(0...1e9)),
        .value("units-per-degree", \.options.unitsPerDegree, "n", help: "Coordinate grid in units per degree.", check: within(1...10_000_000)),
        .value("source-note", \.options.sourceNote, "text", help: "Provenance text recorded in the files ahead of the generated description."),
    ]
}
