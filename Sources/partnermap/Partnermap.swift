import ArgumentParser
import MapJobs

/// The `partnermap` command: with no arguments it renders the default map set into out/.
@main
struct Partnermap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnermap",
        abstract: "Maps of partner-city networks: great-circle arcs from a hub to its partners.",
        discussion: "Run without a subcommand to render the default Nanning maps into out/.",
        version: PartnermapInfo.version,
        subcommands: [BasemapCommand.self])

    mutating func run() throws {
        print("partnermap \(PartnermapInfo.version)")
    }
}
