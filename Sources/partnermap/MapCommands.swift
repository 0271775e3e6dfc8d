import ArgumentParser
import MapJobs

/// Help for the captured option words: the options themselves are listed after it.
let optionWordsHelp = ArgumentHelp("Options, listed below; also read from a YAML spec with --spec.", valueName: "options")

/// `partnermap render`: one map as PNG, PDF or SVG, or the network as GeoJSON.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one map of the network (PNG, PDF, SVG or an interactive HTML page, from the output's extension), or write it as GeoJSON (.geojson).",
        discussion: """
        A .geojson output holds every city as a Point and every partner's geodesic arc from the hub as \
        a LineString (a MultiLineString where it crosses the antimeridian), for GIS; the framing and \
        size options do not apply to it. A .html output is the SVG map in one self-contained web page \
        (tooltips, a year slider and a play button; no network requests); --html-fragment writes only \
        a <div> to paste into another page. Examples:
          partnermap render -o map.png
          partnermap render --color year --theme dark --lang zh -o map.pdf
          partnermap render --projection orthographic --center 108.3,22.8 -o globe.png
          partnermap render --layers arcs --background none -o arcs.png
          partnermap render --data partners.xlsx -o network.geojson
          partnermap render -o map.html
        """)

    @Flag(help: ArgumentHelp("Print the time each stage took to stderr.", visibility: .hidden))
    var timings = false

    @Argument(parsing: .allUnrecognized, help: optionWordsHelp,
              completion: .custom { CommandRunner.completions(for: .render, $0, $1, $2) })
    var options: [String] = []

    func run() throws { try exitWith(CommandRunner.run(.render, options, flags: .init(timings: timings))) }
}

/// `partnermap frames`: animation frames of the network growing year by year.
struct FramesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frames",
        abstract: "Render animation frames of the network growing year by year (PNG), optionally a video.",
        discussion: """
        Frames go to DIR/frame-0001.png …, described in DIR/frames.json. Framing, legend and labels \
        are computed once for the whole network, so they stay in place from frame to frame. With \
        --video, ffmpeg encodes the frames as they are drawn, handed to it raw (no PNG round trip); \
        without -o only the video is written. Examples:
          partnermap frames -o frames/
          partnermap frames --per-year 12 --hold 24 --video network.mp4
          partnermap frames --per-year 12 --hold 24 -o frames/ --video network.mp4
        """)

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: ArgumentHelp("Print the time each stage took to stderr.", visibility: .hidden))
    var timings = false

    @Argument(parsing: .allUnrecognized, help: optionWordsHelp,
              completion: .custom { CommandRunner.completions(for: .frames, $0, $1, $2) })
    var options: [String] = []

    func run() throws { try exitWith(CommandRunner.run(.frames, options, flags: .init(timings: timings, quiet: quiet))) }
}

/// `partnermap poster`: an exhibition poster.
struct PosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poster",
        abstract: "Make an exhibition poster: title, world map, insets, legend, timeline, partner table, credits (PDF, PNG or SVG).",
        discussion: """
        Paper A1 portrait unless told (--paper A0…A4 or B0…B5, --landscape, or --width-mm and --height-mm); PNG at 150 dpi unless --dpi says otherwise. Examples:
          partnermap poster -o poster.pdf
          partnermap poster --paper A0 --landscape --bleed 3 --lang zh+en -o poster.pdf
        """)

    @Flag(help: ArgumentHelp("Print the time each stage took to stderr.", visibility: .hidden))
    var timings = false

    @Argument(parsing: .allUnrecognized, help: optionWordsHelp,
              completion: .custom { CommandRunner.completions(for: .poster, $0, $1, $2) })
    var options: [String] = []

    func run() throws { try exitWith(CommandRunner.run(.poster, options, flags: .init(timings: timings))) }
}

/// `partnermap list`: the network as a table.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the partners: country, continent, relation, year, distance (km) and initial bearing from the hub.",
        discussion: """
        As aligned columns, or with --format csv or --format json for other programs. Example:
          partnermap list --format csv > partners.csv
        """)

    @Argument(parsing: .allUnrecognized, help: optionWordsHelp,
              completion: .custom { CommandRunner.completions(for: .list, $0, $1, $2) })
    var options: [String] = []

    func run() throws { try exitWith(CommandRunner.run(.list, options)) }
}

/// `partnermap validate`: check a table and report every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a partner table (CSV, TSV or .xlsx); print every problem as FILE:LINE:COLUMN: error: … (FILE:SHEET!CELL for a workbook) and exit non-zero if there are any.")

    @Argument(help: ArgumentHelp("The table to check (default: the Nanning table).", valueName: "file"))
    var file: String?

    @Argument(parsing: .allUnrecognized, help: optionWordsHelp,
              completion: .custom { CommandRunner.completions(for: .validate, $0, $1, $2) })
    var options: [String] = []

    func run() throws { try exitWith(CommandRunner.validate(file: file, options)) }
}

/// `partnermap geocode`: a table of names completed from the offline gazetteer.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Find the coordinates, country code and continent of a table's cities in the offline gazetteer (GeoNames), and write the completed table as CSV.",
        discussion: """
        The table (CSV, TSV or .xlsx, any encoding) needs only a name per row, in any language or script, and \
        a relation and year; a country (name or code) and a province or state column narrow the search. \
        Each place chosen is printed with its GeoNames id and population. A name that fits several \
        places comparably, or none, is reported at its cell with the candidates and left with empty \
        coordinates, and the exit is non-zero: nothing is guessed. The output adds the columns \
        geonames_id and geocode (how the row was matched: given, country, name, name+admin, \
        without-affixes, hub). Place data: GeoNames (CC BY 4.0). Examples:
          partnermap geocode partners.xlsx -o partners.csv
          partnermap geocode 友好城市.csv --hub 南宁 -o partners.csv
          partnermap geocode list.tsv --hub "Nanning, China" -o partners.csv
        """)

    @Argument(help: ArgumentHelp("The table to complete.", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the completed table (CSV).", valueName: "file"))
    var output: String

    @Argument(parsing: .allUnrecognized, help: optionWordsHelp,
              completion: .custom { CommandRunner.completions(for: .geocode, $0, $1, $2) })
    var options: [String] = []

    func run() throws { try exitWith(CommandRunner.geocode(file: file, output: output, options)) }
}

/// `partnermap bench`: the project's benchmark.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the stages of making maps (medians; use a release build).")

    @Option(help: "Repetitions of each measurement.")
    var runs: Int = 7

    @Flag(name: .customLong("no-processes"), help: "Skip the whole-process timings (start-up included).")
    var noProcesses = false

    @Argument(parsing: .allUnrecognized, help: optionWordsHelp,
              completion: .custom { CommandRunner.completions(for: .bench, $0, $1, $2) })
    var options: [String] = []

    func run() throws { try exitWith(CommandRunner.bench(runs: runs, processes: !noProcesses, options)) }
}

/// `partnermap spec`: the example spec, or a check of one.
struct SpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spec",
        abstract: "Print a commented example map spec (YAML) holding every option, or check one as the commands would.")

    @Flag(help: "Print the commented example (the default).")
    var example = false

    @Option(help: ArgumentHelp("Check a spec file: every key and value, and each command's checks.", valueName: "file"))
    var check: String?

    func run() throws { try exitWith(CommandRunner.spec(check: check)) }
}
