import Foundation

/// Assembles frames into a video (.mp4, .webm or .gif) with ffmpeg, when it is installed.
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

    /// A video made under a temporary name, waiting to be renamed into place with its frames.
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

    /// Encodes the frames of `folder`, a fresh folder holding exactly the frames `names`
    /// (frame-NNNN.png, numbered in order). The video is made under a temporary name next to
    /// `output`, or straight into `inside` when the output belongs in the frames folder.
    static func make(_ output: String, with ffmpeg: String, from folder: String, names: [String], fps: Double,
                     quality: VideoQuality = .medium, inside frames: FrameFolder?,
                     progress: @escaping @Sendable (Int) -> Void = { _ in }) throws -> Made {
        let ext = (output as NSString).pathExtension.lowercased()
        guard formats.contains(ext) else {
            throw JobError("cannot tell the video format of \(output) (expected .mp4, .webm or .gif)")
        }
        guard let first = names.first?.dropFirst(6).dropLast(4), let start = Int(first) else {
            throw JobError("no frames to make \(output) from")
        }
        let input = folder + "/frame-%0\(first.count)d.png"
        // Progress as key=value lines on stdout ("frame=120"), read as ffmpeg encodes.
        var args = ["-y", "-loglevel", "error", "-nostats", "-progress", "pipe:1", "-framerate", String(fps),
                    "-start_number", String(start), "-i", input, "-frames:v", String(names.count)]
        switch ext {
        // 4:2:0 and the index first (faststart): what browsers and players take everywhere.
        case "mp4": args += ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"]
            + quality.encoderArguments(for: ext) + ["-movflags", "+faststart", "-f", "mp4"]
        case "webm": args += ["-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"]
            + quality.encoderArguments(for: ext) + ["-f", "webm"]
        default: args += quality.encoderArguments(for: ext) + ["-f", "gif"]
        }
        let target = try frames.map { $0.path((output as NSString).lastPathComponent) } ?? AtomicFile.Target(output).path
        let temp = frames == nil ? TemporaryFiles.name(for: target) : target
        var pending = Data()
        let (status, message) = try ToolProcess.run(ffmpeg, args + [temp], writing: temp) { chunk in
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                if line.hasPrefix("frame="), let n = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) { progress(min(n, names.count)) }
            }
        }
        guard status == 0 else {
            TemporaryFiles.shared.remove(temp)
            throw JobError("ffmpeg could not make \(output): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return Made(temp: temp, target: target)
    }

    static func findExecutable(_ name: String, in searchPath: [String]?) -> String? {
        let dirs = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return dirs.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
