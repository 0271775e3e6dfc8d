import ArgumentParser
import Basemap
import Foundation
import MapJobs

/// `partnermap basemap`: build and inspect the basemaps the maps are drawn on.
struct BasemapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "basemap",
        abstract: "Build and inspect basemaps (country polygons, borders and coastlines).",
        subcommands: [Import.self, Info.self, Bench.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a basemap (high, medium and low levels) from a polygon Shapefile or GeoJSON file.")

        @Argument(help: "Input polygons on WGS 84 longitude/latitude: FILE.shp (with .shx and .dbf; .cpg, .prj checked) or FILE.geojson.")
        var input: String

        @Option(name: .shortAndLong, help: "Basemap NAME (written to geodata/basemap) or PATH (DIR/NAME).")
        var output: String

        @Option(help: "Fields for the ISO 3166 alpha-2 code, tried in order (comma-separated).")
        var iso2Field: String?

        @Option(help: "Fields for the ISO 3166 alpha-3 code, tried in order (comma-separated).")
        var iso3Field: String?

        @Option(help: "Fields for the continent, tried in order (comma-separated).")
        var continentField: String?

        @Option(help: "Name fields: FIELD[,FIELD…] for English or LANG=FIELD[,FIELD…] (repeatable).")
        var nameField: [String] = []

        @Option(help: "Separate polygon file for the low level (attributes joined from the input).")
        var lowFrom: String?

        @Option(help: "Medium-level Visvalingam–Whyatt tolerance in km².")
        var mediumTolerance: Double?

        @Option(help: "Drop land masses under this many km² from the medium level.")
        var mediumMinArea: Double?

        @Option(help: "Low-level tolerance in km² (when low is simplified from the input).")
        var lowTolerance: Double?

        @Option(help: "Drop land masses under this many km² from the low level (when simplified from the input).")
        var lowMinArea: Double?

        @Option(help: "Coordinate grid in units per degree.")
        var unitsPerDegree: Int?

        @Option(help: "Provenance text recorded in the files ahead of the generated description.")
        var sourceNote: String?

        func run() throws {
            try Report.run {
                var options = BasemapImportOptions()
                if let iso2Field { options.fields.iso2 = AttributeFields.fieldList(iso2Field) }
                if let iso3Field { options.fields.iso3 = AttributeFields.fieldList(iso3Field) }
                if let continentField { options.fields.continent = AttributeFields.fieldList(continentField) }
                for option in nameField { try options.fields.setNameFields(option) }
                options.lowSource = lowFrom
                if let mediumTolerance { options.mediumTolerance = mediumTolerance }
                if let mediumMinArea { options.mediumMinIslandArea = mediumMinArea }
                if let lowTolerance { options.lowTolerance = lowTolerance }
                if let lowMinArea { options.lowMinIslandArea = lowMinArea }
                if let unitsPerDegree { options.unitsPerDegree = unitsPerDegree }
                if let sourceNote { options.sourceNote = sourceNote }
                let result = try BasemapImportJob.run(input: input, options: options, output: output)
                for note in result.notes { print("note: \(note)") }
                print(result.info.report)
                return JobResult()
            }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a basemap's levels with feature and point counts, file sizes and sources.")

        @Argument(help: "Basemap NAME (in geodata/basemap) or PATH.")
        var basemap: String = Basemap.defaultName

        func run() throws {
            try Report.run { print(try BasemapImportJob.open(basemap).info().report); return JobResult() }
        }
    }

    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time loading each level (use a release build).", shouldDisplay: false)

        @Argument(help: "Basemap NAME (in geodata/basemap) or PATH.")
        var basemap: String = Basemap.defaultName

        @Option(help: "Loads per level.")
        var loads: Int = 21

        func run() throws {
            try Report.run {
                let opened = try BasemapImportJob.open(basemap)
                print(try BasemapBenchmark.run(opened, levels: opened.availableLevels, repetitions: loads))
                return JobResult()
            }
        }
    }
}
