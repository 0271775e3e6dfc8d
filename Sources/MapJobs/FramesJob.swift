import CairoCanvas
import Cartography
import Foundation
import OptionModel
import PartnerData

/// What `frames` makes: the frames' directory, which years and how many frames, and a video.
public struct FramesOptions: Sendable {
    public var output: String?
    public var animation = AnimationOptions()
    public var video: String?
    /// Video frame rate (nil: two frames per year's worth of frames, half a second a year).
    public var fps: Double?
    public var videoQuality: VideoQuality = .medium
    public init() {}

    package static let options: [Option<FramesOptions>] = [
        .optional("output", \.output, "dir", help: "Directory for the frames (created if missing).", short: "o", pathRule: .path),
        .optional("from", \.animation.from, "year", help: "First year (default: the first known year)."),
        .optional("to", \.animation.to, "year", help: "Last year (default: the last known year)."),
        .value("per-year", \.animation.perYear, "n", help: "Frames per year; more than 1 makes new arcs grow from the hub.",
               check: within(1...240)),
        .value("hold", \.animation.hold, "n", help: "Extra frames of the final state.", check: within(0...10_000)),
        .value("undated", \.animation.undated, "policy",
               help: "Partners with no known year: hide, start (shown throughout) or end (shown after the last year)."),
        .optional("video", \.video, "file", help: "Also assemble a video with ffmpeg (.mp4, .webm or .gif).", pathRule: .path,
                  check: { v in
                      guard VideoMaker.formats.contains((v as NSString).pathExtension.lowercased()) else {
                          throw OptionError("cannot tell the video format of \(v) (expected .mp4, .webm or .gif)")
                      }
                  }),
        .optional("fps", \.fps, "fps", help: "Video frame rate (default: 2 × per-year, half a second per year).",
                  check: { v in guard v > 0 && v <= 240 else { throw OptionError("\(v.optionText) is out of range (expected more than 0, up to 240)") } }),
        .value("video-quality", \.videoQuality, "quality",
               help: "low (small, fast), medium (sharp lines at a fast preset) or high (for editing; slow)."),
    ]
}

/// `partnermap frames`: the network growing year by year, one PNG per frame, in parallel on all
/// cores, with frames.json describing them and optionally a video made by ffmpeg. The folder is
/// written as one set (`FrameFolder`), the video with it.
public struct FramesJob {
    public var options: MapOptions
    /// Directories to look for ffmpeg in (default: those of `PATH`).
    public var ffmpegSearchPath: [String]?

    /// Inputs shared with other maps of the process (a batch); nil: loaded for this one.
    package var shared: SharedInputs?
    /// The most frames a run may draw (the editor's server sets one); nil: no limit.
    package var frameLimit: Int?

    public init(options: MapOptions) { self.options = options }

    /// Progress reports: frames done, frames in all, seconds since drawing started.
    public typealias Progress = @Sendable (Int, Int, Double) -> Void
    /// Encoding reports: frames encoded into the video, frames in all.
    public typealias Encoding = @Sendable (Int, Int) -> Void

    public func run(progress: @escaping Progress = { _, _, _ in }, encoding: @escaping Encoding = { _, _ in }) throws -> JobResult {
        guard let directory = options.frames.output else {
            throw JobError("give the frames' directory with -o DIR (or output: in the spec's frames section)")
        }
        var spec = try options.mapSpec(for: .frames)
        spec.timelineBand = true
        let ffmpeg = try options.frames.video.map { _ in try VideoMaker.locate(in: ffmpegSearchPath) }
        let folder = try FrameFolder(directory)
        do {
            if let video = options.frames.video, !folder.holds(video) { _ = try AtomicFile.Target(video) }
            return try run(into: folder, ffmpeg: ffmpeg, spec: spec, progress: progress, encoding: encoding)
        } catch {
            folder.discard()
            throw error
        }
    }

    private func run(into folder: FrameFolder, ffmpeg: String?, spec: MapSpec, progress: @escaping Progress,
                     encoding: @escaping Encoding) throws -> JobResult {
        let directory = options.frames.output ?? folder.target
        let animation = options.frames.animation
        var times = StageTimes()
        let inputs = try times.measure("load table, basemap, fonts") { try shared?.inputs(options.data) ?? MapInputs.load(options.data) }
        let frames: [AnimationFrame]
        do { frames = try AnimationTimeline.frames(inputs.network, animation) } catch let e as SpecError { throw JobError(e.description) }
        if let frameLimit, frames.count > frameLimit {
            throw JobError("\(frames.count) frames is more than this server draws (\(frameLimit) at most); lower per-year or hold, or narrow from and to")
        }
        let plan = try times.measure("plan (once for all frames)") { try inputs.planner(spec: spec).plan(inputs.network) }
        let scenes = AnimationScenes(plan: plan, options: animation)
        let base = try times.measure("draw the base (once)") { try FrameBase(scenes.base) }
        let names = try write(frames, of: scenes, base: base, dpi: spec.dpi, into: folder, times: &times, progress: progress)
        let manifest = try FramesManifest.json(frames: frames, names: names, network: inputs.network, spec: spec)
        let layout = try LayoutReport.json(plan.layoutFacts, format: .png, dpi: spec.dpi)
        try folder.write(Array(manifest.utf8), named: "frames.json")
        try folder.write(Array(layout.utf8), named: "layout.json")
        var video: VideoMaker.Made?
        if let ffmpeg, let target = options.frames.video {
            let rate = options.frames.fps ?? Double(2 * animation.perYear)
            video = try times.measure("assemble video") {
                try VideoMaker.make(target, with: ffmpeg, from: folder.staging, names: names, fps: rate,
                                    quality: options.frames.videoQuality, inside: folder.holds(target) ? folder : nil,
                                    progress: { done in encoding(done, names.count) })
            }
        }
        try folder.commit()
        try video?.commit()
        var result = JobResult()
        result.written = [directory + "/" + (names.first ?? "") + " … " + (names.last ?? ""),
                          directory + "/frames.json", directory + "/layout.json"] + (options.frames.video.map { [$0] } ?? [])
        result.notes = inputs.network.notes
        result.warnings = plan.warnings
        result.times = times.stages
        result.summary = "\(frames.count) frames"
        return result
    }

    /// Draws and writes every frame into the staging folder, on all threads.
    private func write(_ frames: [AnimationFrame], of scenes: AnimationScenes, base: FrameBase, dpi: Double, into folder: FrameFolder,
                       times: inout StageTimes, progress: @escaping Progress) throws -> [String] {
        let digits = max(4, String(frames.count).count)
        @Sendable func name(_ f: AnimationFrame) -> String {
            let n = String(f.index)
            return "frame-" + String(repeating: "0", count: digits - n.count) + n + ".png"
        }

        // Workers take short contiguous runs of frames in turn: each worker's band cache sees
        // similar frames, and the later frames, which hold more arcs, are shared out evenly.
        let workers = max(1, min(options.run.threadCount, frames.count))
        let runs = FrameRuns(count: frames.count, length: max(1, min(8, frames.count / (workers * 4))))
        let failures = FailureBox()
        let counter = ProgressCounter(total: frames.count, report: progress)
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            do {
                let renderer = try FrameRenderer(base: base)
                while let run = runs.next() {
                    for f in frames[run] {
                        if failures.failed { return }
                        let png = renderer.render(scenes.overlay(f), dpi: dpi)
                        try folder.write(png, named: name(f))
                        counter.advance(start: start)
                    }
                }
            } catch {
                failures.record(error)
            }
        }
        if let e = failures.first { throw e }
        times.add("draw and encode frames", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)

        return frames.map(name)
    }
}

/// Hands out the frames' indices in contiguous runs, in order, to whichever worker asks.
private final class FrameRuns: @unchecked Sendable {
    private let lock = NSLock()
    private var nextStart = 0
    let count: Int
    let length: Int
    init(count: Int, length: Int) { self.count = count; self.length = length }
    func next() -> Range<Int>? {
        lock.lock(); defer { lock.unlock() }
        guard nextStart < count else { return nil }
        let run = nextStart..<min(count, nextStart + length)
        nextStart = run.upperBound
        return run
    }
}

/// The first error any worker met; later workers stop early.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?
    var failed: Bool { lock.lock(); defer { lock.unlock() }; return error != nil }
    var first: Error? { lock.lock(); defer { lock.unlock() }; return error }
    func record(_ e: Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
}

/// Counts finished frames across workers and reports progress.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    let total: Int
    let report: FramesJob.Progress
    init(total: Int, report: @escaping FramesJob.Progress) { self.total = total; self.report = report }
    func advance(start: UInt64) {
        lock.lock()
        done += 1
        let d = done
        lock.unlock()
        report(d, total, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
