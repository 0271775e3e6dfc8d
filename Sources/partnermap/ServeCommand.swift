import ArgumentParser
import MapJobs

/// `partnermap serve`: the local table editor with a live preview.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Edit a partner table in your browser, with a live map preview and exports (a local web app).",
        discussion: """
        Starts a small web server on this computer only and prints the address to open. Edit, add or \
        remove rows, find places in the offline gazetteer, choose any map option, and export PNG, PDF, \
        SVG, HTML, GeoJSON or a poster; Save writes the table back to its file. The HTTP API is \
        described in docs/openapi.yaml (also at /openapi.yaml). Examples:
          partnermap serve --data my-partners.csv
          partnermap serve --port 8090
        """)

    @Option(help: ArgumentHelp("The table to edit (CSV, UTF-8). Default: the shipped Nanning table, which is not saved over.", valueName: "file"))
    var data: String?

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: ArgumentHelp("The address to listen on. Default: 127.0.0.1, this computer only; another address is reachable by others.", valueName: "ip"))
    var host: String = "127.0.0.1"

    func run() throws { try exitWith(CommandRunner.serve { say in try EditorServer.run(data: data, host: host, port: port, say: say) }) }
}
