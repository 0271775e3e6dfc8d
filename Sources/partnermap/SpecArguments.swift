import ArgumentParser
import MapJobs

/// `--spec FILE.yml`: options read from a YAML map spec, under those of the command line.
struct SpecArguments: ParsableArguments {
    @Option(help: ArgumentHelp("A YAML map spec holding options of render, frames and poster (see `partnermap spec --example`); command-line options override it.", valueName: "file"))
    var spec: String?

    func load() throws -> SpecFile? { try spec.map(SpecFile.load) }

    /// The data options: the command line's where given, else the spec's.
    func data(_ cli: DataArguments, _ file: SpecFile?) -> DataOptions {
        var d = file?.data ?? DataOptions()
        if let t = cli.data { d.table = t }
        if let h = cli.hub { d.hubID = h }
        if let b = cli.basemap { d.basemap = b }
        return d
    }

    /// The map options: the spec's, overridden by the command line's.
    func map(_ cli: MapArguments, _ file: SpecFile?) -> MapOptionValues {
        (file?.map ?? MapOptionValues()).overridden(by: cli.values)
    }

    /// The output: the command line's, else the spec section's.
    func output(_ cli: String?, _ section: SpecFile.Section?, command: String) throws -> String {
        if let o = cli ?? section?.output { return o }
        throw ValidationError("give the output with -o FILE (or output: in the spec's \(command) section)")
    }
}

/// `partnermap spec --example`: a commented example spec.
struct SpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spec",
        abstract: "Print a commented example map spec (YAML) to start from, or check one.")

    @Flag(help: "Print the commented example.")
    var example = false

    @Option(help: ArgumentHelp("Check a spec file and say whether it is valid.", valueName: "file"))
    var check: String?

    func run() throws {
        try Report.run {
            if let check {
                _ = try SpecFile.load(check)
                print("\(check): ok")
            } else {
                print(SpecExample.text, terminator: "")
            }
            return JobResult()
        }
    }
}
