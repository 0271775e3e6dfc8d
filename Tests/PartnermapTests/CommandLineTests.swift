import Foundation
import Testing
import TestSupport

/// The `partnermap` program as a user runs it: every subcommand's exit status, messages and
/// outputs. The program is the one SwiftPM built beside these tests.
@Suite struct CommandLineTests {
    struct Outcome {
        var status: Int32
        var out: String
        var err: String
    }

    static let program: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("partnermap").path
    }()

    func partnermap(_ args: [String], in dir: Scratch) throws -> Outcome {
        try #require(FileManager.default.isExecutableFile(atPath: Self.program), "build the program first: swift build")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.program)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        let outPath = dir.file(".stdout"), errPath = dir.file(".stderr")
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        try FileManager.default.removeItem(atPath: outPath)
        try FileManager.default.removeItem(atPath: errPath)
        return Outcome(status: p.terminationStatus, out: out, err: err)
    }

    func isPNG(_ path: String, _ width: Int, _ height: Int) -> Bool {
        pngSize(path).map { $0 == (width, height) } ?? false
    }

    @Test func renderWritesTheMapAndSaysSo() throws {
        let s = try Scratch()
        defer { s.remove() }
        let r = try partnermap(["render", "--size", "480x270", "-o", "map.png", "--center=-30"], in: s)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "wrote map.png\n")
        #expect(isPNG(s.file("map.png"), 480, 270))
        #expect(try s.contents() == ["map.png"], "nothing else left behind")
    }

    @Test func renderRefusesBadOptionsWithAMessageAndWritesNothing() throws {
        let s = try Scratch()
        defer { s.remove() }
        let cases: [([String], String)] = [
            (["render"], "give the output with -o FILE"),
            (["render", "-o", "m.png", "--colr", "year"], "did you mean '--color'"),
            (["render", "-o", "m.png", "--theme", "neon"], "--theme: \"neon\" is not known (expected one of: light, dark, print)"),
            (["render", "-o", "m.jpg"], "cannot tell the format of m.jpg"),
            (["render", "-o", "m.png", "--size", "100x100", "--paper", "A4"], "cannot be combined"),
            (["render", "-o", "m.png", "--data", "missing.csv"], "missing.csv"),
            (["render", "-o", "m.png", "--dpi"], "missing value for '--dpi <dpi>'"),
        ]
        for (args, message) in cases {
            let r = try partnermap(args, in: s)
            #expect(r.status == 1, "\(args)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
            #expect(!r.err.contains("Fatal error") && r.out.isEmpty)
        }
        #expect(try s.contents().isEmpty)
    }

    @Test func helpListsTheModelsOptionsForEachCommand() throws {
        let s = try Scratch()
        defer { s.remove() }
        for (command, option) in [("render", "--png-compression <level>"), ("frames", "--per-year <n>"), ("poster", "--bleed <mm>"),
                                  ("list", "--hub <id|place>"), ("validate", "--hub <id|place>"), ("geocode", "--hub <id|place>"), ("bench", "--basemap <name|path>")] {
            let r = try partnermap([command, "--help"], in: s)
            #expect(r.status == 0)
            #expect(r.out.contains("USAGE: partnermap \(command)") && r.out.contains(option), "\(command) --help")
        }
        let top = try partnermap(["--help"], in: s)
        #expect(top.status == 0 && top.out.contains("SUBCOMMANDS"))
        let help = try partnermap(["help", "poster"], in: s)
        #expect(help.out.contains("--bleed <mm>"))
        #expect(try partnermap(["poster", "--help"], in: s).out.contains("--size <WxH>") == false, "a poster is sized by paper")
    }

    @Test func framesWritesNumberedFramesQuietly() throws {
        let s = try Scratch()
        defer { s.remove() }
        let r = try partnermap(["frames", "-o", "f", "--from", "2005", "--to", "2006", "--size", "320x180", "--quiet"], in: s)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.isEmpty && r.err.isEmpty, "--quiet prints nothing")
        let files = try FileManager.default.contentsOfDirectory(atPath: s.file("f")).sorted()
        #expect(files.contains("frames.json") && files.contains("frame-0001.png"))
        #expect(isPNG(s.file("f/frame-0001.png"), 320, 180))
        let bad = try partnermap(["frames", "-o", "f", "--undated", "later"], in: s)
        #expect(bad.status == 1 && bad.err.contains("--undated"))
        let avi = try partnermap(["frames", "-o", "g", "--video", "v.avi"], in: s)
        #expect(avi.status == 1 && avi.err.contains("expected .mp4, .webm or .gif"), "refused before any frame is drawn")
        #expect(!FileManager.default.fileExists(atPath: s.file("g")))
        try "x".write(toFile: s.file("file"), atomically: true, encoding: .utf8)
        let onFile = try partnermap(["frames", "-o", "file"], in: s)
        #expect(onFile.status == 1 && onFile.err.contains("it is a file, not a directory"), "\(onFile.err)")
    }

    @Test func posterMakesAPDF() throws {
        let s = try Scratch()
        defer { s.remove() }
        let r = try partnermap(["poster", "--paper", "A4", "--dpi", "30", "-o", "p.pdf"], in: s)
        #expect(r.status == 0, "\(r.err)")
        let head = try #require(FileManager.default.contents(atPath: s.file("p.pdf"))).prefix(5)
        #expect(head == Data("%PDF-".utf8))
        let bad = try partnermap(["poster", "--bleed", "40", "-o", "p2.pdf"], in: s)
        #expect(bad.status == 1 && bad.err.contains("--bleed: 40 is out of range"))
        #expect(!FileManager.default.fileExists(atPath: s.file("p2.pdf")))
    }

    @Test func listAndValidateReadTheTable() throws {
        let s = try Scratch()
        defer { s.remove() }
        let list = try partnermap(["list"], in: s)
        #expect(list.status == 0 && list.out.contains("Banjul"))
        let ok = try partnermap(["validate"], in: s)
        #expect(ok.status == 0 && ok.out.contains("ok: hub Nanning, 26 partners"))
        try "id,name_en,country,iso2,lat,lon,relation,year\nh,Hub,X,CN,95,10,hub,\n".write(toFile: s.file("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try partnermap(["validate", "bad.csv"], in: s)
        #expect(bad.status == 1 && bad.err.contains("bad.csv:2:"), "\(bad.err)")
    }

    @Test func listPrintsCSVAndJSONForOtherPrograms() throws {
        let s = try Scratch()
        defer { s.remove() }
        let csv = try partnermap(["list", "--format", "csv"], in: s)
        #expect(csv.status == 0 && csv.err.isEmpty)
        let lines = csv.out.components(separatedBy: "\r\n")
        #expect(lines.first == "id,name_en,name_zh,name_vi,name_th,country,iso2,continent,relation,year,distance_km,bearing")
        #expect(lines.count == 26 + 2 && lines.last == "", "a header, 26 partners, each line ending in CRLF (not escaped)")
        #expect(lines[1].hasPrefix("banjul,Banjul,班珠尔,Banjul,บันจูล,Gambia,GM,Africa,sister,1987,12803.866,298.45"))
        let json = try partnermap(["list", "--format", "json"], in: s)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(objects.count == 26 && objects[0]["id"] as? String == "banjul")
        let help = try partnermap(["list", "--help"], in: s)
        #expect(help.out.contains("--format <format>") && help.out.contains("table, csv, json"), "\(help.out)")
        let geojson = try partnermap(["render", "--help"], in: s)
        #expect(geojson.out.contains(".geojson"))
    }

    @Test func specExampleChecksAndBadSpecsNameTheirLine() throws {
        let s = try Scratch()
        defer { s.remove() }
        let example = try partnermap(["spec", "--example"], in: s)
        #expect(example.status == 0)
        try example.out.write(toFile: s.file("ex.yml"), atomically: true, encoding: .utf8)
        let check = try partnermap(["spec", "--check", "ex.yml"], in: s)
        #expect(check.status == 0 && check.out == "ex.yml: ok\n")
        try "theme: dark\ncolor: rainbow\n".write(toFile: s.file("bad.yml"), atomically: true, encoding: .utf8)
        let bad = try partnermap(["spec", "--check", "bad.yml"], in: s)
        #expect(bad.status == 1 && bad.err.contains("bad.yml:2:8: error: 'color'"), "\(bad.err)")
        let render = try partnermap(["render", "--spec", "ex.yml", "--size", "320x180", "-o", "spec.png"], in: s)
        #expect(render.status == 0 && isPNG(s.file("spec.png"), 320, 180), "\(render.err)")
    }

    @Test func basemapImportAndInfo() throws {
        let s = try Scratch()
        defer { s.remove() }
        let square = """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ISO_A2":"AT","NAME":"Square"},
        "geometry":{"type":"Polygon","coordinates":[[[10,40],[20,40],[20,50],[10,50],[10,40]]]}}]}
        """
        try square.write(toFile: s.file("square.geojson"), atomically: true, encoding: .utf8)
        let imported = try partnermap(["basemap", "import", "square.geojson", "-o", s.file("maps/square")], in: s)
        #expect(imported.status == 0, "\(imported.err)")
        let info = try partnermap(["basemap", "info", s.file("maps/square")], in: s)
        #expect(info.status == 0 && info.out.contains("low") && info.out.contains("high"), "\(info.out)")
        let missing = try partnermap(["basemap", "import", "nothing.shp", "-o", "x"], in: s)
        #expect(missing.status == 1 && missing.err.contains("nothing"))
    }

    /// 40 bytes changed past the first 64 of the low level: the render is refused, naming the
    /// file and where, and no map is written.
    @Test func renderRefusesADamagedBasemap() throws {
        let s = try Scratch()
        defer { s.remove() }
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("geodata/basemap")
        try FileManager.default.createDirectory(atPath: s.file("maps"), withIntermediateDirectories: true)
        for level in ["low", "medium", "high"] {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent("naturalearth.\(level).pmb"),
                                            to: URL(fileURLWithPath: s.file("maps/naturalearth.\(level).pmb")))
        }
        let low = s.file("maps/naturalearth.low.pmb")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: low)))
        var random = SplitMix64(seed: 40)
        for _ in 0..<40 { bytes[Int.random(in: 64..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random) }
        try Data(bytes).write(to: URL(fileURLWithPath: low))
        let r = try partnermap(["render", "--basemap", "maps/naturalearth", "--detail", "low", "--size", "480x270", "-o", "bm.png"], in: s)
        #expect(r.status == 1)
        #expect(r.err.contains("maps/naturalearth.low.pmb: error: at byte offset "), "\(r.err)")
        #expect(try s.contents() == ["maps"], "no map written")
    }

    @Test func benchRunsOnce() throws {
        let s = try Scratch()
        defer { s.remove() }
        let r = try partnermap(["bench", "--runs", "1", "--no-processes"], in: s)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("map 1920x1080: plan") && r.out.contains("ms"))
    }

    @Test func versionIsPrinted() throws {
        let s = try Scratch()
        defer { s.remove() }
        let r = try partnermap(["--version"], in: s)
        #expect(r.status == 0 && r.out.first?.isNumber == true)
    }
}
