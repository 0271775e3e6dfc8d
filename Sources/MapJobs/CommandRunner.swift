import Basemap
import Foundation
import OptionModel
import PartnerData

/// Runs the tool's commands from their option words and reports to the user: what was written
/// on stdout, warnings and errors on stderr (through `Terminal`, which escapes control
/// characters), an exit status (0 or 1); never a stack trace.
package enum CommandRunner {
    /// How much to report.
    package struct Flags: Sendable {
        /// Print the time each stage took to stderr.
        package var timings: Bool
        /// Print nothing but errors.
        package var quiet: Bool
        package init(timings: Bool = false, quiet: Bool = false) { self.timings = timings; self.quiet = quiet }
    }

    /// Runs render, frames, poster or list with their option words.
    package static func run(_ command: MapCommand, _ words: [String], flags: Flags = Flags()) -> Int32 {
        report(flags) {
            let o = try MapOptions.parse(command, arguments: words)
            switch command {
            case .render: return try RenderJob(options: o).run()
            case .frames:
                let progress = flags.quiet ? nil : ProgressReporter(what: "frames")
                let encoded = flags.quiet ? nil : ProgressReporter(what: "encoded")
                return try FramesJob(options: o).run(progress: { done, total, seconds in progress?.update(done, total, seconds) },
                                                     encoding: { done, total in encoded?.update(done, total) })
            case .poster: return try PosterJob(options: o).run()
            case .list:
                let network = try o.data.network()
                Terminal.output(ListJob.text(network, format: o.list.format), terminator: "")
                var result = JobResult()
                result.notes = network.notes
                return result
            case .validate: return try validate(o, file: nil)
            case .geocode: throw JobError("give the table and the output: partnermap geocode FILE -o OUT.csv")
            case .bench: return try bench(o, runs: 7, processes: true)
            }
        }
    }

    /// `validate [FILE]`: checks a table and says what it holds.
    package static func validate(file: String?, _ words: [String]) -> Int32 {
        report(Flags()) { try validate(try MapOptions.parse(.validate, arguments: words), file: file) }
    }

    static func validate(_ o: MapOptions, file: String?) throws -> JobResult {
        var data = o.data
        if let file { data.table = .file(file) }
        let network = try data.network()
        let name = try file ?? ProjectFiles.defaultTablePath()
        let n = network.partners.count
        Terminal.output("\(name): ok: hub \(network.hub.nameEN), \(n) \(n == 1 ? "partner" : "partners")")
        var result = JobResult()
        result.notes = network.notes
        return result
    }

    /// `geocode FILE -o OUT`: the table completed from the gazetteer.
    package static func geocode(file: String, output: String, _ words: [String]) -> Int32 {
        report(Flags()) { try GeocodeJob.run(try MapOptions.parse(.geocode, arguments: words), input: file, output: output) }
    }

    /// `bench`: the project's benchmark, whole processes timed with `executable`.
    package static func bench(runs: Int, processes: Bool, _ words: [String]) -> Int32 {
        report(Flags()) { try bench(try MapOptions.parse(.bench, arguments: words), runs: runs, processes: processes) }
    }

    static func bench(_ o: MapOptions, runs: Int, processes: Bool) throws -> JobResult {
        let exe = processes ? ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]) : nil
        let report = try BenchJob(data: o.data, runs: runs, executable: exe).run { stage in
            Terminal.error("bench: \(stage)…")
        }
        Terminal.output(report, terminator: "")
        return JobResult()
    }

    /// `batch SPEC -o DIR`: every job of a batch spec; the summary on stdout, each failure on
    /// stderr, exit 1 when any job failed.
    package static func batch(spec: String, output: String, jobs: Int?, shard: String?, force: Bool, quiet: Bool) -> Int32 {
        report(Flags(quiet: quiet)) {
            var run = BatchJob(spec: try BatchSpec.load(spec), directory: output)
            if let jobs {
                guard jobs >= 1 else { throw JobError("--jobs takes a number of jobs at once, at least 1 (got \(jobs))") }
                run.workers = jobs
            }
            run.shard = try shard.map(BatchShard.init)
            run.force = force
            let bar = quiet ? nil : ProgressReporter(what: "jobs", unit: "jobs")
            let outcome = try run.run { done, total in bar?.update(done, total) }
            for f in outcome.failed { Terminal.error("\(f.output): \(f.message)") }
            Terminal.output(outcome.summary)
            if !outcome.failed.isEmpty {
                throw JobError("\(outcome.failed.count) of \(outcome.jobsRun) jobs failed (listed above); the others were written")
            }
            return JobResult()
        }
    }

    /// `serve`: runs `body` (the server, until stopped) with errors reported as every command's are.
    package static func serve(_ body: (@escaping @Sendable (String) -> Void) throws -> Void) -> Int32 {
        report(Flags()) {
            try body { line in line.hasPrefix("warning: ") ? Terminal.error(line) : Terminal.output(line) }
            return JobResult()
        }
    }

    /// `spec --example` or `spec --check FILE`.
    package static func spec(check: String?) -> Int32 {
        report(Flags()) {
            if let check {
                try MapOptions.checkSpec(check)
                Terminal.output("\(check): ok")
            } else {
                Terminal.output(SpecExample.text, terminator: "")
            }
            return JobResult()
        }
    }

    /// The default map set into `./out`.
    package static func defaultSet() -> Int32 {
        report(Flags()) { try DefaultMapSet.render(into: FileManager.default.currentDirectoryPath + "/out") }
    }

    /// `basemap import INPUT` with its option words.
    package static func basemapImport(input: String, _ words: [String]) -> Int32 {
        report(Flags()) {
            var request = BasemapImportRequest()
            do { try CommandLineOptions.parse(words, BasemapImportRequest.options).apply(to: &request) } catch let e as OptionError {
                throw JobError(e.description)
            }
            guard let output = request.output else { throw JobError("give the basemap's name or path with -o NAME") }
            let result = try BasemapImportJob.run(input: input, options: request.options, output: output)
            for note in result.notes { Terminal.output("note: \(note)") }
            Terminal.output(result.info.report)
            return JobResult()
        }
    }

    /// `basemap info [NAME]`.
    package static func basemapInfo(_ name: String?) -> Int32 {
        report(Flags()) {
            Terminal.output(try BasemapImportJob.open(name ?? Basemap.defaultName).info().report)
            return JobResult()
        }
    }

    /// `basemap bench [NAME]`: loads of each level.
    package static func basemapBench(_ name: String?, loads: Int) -> Int32 {
        report(Flags()) {
            let opened = try BasemapImportJob.open(name ?? Basemap.defaultName)
            Terminal.output(try BasemapBenchmark.run(opened, levels: opened.availableLevels, repetitions: max(1, loads)))
            return JobResult()
        }
    }

    /// The help sections of a command's options, for its `--help`.
    package static func help(for command: MapCommand) -> String {
        let defaults = MapOptions()
        return MapOptions.groups(for: command).map { OptionHelp.section($0.heading, $0.options, defaults: defaults) }.joined(separator: "\n")
    }

    /// The help section of `basemap import`'s options.
    package static var basemapImportHelp: String {
        OptionHelp.section("IMPORT OPTIONS", BasemapImportRequest.options, defaults: BasemapImportRequest())
    }

    /// Shell completion of a command's options: `words` as the shell split them, the cursor at
    /// `index`, `prefix` typed so far.
    package static func completions(for command: MapCommand, _ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let previous = index > 0 && index - 1 < words.count ? words[index - 1] : nil
        return OptionHelp.completions(MapOptions.options(for: command), previous: previous, current: prefix)
    }

    static func report(_ flags: Flags, _ body: () throws -> JobResult) -> Int32 {
        SignalCleanup.install()
        do {
            let result = try body()
            if flags.timings {
                for t in result.times { Terminal.error(t.name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%7.1f ms", t.seconds * 1000)) }
            }
            guard !flags.quiet else { return 0 }
            for n in result.notes { Terminal.error("note: \(n)") }
            for w in result.warnings { Terminal.error("warning: \(w)") }
            // An output sent to stdout keeps stdout to itself: the report goes to stderr.
            let say: (String) -> Void = result.written.contains { ["/dev/stdout", "/dev/fd/1"].contains($0) } ? { Terminal.error($0) } : { Terminal.output($0) }
            for path in result.written { say("wrote \(path)") }
            if let s = result.summary { say(s) }
            return 0
        } catch let e as TableErrors {
            Terminal.error(e.description)
            return 1
        } catch {
            let message = String(describing: error)
            // Messages that locate themselves (FILE:LINE:COLUMN: error: …) are printed as they are.
            Terminal.error(message.contains(": error: ") ? message : "error: \(message)")
            return 1
        }
    }
}
