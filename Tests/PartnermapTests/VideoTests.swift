import Foundation
import Testing
import TestSupport

/// `frames --video`: the video is made next to its name from exactly the frames of frames.json,
/// and a signal while ffmpeg encodes stops ffmpeg and leaves nothing behind. (ffmpeg is one of
/// the packages `make test` installs.)
@Suite(.serialized) struct VideoTests {
    func start(_ args: [String], in dir: Scratch) throws -> Process {
        let p = Process()
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
        let mp4 = try Data(contentsOf: URL(fileURLWithPath: s.file("v.mp4")))
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

    @Test func aSignalWhileEncodingStopsFFmpegAndRemovesItsTemporary() throws {
        let s = try Scratch()
        defer { s.remove() }
        let p = try start(["frames", "--per-year", "12", "--size", "1280x720", "--quiet", "-o", "fr", "--video", "v.webm"], in: s)
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
