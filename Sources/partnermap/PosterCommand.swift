import ArgumentParser
import MapJobs

/// `partnermap poster`: an exhibition poster.
struct PosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poster",
        abstract: "Make an exhibition poster: title, world map, insets, legend, timeline, partner table, credits (PDF, PNG or SVG).",
        discussion: "Paper A1 portrait by default (--paper A0…A4, --landscape); PNG at 150 dpi unless --dpi says otherwise.")

    @Option(name: [.short, .long], help: ArgumentHelp("Output file: .pdf, .png or .svg.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Bleed around the paper in millimetres, with crop marks (default 0: none).", valueName: "mm"))
    var bleed: Double = 0

    @Flag(help: ArgumentHelp("Print the time each stage took to stderr.", visibility: .hidden))
    var timings = false

    @OptionGroup var data: DataArguments
    @OptionGroup var map: MapArguments

    func run() throws {
        try Report.run(timings: timings) {
            try PosterJob(data: data.options, values: map.values, bleedMM: bleed, output: output).run()
        }
    }
}
