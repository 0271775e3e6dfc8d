import Basemap
import Foundation
import OptionModel

/// A shard of a batch: the K-th of N deterministic, disjoint parts (`--shard K/N`).
package struct BatchShard: Sendable, Equatable {
    package var index: Int
    package var count: Int

    /// Reads "K/N" with 1 ≤ K ≤ N.
    package init(_ text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            throw JobError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 1/4 (got '\(text)')")
        }
        index = k; count = n
    }

    /// Whether the shard runs the `group`-th group of jobs sharing a plan (0-based, in spec order).
    func holds(group: Int) -> Bool { group % count == index - 1 }
}

/// What a batch did.
package struct BatchOutcome: Sendable {
    package var written: [String] = []
    package var upToDate: [String] = []
    package var failed: [(output: String, message: String)] = []
    /// Jobs in the whole spec, and in this run (its shard).
    package var jobsInSpec = 0
    package var jobsRun = 0

    package var summary: String {
        "batch: \(jobsRun) \(jobsRun == 1 ? "job" : "jobs")\(jobsRun == jobsInSpec ? "" : " of \(jobsInSpec)"): "
            + "\(written.count) written, \(upToDate.count) up to date, \(failed.count) failed"
    }
}

/// `partnermap batch SPEC.yml -o DIR`: every job of a batch spec in one process, which loads each
/// table, the basemap and the fonts once, plans the maps that differ only in their output's format
/// once, and runs the jobs on all cores. Each output is written atomically; one job's failure
/// doesn't stop the others; `DIR/batch.json` records each job (`BatchManifest`), and a re-run
/// skips the jobs whose inputs and output are unchanged.
package struct BatchJob {
    package var spec: BatchSpec
    package var directory: String
    /// Jobs at once (default: one per core).
    package var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    package var shard: BatchShard?
    /// Make every output again, even when up to date.
    package var force = false

    /// The inputs the jobs share (one process's tables, basemap, fonts and plans).
    package var shared = SharedInputs()

    package init(spec: BatchSpec, directory: String) { self.spec = spec; self.directory = directory }

    /// A job ready to run: its options with the output in place, and the hash of its inputs.
    struct Prepared: Sendable {
        var job: BatchJobSpec
        var output: String
        var options: MapOptions
        var inputHash: String
    }

    package func run(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> BatchOutcome {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var outcome = BatchOutcome()
        outcome.jobsInSpec = spec.jobs.count
        // Groups of jobs that share a plan, in the spec's order; a shard takes whole groups.
        var order: [String] = []
        var groups: [String: [BatchJobSpec]] = [:]
        for job in spec.jobs {
            if groups[job.planKey] == nil { order.append(job.planKey) }
            groups[job.planKey, default: []].append(job)
        }
        let mine = order.enumerated().filter { shard?.holds(group: $0.offset) ?? true }.map { groups[$0.element]! }
        // Every output of the spec (a job whose name needs its hub learns it from its table).
        var prepared: [[Prepared]] = []
        var allOutputs: Set<String> = []
        var failures: [(String, String)] = []
        for job in spec.jobs where !job.output.needsHub { allOutputs.insert(try job.output.render(hub: nil)) }
        for group in order.map({ groups[$0]! }) {
            let isMine = mine.contains { $0.first?.index == group.first?.index }
            var ready: [Prepared] = []
            for job in group {
                do {
                    var o = MapOptions()
                    do { try job.assignments.apply(to: &o) } catch let e as OptionError { throw JobError(e.description) }
                    let hub = job.output.needsHub ? try shared.inputs(o.data).network.hub.id : nil
                    let name = try job.output.render(hub: hub)
                    if job.output.needsHub {
                        guard allOutputs.insert(name).inserted else { throw JobError("\(job.origin): error: another job also writes \(name)") }
                    }
                    guard isMine else { continue }
                    try place(name, in: &o, product: job.product)
                    try o.check(for: job.product.command)
                    ready.append(Prepared(job: job, output: name, options: o, inputHash: inputHash(job, output: name, options: o)))
                } catch {
                    if isMine { failures.append((job.output.text, Self.message(error))) }
                }
            }
            if !ready.isEmpty { prepared.append(ready) }
        }
        outcome.jobsRun = prepared.reduce(0) { $0 + $1.count } + failures.count
        outcome.failed = failures
        let before = BatchManifest.read(in: directory)
        let known = Dictionary((before?.jobs ?? []).map { ($0.output, $0) }, uniquingKeysWith: { _, b in b })
        let results = ResultBox()
        let total = outcome.jobsRun
        let next = ResultBox.Counter()
        let work = prepared, failedEarly = failures.count
        let threads = max(1, min(workers, work.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let g = next.take(below: work.count) {
                for p in work[g] {
                    results.add(run(p, known: known[p.output], shared: shared, threads: max(1, workers / threads)))
                    progress(results.count + failedEarly, total)
                }
                if let key = work[g].first?.job.planKey { shared.forgetPlan(key) }
            }
        }
        var entries: [BatchManifest.Entry] = []
        for r in results.all.sorted(by: { $0.entry.output < $1.entry.output }) {
            entries.append(r.entry)
            switch r.status {
            case .written: outcome.written.append(r.entry.output)
            case .upToDate: outcome.upToDate.append(r.entry.output)
            case .failed(let message): outcome.failed.append((r.entry.output, message))
            }
        }
        try BatchManifest.locked(directory) {
            let current = BatchManifest.read(in: directory) ?? BatchManifest(spec: (spec.path as NSString).lastPathComponent, jobs: [])
            try current.merged(entries, keeping: allOutputs).write(in: directory)
        }
        return outcome
    }

    enum Status { case written, upToDate, failed(String) }

    /// Runs one job, or finds its output up to date.
    private func run(_ p: Prepared, known: BatchManifest.Entry?, shared: SharedInputs, threads: Int) -> (entry: BatchManifest.Entry, status: Status) {
        let full = (directory as NSString).appendingPathComponent(p.output)
        var entry = BatchManifest.Entry(output: p.output, product: p.job.product.rawValue,
                                        options: p.job.manifestOptions,
                                        inputSHA256: p.inputHash)
        if !force, let known, known.inputSHA256 == p.inputHash, let sha = known.sha256, let now = Digest.output(full), now.sha256 == sha {
            entry.sha256 = sha
            entry.bytes = now.bytes
            entry.warnings = known.warnings
            return (entry, .upToDate)
        }
        do {
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var o = p.options
            if o.run.threads == nil { o.run.threads = threads }
            var result: JobResult
            switch p.job.product {
            case .map:
                var job = RenderJob(options: o)
                job.shared = shared
                job.planKey = p.job.planKey
                result = try job.run()
            case .poster:
                var job = PosterJob(options: o)
                job.shared = shared
                result = try job.run()
            case .frames, .video:
                var job = FramesJob(options: o)
                job.shared = shared
                result = try job.run()
            }
            entry.warnings = result.warnings.isEmpty ? nil : result.warnings
            guard let made = Digest.output(full) else { throw JobError("\(full): error: the job wrote no output") }
            entry.sha256 = made.sha256
            entry.bytes = made.bytes
            return (entry, .written)
        } catch {
            let message = Self.message(error)
            entry.error = message
            return (entry, .failed(message))
        }
    }

    /// Puts the output in the options of the job's command (a video keeps no frames folder).
    private func place(_ name: String, in o: inout MapOptions, product: BatchProduct) throws {
        let full = (directory as NSString).appendingPathComponent(name)
        switch product {
        case .map: o.render.output = full
        case .poster: o.poster.output = full
        case .frames: o.frames.output = full
        case .video: o.frames.video = full
        }
    }

    /// The SHA-256 of everything the output depends on: the tool's version, the product, the
    /// options as given, the output's name, SOURCE_DATE_EPOCH, the table's bytes, and the
    /// basemap's files (by size and modification time).
    private func inputHash(_ job: BatchJobSpec, output: String, options o: MapOptions) -> String {
        var lines = ["partnermap \(PartnermapInfo.version)", "product \(job.product.rawValue)", "output \(output)",
                     "SOURCE_DATE_EPOCH \(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] ?? "")"]
        lines += job.given.map { "option \($0.key)=\($0.value)" }.sorted()
        if case .file(let table) = o.data.table { lines.append("table \(Digest.file(table) ?? "unreadable")") }
        if let location = try? BasemapLocation.forReading(o.data.basemap, searchDirectory: ProjectFiles.basemapDirectory()) {
            for level in DetailLevel.allCases {
                let a = try? FileManager.default.attributesOfItem(atPath: location.path(for: level))
                let size = a?[.size] as? Int ?? -1
                let time = (a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
                lines.append("basemap \(level.rawValue) \(size) \(time)")
            }
        }
        return Digest.of(Array(lines.joined(separator: "\n").utf8))
    }

    static func message(_ error: Error) -> String {
        let m = String(describing: error)
        return m.contains(": error: ") || m.hasPrefix("error: ") ? m : "error: " + m
    }
}

/// Results from the batch's workers, and the index of the next group to take.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(entry: BatchManifest.Entry, status: BatchJob.Status)] = []

    func add(_ r: (entry: BatchManifest.Entry, status: BatchJob.Status)) { lock.lock(); results.append(r); lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return results.count }
    var all: [(entry: BatchManifest.Entry, status: BatchJob.Status)] { lock.lock(); defer { lock.unlock() }; return results }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        /// The next index below `limit`, or nil when all are taken.
        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < limit else { return nil }
            next += 1
            return next - 1
        }
    }
}
