import CairoCanvas
import Foundation

/// Makes a video (.mp4, .webm or .gif) with ffmpeg, when it is installed, from frames handed to
/// it raw on its standard input as they are drawn: no frame is encoded as PNG for it or read back.
enum VideoMaker {
    /// The video formats it makes, by file extension.
    static let formats = ["mp4", "webm", "gif"]

    /// ffmpeg, looked for in `searchPath` (default: the `PATH` directories) before any frame is
    /// drawn, so a missing ffmpeg costs nothing.
    static func locate(in searchPath: [String]?) throws -> String {
        guard let ffmpeg = findExecutable("ffmpeg", in: searchPath) else {
            throw JobError("ffmpeg is not installed, so no video can be made; install it with: sudo apt-get install ffmpeg (or leave out --video)")
        }
        return ffmpeg
    }

    /// A video made under a temporary name, waiting to be renamed into place (with its frames).
    struct Made {
        let temp: String
        let target: String
        func commit() throws {
            try TemporaryFiles.shared.commit([temp]) {
                guard temp == target || rename(temp, target) == 0 else {
                    throw JobError("cannot write \(target): \(String(cString: strerror(errno)))")
                }
            }
        }
    }

    /// The layout ffmpeg is given a video's frames in: yuv420p for MP4 and WebM (what they
    /// store, so ffmpeg does not convert), straight RGB(A) for a GIF's palette.
    static func layout(of output: String, palette: RawVideoLayout) -> RawVideoLayout {
        (output as NSString).pathExtension.lowercased() == "gif" ? palette : .yuv420p
    }

    /// What a video is made of: `count` frames `width`×`height` in `layout`, `fps` a second.
    struct Input {
        var width: Int
        var height: Int
        var layout: RawVideoLayout
        var count: Int
        var fps: Double
    }

    /// Encodes `input.count` frames that `next` hands over in order (nil: no more, the drawing
    /// stopped). The video is made under a temporary name next to `output`, or straight into
    /// `inside` when the output belongs in the frames folder. ffmpeg failing, ending before it has
    /// read every frame, or `next` ending short is an error and leaves nothing.
    static func make(_ output: String, with ffmpeg: String, from input: Input, quality: VideoQuality = .medium,
                     inside frames: FrameFolder?, next: @escaping @Sendable () -> [UInt8]?,
                     progress: @escaping @Sendable (Int) -> Void = { _ in }) throws -> Made {
        let ext = (output as NSString).pathExtension.lowercased()
        guard formats.contains(ext) else {
            throw JobError("cannot tell the video format of \(output) (expected .mp4, .webm or .gif)")
        }
        guard input.count > 0 else { throw JobError("no frames to make \(output) from") }
        // Progress as key=value lines on stdout ("frame=120"), read as ffmpeg encodes.
        var args = ["-y", "-nostdin", "-loglevel", "error", "-nostats", "-progress", "pipe:1",
                    "-f", "rawvideo", "-pix_fmt", input.layout.rawValue, "-s", "\(input.width)x\(input.height)",
                    "-framerate", String(input.fps), "-i", "pipe:0", "-frames:v", String(input.count)]
        switch ext {
        // 4:2:0 and the index first (faststart): what browsers and players take everywhere.
        case "mp4": args += ["-c:v", "libx264", "-pix_fmt", "yuv420p"] + quality.encoderArguments(for: ext) + ["-movflags", "+faststart", "-f", "mp4"]
        case "webm": args += ["-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p"] + quality.encoderArguments(for: ext) + ["-f", "webm"]
        default: args += quality.encoderArguments(for: ext) + ["-f", "gif"]
        }
        let target = try frames.map { $0.path((output as NSString).lastPathComponent) } ?? AtomicFile.Target(output).path
        let temp = frames == nil ? TemporaryFiles.name(for: target) : target
        let fed = FeedResult()
        var pending = Data()
        let (status, message) = try ToolProcess.run(ffmpeg, args + [temp], writing: temp, input: { pipe in
            for _ in 0..<input.count {
                guard let frame = next(), pipe.write(frame) else { fed.stopped(); return }
            }
        }) { chunk in
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                if line.hasPrefix("frame="), let n = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) { progress(min(n, input.count)) }
            }
        }
        guard status == 0, !fed.stoppedEarly else {
            TemporaryFiles.shared.remove(temp)
            let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw JobError("ffmpeg could not make \(output): " + (status == 0 ? "not every frame reached it" : reason.isEmpty ? "it ended with status \(status)" : reason))
        }
        return Made(temp: temp, target: target)
    }

    static func findExecutable(_ name: String, in searchPath: [String]?) -> String? {
        let dirs = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return dirs.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Whether the frames stopped before the last: ffmpeg no longer read them, or the drawing failed.
private final class FeedResult: @unchecked Sendable {
    private let lock = NSLock()
    private var early = false
    func stopped() { lock.lock(); early = true; lock.unlock() }
    var stoppedEarly: Bool { lock.lock(); defer { lock.unlock() }; return early }
}
