import ArgumentParser
import MapJobs
import PartnerData

/// `partnermap list`: the network as a table.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the partners: country, continent, relation, year, distance (km) and initial bearing from the hub.")

    @OptionGroup var data: DataArguments

    func run() throws {
        try Report.run {
            let network = try PartnerTable.read(path: data.data ?? ProjectFiles.defaultTablePath(), hubID: data.hub)
            print(ListJob.table(network), terminator: "")
            return JobResult()
        }
    }
}

/// `partnermap validate`: check a table and report every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a partner table; print every problem as FILE:LINE:COLUMN: error: … and exit non-zero if there are any.")

    @Argument(help: ArgumentHelp("The table to check (default: the Nanning table).", valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Id of the hub row.", valueName: "id"))
    var hub: String?

    func run() throws {
        try Report.run {
            let path = try file ?? ProjectFiles.defaultTablePath()
            let network = try PartnerTable.read(path: path, hubID: hub)
            print("\(path): ok: hub \(network.hub.nameEN), \(network.partners.count) partners")
            return JobResult()
        }
    }
}
