import ArgumentParser
import Foundation
import MapJobs

/// `partnermap bench`: the project's benchmark.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the stages of making maps (medians; use a release build).")

    @Option(help: "Repetitions of each measurement.")
    var runs: Int = 7

    @Flag(name: .customLong("no-processes"), help: "Skip the whole-process timings (start-up included).")
    var noProcesses = false

    @OptionGroup var data: DataArguments

    func run() throws {
        try Report.run {
            let exe = noProcesses ? nil : (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
            let report = try BenchJob(data: data.options, runs: runs, executable: exe).run { stage in
                FileHandle.standardError.write(Data("bench: \(stage)…\n".utf8))
            }
            print(report, terminator: "")
            return JobResult()
        }
    }
}
