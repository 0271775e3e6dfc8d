import ArgumentParser
import Foundation
import MapJobs

/// The `partnermap` command: with no subcommand it renders the default map set into out/.
@main
struct Partnermap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnermap",
        abstract: "Maps of partner-city networks: great-circle arcs from a hub to its partners.",
        discussion: "Run without a subcommand to render the default Nanning maps into ./out.",
        version: PartnermapInfo.version,
        subcommands: [RenderCommand.self, FramesCommand.self, PosterCommand.self, SpecCommand.self, ListCommand.self, ValidateCommand.self, BasemapCommand.self, BenchCommand.self])

    func run() throws {
        try Report.run {
            let dir = FileManager.default.currentDirectoryPath + "/out"
            return try DefaultMapSet.render(into: dir)
        }
    }
}
