import ArgumentParser
import MapJobs

/// `partnermap poster`: an exhibition poster.
struct PosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poster",
        abstract: "Make an exhibition poster: title, world map, insets, legend, timeline, partner table, credits (PDF, PNG or SVG).",
        discussion: "Paper A1 portrait by default (--paper A0…A4, --landscape); PNG at 150 dpi unless --dpi says otherwise.")

    @Option(name: [.short, .long], help: ArgumentHelp("Output file: .pdf, .png or .svg.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Bleed around the paper in millimetres, with crop marks (default 0: none).", valueName: "mm"))
    var bleed: Double?

    @Flag(help: ArgumentHelp("Print the time each stage took to stderr.", visibility: .hidden))
    var timings = false

    @OptionGroup var specFile: SpecArguments
    @OptionGroup var data: DataArguments
    @OptionGroup var map: MapArguments

    func run() throws {
        try Report.run(timings: timings) {
            let file = try specFile.load()
            let out = try specFile.output(output, file?.poster, command: "poster")
            var values = specFile.map(map, file)
            // A spec's pixel size is for render and frames; a poster is sized by its paper.
            if map.size == nil, file?.map.size != nil { values.size = nil }
            let fromSpec = try file.flatMap { f in try f.number(f.poster, "bleed", path: specFile.spec ?? "") }
            return try PosterJob(data: specFile.data(data, file), values: values, bleedMM: bleed ?? fromSpec ?? 0, output: out).run()
        }
    }
}
