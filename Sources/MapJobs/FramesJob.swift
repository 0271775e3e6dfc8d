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
        .optional("output", \.output, "dir", help: "Directory for the frames (created if missing); may be left out when --video is given.", short: "o", pathRule: .path),
        .optional("from", \.animation.from, "year", help: "First year (default: the first known year)."),
        .optional("to", \.animation.to, "year", help: "Last year (default: the last known year)."),
        .value("per-year", \.animation.perYear, "n", help: "Frames per year; more than 1 makes new arcs grow from the hub.",
               check: within(1...240)),
        .value("hold", \.animation.hold, "n", help: "Extra frames of the final state.", check: within(0...10_000)),
        .value("undated", \.animation.undated, "policy",
               help: "Partners with no known year: hide, start (shown throughout) or end (shown after the last year)."),
        .optional("video", \.video, "file", help: "Make a video with ffmpeg (.mp4, .webm or .gif), encoded as the frames are drawn; without -o no frames are kept.", pathRule: .path,
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
/// cores, with frames.json describing them, and optionally a video that ffmpeg encodes as the
/// frames are drawn; a video alone needs no folder. The folder is written as one set
/// (`FrameFolder`), the video with it.
public struct FramesJob {
    public var options: MapOptions
    /// Directories to look for ffmpeg in (default: those of `PATH`).
    public var ffmpegSearchPath: [String]?

    /// Inputs shared with other maps of the process (a batch); nil: loaded for this one.
    package var shared: SharedInputs?
    /// The most frames a run may draw (the editor's server sets one); nil: no limit.
    package var frameLimit: Int?

    public init(options: MapOptions) { self.options = options }

    /// Progress reports: frames done, frames in all, seconds since drawing started. A run that
    /// makes a video reports its encoding instead, which the drawing keeps only a few frames ahead of.
    public typealias Progress = @Sendable (Int, Int, Double) -> Void
    /// Encoding reports: frames encoded into the video, frames in all.
    public typealias Encoding = @Sendable (Int, Int) -> Void

    public func run(progress: @escaping Progress = { _, _, _ in }, encoding: @escaping Encoding = { _, _ in }) throws -> JobResult {
        guard options.frames.output != nil || options.frames.video != nil else {
            throw JobError("give the frames' directory with -o DIR, or a video with --video FILE (or output: or video: in the spec's frames section)")
        }
        var spec = try options.mapSpec(for: .frames)
        spec.timelineBand = true
        let ffmpeg = try options.frames.video.map { _ in try VideoMaker.locate(in: ffmpegSearchPath) }
        guard let directory = options.frames.output else {
            _ = try AtomicFile.Target(options.frames.video!)
            return try run(into: nil, ffmpeg: ffmpeg, spec: spec, progress: progress, encoding: encoding)
        }
        let folder = try FrameFolder(directory)
        do {
            if let video = options.frames.video, !folder.holds(video) { _ = try AtomicFile.Target(video) }
            return try run(into: folder, ffmpeg: ffmpeg, spec: spec, progress: progress, encoding: encoding)
        } catch {
            folder.discard()
            throw error
        }
    }

    /// Draws the frames into `folder` (nil: none is kept) and, with `ffmpeg`, into the video as
    /// they are drawn.
    private func run(into folder: FrameFolder?, ffmpeg: String?, spec: MapSpec, progress: @escaping Progress,
                     encoding: @escaping Encoding) throws -> JobResult {
        let animation = options.frames.animation
        var times = StageTimes()
        let inputs = try times.measure("load table, basemap, fonts") { try shared?.inputs(options.data) ?? MapInputs.load(options.data) }
        let frames: [AnimationFrame]
        do { frames = try AnimationTimeline.frames(inputs.network, animation) } catch let e as SpecError { throw JobError(e.description) }
        if let frameLimit, frames.count > frameLimit {
            throw JobError("\(frames.count) frames is more than this server draws (\(frameLimit) at most); lower per-year or hold, or narrow from and to")
        }
        let plan = try times.measure("plan (once for all frames)") { try inputs.planner(spec: spec).plan(inputs.network) }
        let scenes = AnimationScenes(plan: plan, options: animation, frames: frames)
        let base = try times.measure("draw the base (once)") { try FrameBase(scenes.base) }
        let drawing = FrameDrawing(frames: frames, scenes: scenes, base: base, dpi: spec.dpi, folder: folder,
                                   threads: options.run.threadCount)
        var video: VideoMaker.Made?
        if let ffmpeg, let target = options.frames.video {
            let layout = VideoMaker.layout(of: target, palette: base.paletteLayout)
            let size = layout.size(width: base.width, height: base.height)
            let input = VideoMaker.Input(width: size.width, height: size.height, layout: layout, count: frames.count,
                                         fps: options.frames.fps ?? Double(2 * animation.perYear))
            video = try times.measure("draw frames and make the video") {
                try drawing.stream(input) { window in
                    try VideoMaker.make(target, with: ffmpeg, from: input, quality: options.frames.videoQuality,
                                        inside: folder.flatMap { $0.holds(target) ? $0 : nil }, next: window.take,
                                        progress: { done in encoding(done, frames.count) })
                }
            }
        } else {
            try times.measure(folder == nil ? "draw frames" : "draw and encode frames") { try drawing.run(progress: progress) }
        }
        var result = JobResult()
        if let folder {
            let names = frames.map(drawing.name)
            let manifest = try FramesManifest.json(frames: frames, names: names, network: inputs.network, spec: spec)
            let layout = try LayoutReport.json(plan.layoutFacts, format: .png, dpi: spec.dpi)
            try folder.write(Array(manifest.utf8), named: "frames.json")
            try folder.write(Array(layout.utf8), named: "layout.json")
            try folder.commit()
            let directory = options.frames.output ?? folder.target
            result.written = [directory + "/" + (names.first ?? "") + " … " + (names.last ?? ""),
                              directory + "/frames.json", directory + "/layout.json"]
        }
        try video?.commit()
        result.written += options.frames.video.map { [$0] } ?? []
        result.notes = inputs.network.notes
        result.warnings = plan.warnings
        result.times = times.stages
        result.summary = "\(frames.count) frames"
        return result
    }
}
