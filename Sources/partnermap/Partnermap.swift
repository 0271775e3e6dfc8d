import ArgumentParser
import Foundation
import MapJobs

/// The `partnermap` command: with no subcommand it renders the default map set into out/.
@main
struct Partnermap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnermap",
        abstract: "Maps of partner-city networks: great-circle arcs from a hub to its partners.",
        discussion: """
        Run without a subcommand to render the default Nanning maps into ./out. Examples:
          partnermap render -o map.png
          partnermap render --data my.csv --hub rome --lang zh -o rome.pdf
          partnermap frames --per-year 12 -o frames/ --video network.mp4
          partnermap poster --paper A0 --bleed 3 -o poster.pdf
        """,
        version: PartnermapInfo.version,
        subcommands: [RenderCommand.self, FramesCommand.self, PosterCommand.self, BatchCommand.self, ServeCommand.self, SpecCommand.self, ListCommand.self, GeocodeCommand.self,
                      ValidateCommand.self, BasemapCommand.self, BenchCommand.self])

    /// Parses and runs; a command's help gets its option model's sections after ArgumentParser's own.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let status = exitCode(for: error)
            if status == .success, let extra = OptionSections.forHelp(arguments) {
                Terminal.output(fullMessage(for: error))
                Terminal.output("\n" + extra, terminator: "")
                Foundation.exit(0)
            }
            guard status != .success else { exit(withError: error) }
            // A usage error echoes the words it was given: printed escaped, like every message.
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.error(message) }
            Foundation.exit(status.rawValue)
        }
    }

    func run() throws { try exitWith(CommandRunner.defaultSet()) }
}

/// Throws the exit status a command returned, when it is not 0.
func exitWith(_ status: Int32) throws {
    if status != 0 { throw ExitCode(status) }
}

/// Which option sections a help request shows, from its words (`render --help`, `help poster`).
enum OptionSections {
    static func forHelp(_ arguments: [String]) -> String? {
        guard arguments.contains(where: { ["-h", "--help", "-help"].contains($0) }) || arguments.first == "help" else { return nil }
        let words = arguments.filter { !$0.hasPrefix("-") && $0 != "help" }
        if words.first == "basemap" && words.dropFirst().first == "import" { return CommandRunner.basemapImportHelp }
        guard let name = words.first, let command = MapCommand(rawValue: name) else { return nil }
        return CommandRunner.help(for: command)
    }
}
