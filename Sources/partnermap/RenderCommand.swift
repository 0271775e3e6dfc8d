import ArgumentParser
import MapJobs

/// `partnermap render`: one map as PNG, PDF or SVG.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one map of the network (PNG, PDF or SVG, from the output's extension).")

    @Option(name: [.short, .long], help: ArgumentHelp("Output file: .png, .pdf or .svg.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("label-report"), help: ArgumentHelp("Also write a JSON report of every label: text, box, placed/displaced/dropped, leader line.", valueName: "file"))
    var labelReport: String?

    @Flag(help: ArgumentHelp("Print the time each stage took to stderr.", visibility: .hidden))
    var timings = false

    @OptionGroup var specFile: SpecArguments
    @OptionGroup var data: DataArguments
    @OptionGroup var map: MapArguments

    func run() throws {
        try Report.run(timings: timings) {
            let file = try specFile.load()
            let out = try specFile.output(output, file?.render, command: "render")
            let spec = try SpecBuilder.build(specFile.map(map, file))
            let report = labelReport ?? file?.render.values["label-report"]?.text
            return try RenderJob(data: specFile.data(data, file), spec: spec, output: out, labelReport: report).run()
        }
    }
}
