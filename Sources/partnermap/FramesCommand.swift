import ArgumentParser
import Cartography
import Foundation
import MapJobs

/// `partnermap frames`: animation frames of the network growing year by year.
struct FramesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frames",
        abstract: "Render animation frames of the network growing year by year (PNG), optionally a video.",
        discussion: "Frames go to DIR/frame-0001.png …, described in DIR/frames.json. Framing, legend and labels are computed once for the whole network, so they stay in place from frame to frame.")

    @Option(name: [.short, .long], help: ArgumentHelp("Directory for the frames (created if missing).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("First year (default: the first known year).", valueName: "year"))
    var from: Int?

    @Option(help: ArgumentHelp("Last year (default: the last known year).", valueName: "year"))
    var to: Int?

    @Option(name: .customLong("per-year"), help: ArgumentHelp("Frames per year (default 1); more than 1 makes new arcs grow from the hub.", valueName: "n"))
    var perYear: Int?

    @Option(help: ArgumentHelp("Extra frames of the final state (default 0).", valueName: "n"))
    var hold: Int?

    @Option(help: ArgumentHelp("Partners with no known year: hide, start (shown throughout) or end (shown after the last year, the default).", valueName: "hide|start|end"))
    var undated: String?

    @Option(help: ArgumentHelp("Also assemble a video with ffmpeg (.mp4, .webm or .gif).", valueName: "file"))
    var video: String?

    @Option(help: ArgumentHelp("Video frame rate (default: 2 × per-year, half a second per year).", valueName: "fps"))
    var fps: Double?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: ArgumentHelp("Print the time each stage took to stderr.", visibility: .hidden))
    var timings = false

    @OptionGroup var specFile: SpecArguments
    @OptionGroup var data: DataArguments
    @OptionGroup var map: MapArguments

    func run() throws {
        try Report.run(timings: timings, quiet: quiet) {
            let file = try specFile.load()
            let path = specFile.spec ?? ""
            let section = file?.frames
            let out = try specFile.output(output, section, command: "frames")
            let undatedText = undated ?? section?.values["undated"]?.text ?? "end"
            guard let policy = UndatedPolicy(rawValue: undatedText) else {
                throw JobError("--undated \"\(undatedText)\" is not known (expected hide, start or end)")
            }
            let rate = try fps ?? file.flatMap { f in try f.number(f.frames, "fps", path: path) }
            if let rate, !(rate > 0 && rate <= 240) { throw JobError("--fps \(rate) is out of range (expected more than 0, up to 240)") }
            var animation = AnimationOptions()
            animation.from = try from ?? file.flatMap { f in try f.integer(f.frames, "from", path: path) }
            animation.to = try to ?? file.flatMap { f in try f.integer(f.frames, "to", path: path) }
            animation.perYear = try perYear ?? file.flatMap { f in try f.integer(f.frames, "per-year", path: path) } ?? 1
            animation.hold = try hold ?? file.flatMap { f in try f.integer(f.frames, "hold", path: path) } ?? 0
            animation.undated = policy
            var job = FramesJob(data: specFile.data(data, file), spec: try SpecBuilder.build(specFile.map(map, file)),
                                animation: animation, directory: out)
            job.video = video ?? section?.values["video"]?.text
            job.fps = rate
            let progress = quiet ? nil : ProgressReporter()
            return try job.run { done, total, seconds in progress?.update(done, total, seconds) }
        }
    }
}

/// Progress on stderr: a redrawn bar with frames per second on a terminal, a line every few
/// seconds (and at the end) otherwise.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let terminal = isatty(STDERR_FILENO) != 0
    private var lastLine = -10.0

    func update(_ done: Int, _ total: Int, _ seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        let fps = seconds > 0 ? Double(done) / seconds : 0
        if terminal {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            let line = String(format: "\r%@ %d/%d frames  %.1f frames/s", bar, done, total, fps)
            FileHandle.standardError.write(Data((line + (done == total ? "\n" : "")).utf8))
        } else if seconds - lastLine >= 2 || done == total {
            lastLine = seconds
            let line = String(format: "frames: %d/%d (%d%%) %.1f frames/s\n", done, total, total > 0 ? 100 * done / total : 100, fps)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
