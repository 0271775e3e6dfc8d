import ArgumentParser
import MapJobs

/// `partnermap basemap`: build and inspect the basemaps the maps are drawn on.
struct BasemapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "basemap",
        abstract: "Build and inspect basemaps (country polygons, borders and coastlines).",
        subcommands: [Import.self, Info.self, Bench.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a basemap (high, medium and low levels) from a polygon Shapefile or GeoJSON file.",
            discussion: "Example:\n  partnermap basemap import borders.shp -o official   # then: render --basemap official")

        @Argument(help: "Input polygons on WGS 84 longitude/latitude: FILE.shp (with .shx and .dbf; .cpg, .prj checked) or FILE.geojson.")
        var input: String

        @Argument(parsing: .allUnrecognized, help: optionWordsHelp)
        var options: [String] = []

        func run() throws { try exitWith(CommandRunner.basemapImport(input: input, options)) }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a basemap's levels with feature and point counts, file sizes and sources.")

        @Argument(help: "Basemap NAME (shipped) or PATH (default: naturalearth).")
        var basemap: String?

        func run() throws { try exitWith(CommandRunner.basemapInfo(basemap)) }
    }

    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time loading each level (use a release build).", shouldDisplay: false)

        @Argument(help: "Basemap NAME (shipped) or PATH (default: naturalearth).")
        var basemap: String?

        @Option(help: "Loads per level.")
        var loads: Int = 21

        func run() throws { try exitWith(CommandRunner.basemapBench(basemap, loads: loads)) }
    }
}
