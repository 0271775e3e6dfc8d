import ArgumentParser
import MapJobs

/// `partnermap bench`: the project's benchmark.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the stages of making maps (medians; use a release build).")

    @Option(help: "Repetitions of each measurement.")
    var runs: Int = 7

    @OptionGroup var data: DataArguments

    func run() throws {
        try Report.run {
            print(try BenchJob(data: data.options, runs: runs).run(), terminator: "")
            return JobResult()
        }
    }
}
