import Foundation

/// Assembles frames into a video (.mp4, .webm or .gif) with ffmpeg, when it is installed.
enum VideoMaker {
    /// The video formats it makes, by file extension.
    static let formats = ["mp4", "webm", "gif"]

    /// Makes the video; ffmpeg is looked for in `searchPath` (default: the `PATH` directories).
    static func make(_ output: String, from directory: String, digits: Int, fps: Double, searchPath: [String]? = nil) throws {
        let ext = (output as NSString).pathExtension.lowercased()
        guard formats.contains(ext) else {
            throw JobError("cannot tell the video format of \(output) (expected .mp4, .webm or .gif)")
        }
        guard let ffmpeg = findExecutable("ffmpeg", in: searchPath) else {
            throw JobError("ffmpeg is not installed, so no video was made (the frames are in \(directory)); install it with: sudo apt-get install ffmpeg")
        }
        let input = directory + "/frame-%0\(digits)d.png"
        var args = ["-y", "-loglevel", "error", "-framerate", String(fps), "-i", input]
        switch ext {
        case "mp4": args += ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"]
        case "webm": args += ["-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "32"]
        default: args += ["-vf", "split[a][b];[a]palettegen[p];[b][p]paletteuse"]
        }
        let temp = (output as NSString).deletingLastPathComponent + "/." + (output as NSString).lastPathComponent + ".\(getpid()).tmp." + ext
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ffmpeg)
        p.arguments = args + [temp]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            try? FileManager.default.removeItem(atPath: temp)
            throw JobError("ffmpeg could not make \(output): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        guard rename(temp, output) == 0 else {
            try? FileManager.default.removeItem(atPath: temp)
            throw JobError("cannot write \(output): \(String(cString: strerror(errno)))")
        }
    }

    static func findExecutable(_ name: String, in searchPath: [String]?) -> String? {
        let dirs = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return dirs.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
