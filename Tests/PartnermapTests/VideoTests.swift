import Foundation
import Testing
import TestSupport

/// `frames --video`: the video is made next to its name from exactly the frames of frames.json,
/// with or without a frames folder; a signal while ffmpeg encodes, ffmpeg failing or missing
/// stops cleanly and leaves nothing behind. (ffmpeg is one of the packages `make test` installs.)
@Suite(.serialized) struct VideoTests {
    func start(_ args: [String], in dir: Scratch, path: String? = nil) throws -> Process {
        let p = Process()
        if let path { p.environment = ProcessInfo.processInfo.environment.merging(["PATH": path]) { $1 } }
        p.executableURL = URL(fileURLWithPath: CommandLineTests.program)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Frames in a video, counted by ffprobe.
    func frameCount(_ video: String) throws -> Int? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/ffprobe")
        p.arguments = ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", video]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A stream's entry (such as pix_fmt) as ffprobe tells it.
    func probe(_ entry: String, of video: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/ffprobe")
        p.arguments = ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=" + entry, "-of", "csv=p=0", video]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func listedFrames(_ dir: String) throws -> Int {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/frames.json"))) as? [String: Any]
        return (json?["frames"] as? [Any])?.count ?? -1
    }

    /// A bare file name: the video (and its temporary) go in the working folder. A second run
    /// with fewer frames makes a video of exactly those.
    @Test func aVideoWithNoFolderIsMadeHereFromExactlyTheListedFrames() throws {
        let s = try Scratch()
        defer { s.remove() }
        for perYear in ["3", "1"] {
            let p = try start(["frames", "--per-year", perYear, "--size", "320x180", "--quiet", "-o", "fr", "--video", "v.mp4"], in: s)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            #expect(try s.contents() == ["fr", "v.mp4"])
            #expect(try frameCount(s.file("v.mp4")) == listedFrames(s.file("fr")))
        }
        try expectIndexFirst(s.file("v.mp4"))
    }

    /// An MP4's index (moov) comes before its data (mdat), so the video streams on the web.
    func expectIndexFirst(_ path: String) throws {
        let mp4 = try Data(contentsOf: URL(fileURLWithPath: path))
        let moov = try #require(mp4.range(of: Data("moov".utf8))), mdat = try #require(mp4.range(of: Data("mdat".utf8)))
        #expect(moov.lowerBound < mdat.lowerBound, "the index comes first, so the video streams on the web")
    }

    @Test func aWebMIsYUV420() throws {
        let s = try Scratch()
        defer { s.remove() }
        let p = try start(["frames", "--size", "320x180", "--quiet", "-o", "fr", "--video", "v.webm"], in: s)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/ffprobe")
        probe.arguments = ["-v", "error", "-show_entries", "stream=pix_fmt", "-of", "csv=p=0", s.file("v.webm")]
        let out = Pipe()
        probe.standardOutput = out
        try probe.run()
        let format = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        probe.waitUntilExit()
        #expect(format.trimmingCharacters(in: .whitespacesAndNewlines) == "yuv420p")
    }

    /// Encoding is reported as it goes, up to every frame; the quality changes the file and not
    /// its frames; a quality that is not one is refused before anything is drawn.
    @Test func encodingProgressIsShownAndTheQualityIsTheUsers() throws {
        let s = try Scratch()
        defer { s.remove() }
        var sizes: [String: Int] = [:]
        for quality in ["low", "high"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CommandLineTests.program)
            p.arguments = ["frames", "--size", "320x180", "-o", "fr-\(quality)", "--video", "\(quality).mp4", "--video-quality", quality]
            p.currentDirectoryURL = URL(fileURLWithPath: s.path)
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(text)")
            let frames = try listedFrames(s.file("fr-\(quality)"))
            #expect(text.contains("encoded: \(frames)/\(frames) (100%)"), "\(text)")
            #expect(try frameCount(s.file("\(quality).mp4")) == frames)
            sizes[quality] = try Data(contentsOf: URL(fileURLWithPath: s.file("\(quality).mp4"))).count
        }
        #expect(sizes["low"]! < sizes["high"]!, "\(sizes)")
        let bad = try start(["frames", "-o", "fr-bad", "--video", "b.mp4", "--video-quality", "ultra"], in: s)
        bad.waitUntilExit()
        #expect(bad.terminationStatus == 1)
        #expect(!FileManager.default.fileExists(atPath: s.file("fr-bad")))
    }

    /// With no -o the frames go straight into ffmpeg: the video has as many frames as frames.json
    /// of the same options lists, is 4:2:0 with its index first, and nothing else is left.
    @Test func aPipedVideoHasTheListedFramesAndLeavesNoFolder() throws {
        let s = try Scratch()
        defer { s.remove() }
        let options = ["--per-year", "3", "--hold", "2", "--size", "160x90", "--quiet"]
        let piped = try start(["frames"] + options + ["--video", "v.mp4"], in: s)
        piped.waitUntilExit()
        #expect(piped.terminationStatus == 0)
        #expect(try s.contents() == ["v.mp4"], "no frames folder and no temporary")
        let listed = try start(["frames"] + options + ["-o", "fr"], in: s)
        listed.waitUntilExit()
        #expect(try frameCount(s.file("v.mp4")) == listedFrames(s.file("fr")))
        #expect(try probe("pix_fmt", of: s.file("v.mp4")) == "yuv420p")
        try expectIndexFirst(s.file("v.mp4"))
    }

    /// An odd size is padded to even for 4:2:0; a GIF keeps the frames' size.
    @Test func oddSizesArePaddedForYUVAndKeptForGIF() throws {
        let s = try Scratch()
        defer { s.remove() }
        for video in ["v.webm", "v.gif"] {
            let p = try start(["frames", "--size", "161x91", "--quiet", "--video", video], in: s)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        #expect(try probe("width,height,pix_fmt", of: s.file("v.webm")) == "162,92,yuv420p")
        #expect(try probe("width,height", of: s.file("v.gif")) == "161,91")
        #expect(try s.contents() == ["v.gif", "v.webm"])
    }

    @Test func aPipedVideoWithoutFFmpegIsACleanError() throws {
        let s = try Scratch()
        defer { s.remove() }
        let p = try start(["frames", "--size", "160x90", "--video", "v.mp4"], in: s, path: s.file("no-ffmpeg-here"))
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(try s.contents().isEmpty)
    }

    /// An ffmpeg that exits at once, before reading a frame: an error naming it, no SIGPIPE
    /// crash or hang, and neither the video nor its temporary is left.
    @Test func aFailingFFmpegLeavesNoVideo() throws {
        let s = try Scratch()
        defer { s.remove() }
        let bin = s.file("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let fake = bin + "/ffmpeg"
        try "#!/bin/sh\necho 'fake ffmpeg: no' >&2\nexit 1\n".write(toFile: fake, atomically: true, encoding: .utf8)
        chmod(fake, 0o755)
        for folder in [[], ["-o", "fr"]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CommandLineTests.program)
            p.arguments = ["frames", "--per-year", "6", "--size", "160x90", "--quiet", "--video", "v.mp4"] + folder
            p.currentDirectoryURL = URL(fileURLWithPath: s.path)
            p.environment = ProcessInfo.processInfo.environment.merging(["PATH": bin + ":/usr/bin:/bin"]) { $1 }
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationReason == .exit && p.terminationStatus == 1, "\(text)")
            #expect(text.contains("ffmpeg could not make v.mp4: fake ffmpeg: no"), "\(text)")
            #expect(try s.contents() == ["bin"])
        }
    }

    @Test(arguments: [["-o", "fr"], []])
    func aSignalWhileEncodingStopsFFmpegAndRemovesItsTemporary(folder: [String]) throws {
        let s = try Scratch()
        defer { s.remove() }
        let p = try start(["frames", "--per-year", "12", "--size", "1280x720", "--quiet", "--video", "v.webm"] + folder, in: s)
        var ffmpeg: [pid_t] = []
        for _ in 0..<12_000 where p.isRunning && ffmpeg.isEmpty {
            usleep(10_000)
            ffmpeg = children(of: p.processIdentifier)
        }
        try #require(!ffmpeg.isEmpty, "ffmpeg never started")
        usleep(300_000)
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        #expect(p.terminationStatus == 143)
        #expect(try s.contents().isEmpty)
        #expect(ffmpeg.allSatisfy { kill($0, 0) != 0 }, "ffmpeg was stopped")
    }

    /// The processes whose parent is `pid`, from /proc.
    func children(of pid: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name in
            guard let child = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == pid ? child : nil
        }
    }
}
