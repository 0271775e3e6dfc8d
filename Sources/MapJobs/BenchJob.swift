import Basemap
import CairoCanvas
import Cartography
import Foundation
import Gazetteer
import MapGeometry
import MapScene

/// `partnermap bench`: the project's benchmark. Medians of basemap loads, projecting the full
/// 10m basemap, loading the gazetteer and resolving 1,000 names with it, the stages of one
/// 1920x1080 map, a map whose plan a batch holds, one map as a whole process (start-up
/// included), the yearly and tweened frame sequences, the stages inside one frame, maps of 300,
/// 3,000 and 10,000 partners, and a 16-map batch against 16 processes.
package struct BenchJob {
    package var data: DataOptions
    package var runs: Int
    /// This program, to time whole processes (nil: skip them).
    package var executable: String?

    package init(data: DataOptions = DataOptions(), runs: Int = 7, executable: String? = nil) {
        self.data = data
        self.runs = max(1, runs)
        self.executable = executable
    }

    package func run(progress: (String) -> Void = { _ in }) throws -> String {
        var table = MedianTable()
        let inputs = try MapInputs.load(data)
        let basemap = inputs.basemap
        progress("basemap and geometry")
        for _ in 0..<runs {
            for level in DetailLevel.allCases {
                _ = try table.time("basemap: load \(level.rawValue) level") { try basemap.load(level) }
            }
            let high = try basemap.load(.high)
            let projection = try MapProjection(setup: .preset(.equalEarth, center: LonLat(lon: 150, lat: 0)),
                                               frame: Rect(x: 0, y: 0, width: 1920, height: 1080), fit: .world)
            _ = table.time("geometry: project + clip the full 10m basemap (\(high.points.count) points)") {
                (projection.polygonsPath(points: high.points, rings: high.rings, polygons: high.polygons),
                 projection.linesPath(points: high.borders.points, lines: high.borders.lines),
                 projection.linesPath(points: high.coastlines.points, lines: high.coastlines.lines))
            }
        }
        if let path = ProjectFiles.gazetteerPath() {
            progress("gazetteer")
            let names = try ProjectFiles.countryNames()
            let queries = try GazetteerBenchmark.queries(Gazetteer(path: path, countryNames: names), count: 1000)
            for _ in 0..<runs {
                let t = try GazetteerBenchmark.time(path: path, countryNames: names,
                                                    subdivisionNames: ProjectFiles.subdivisionNamesPath(), queries: queries)
                table.add("gazetteer: load (map, check, country and subdivision names)", t.load)
                table.add("gazetteer: resolve 1,000 names", t.resolve)
                table.add("gazetteer: load + resolve 1,000 names", t.load + t.resolve)
            }
        }
        progress("one map, in process")
        let spec = try MapOptions().mapSpec(for: .render)
        for _ in 0..<runs {
            let plan = try table.time("map 1920x1080: plan") { try inputs.planner(spec: spec).plan(inputs.network) }
            for s in plan.times.stages { table.add("map 1920x1080:   plan › \(s.name)", s.seconds) }
            let scene = SceneAssembler(plan: plan).scene()
            let image = try RasterImage(width: 1920, height: 1080)
            table.time("map 1920x1080: draw (PNG)") { image.draw(scene) }
            _ = table.time("map 1920x1080: encode PNG") { image.png(dpi: spec.dpi) }
            _ = try table.time("map 1920x1080: draw + write PDF") { try SceneRenderer().render(scene, as: .pdf) }
        }
        progress("inside a frame")
        var frameSpec = spec
        frameSpec.timelineBand = true
        let plan = try inputs.planner(spec: frameSpec).plan(inputs.network)
        var animation = AnimationOptions()
        animation.from = 2000; animation.to = 2009; animation.perYear = 12; animation.undated = .hide
        let frames = try AnimationTimeline.frames(inputs.network, animation)
        let scenes = AnimationScenes(plan: plan, options: animation, frames: frames)
        let base = try FrameBase(scenes.base)
        let renderer = try FrameRenderer(base: base)
        for f in frames {
            let kept = scenes.keptArcs(f)
            let overlay = table.time("frame 1920x1080 (tweened run): build its scene") { scenes.overlay(f, over: kept) }
            renderer.draw(overlay, over: kept, parts: scenes.keptArcScene)
            _ = renderer.png(dpi: frameSpec.dpi, metadata: overlay.metadata)
            table.add("frame 1920x1080 (tweened run): copy the base, add the arcs kept", renderer.lastTimes.copy)
            table.add("frame 1920x1080 (tweened run): draw growing arcs, markers, sprites", renderer.lastTimes.draw)
            table.add("frame 1920x1080 (tweened run): encode PNG (banded)", renderer.lastTimes.encode)
        }
        progress("batch: a map of a framing already planned")
        try warmMaps(&table)
        if let exe = executable {
            progress("whole processes")
            let dir = NSTemporaryDirectory() + "partnermap-bench-\(getpid())"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let d = dataArguments
            for _ in 0..<runs {
                try table.process("process: render -o map.png", exe, ["render", "-o", dir + "/map.png"] + d)
                try table.process("process: render -o map.pdf", exe, ["render", "-o", dir + "/map.pdf"] + d)
                try table.process("process: \(Self.yearlyFrames.name)", exe, Self.yearlyFrames.words(dir) + d)
                try table.process("process: frames, 120 tweened 2000–2009 ×12", exe,
                                  ["frames", "--from", "2000", "--to", "2009", "--per-year", "12", "--hold", "0", "--undated", "hide",
                                   "--quiet", "-o", dir + "/t"] + d)
            }
            if let t = table.median("process: frames, 120 tweened 2000–2009 ×12") {
                table.note("process: tweened sequence rate", String(format: "%.1f frames/s", 120 / t))
            }
            progress("posters, whole processes")
            for _ in 0..<runs {
                for (name, words) in Self.posters { try table.process("process: \(name)", exe, words(dir) + d) }
            }
            progress("many partners, whole processes")
            for n in [300, 3000, 10000] {
                let csv = try BenchNetworks.write(partners: n, in: dir)
                for _ in 0..<runs { try table.process("process: render -o map.png, \(n) partners", exe, ["render", "--data", csv, "-o", dir + "/n.png"]) }
                // Frames and posters of thousands take seconds each: three runs give their median.
                guard n >= 3000 else { continue }
                for _ in 0..<min(runs, 3) {
                    try table.process("process: \(Self.yearlyFrames.name), \(n) partners", exe, Self.yearlyFrames.words(dir) + ["--data", csv])
                    for (name, words) in Self.posters { try table.process("process: \(name), \(n) partners", exe, words(dir) + ["--data", csv]) }
                }
            }
            for (product, base) in [("map", "render -o map.png"), ("frames", Self.yearlyFrames.name)] + Self.posters.map { ($0.name, $0.name) } {
                guard let b = table.median("process: \(base)") else { continue }
                for n in [300, 3000, 10000] {
                    if let t = table.median("process: \(base), \(n) partners") {
                        table.note("process: \(product), \(n) partners against the table's", String(format: "%.1f×", t / b))
                    }
                }
            }
            progress("batch against separate processes")
            try batchAgainstProcesses(&table, exe: exe, in: dir)
        }
        return "partnermap bench: medians of \(runs) runs, release build expected\n" + table.report()
    }

    /// The yearly frames timed for the table and for many partners: the same 38 years, so the
    /// same number of frames.
    static let yearlyFrames: (name: String, words: @Sendable (String) -> [String]) = ("frames, 38 yearly 1987–2024", { dir in
        ["frames", "--from", "1987", "--to", "2024", "--hold", "0", "--undated", "hide", "--quiet", "-o", dir + "/y"]
    })

    /// The posters timed: A1, as PNG (150 dpi) and as PDF.
    static let posters: [(name: String, words: @Sendable (String) -> [String])] = [
        ("poster -o poster.png (A1)", { ["poster", "-o", $0 + "/poster.png"] }),
        ("poster -o poster.pdf (A1)", { ["poster", "-o", $0 + "/poster.pdf"] }),
    ]

    /// The 16 maps of the batch measurement: 4 languages, 2 colour schemes, PNG and PDF, 960x540.
    static let batchSpec = """
        matrix:
          lang: [en, zh, vi, th]
          color: [continent, year]
          format: [png, pdf]
        output: "map-{lang}-{color}.{format}"
        size: 960x540

        """

    /// A 16-map batch as one process, against the same maps as 16 processes.
    private func batchAgainstProcesses(_ table: inout MedianTable, exe: String, in dir: String) throws {
        let spec = dir + "/batch.yml"
        let d = dataArguments
        // The data options as the spec's defaults, paths made absolute (a spec's are relative to its folder).
        let defaults = stride(from: 0, to: d.count, by: 2).map { i -> String in
            let key = d[i].dropFirst(2), value = d[i + 1]
            let path = key == "data" || (key == "basemap" && !BasemapLocation.isName(value))
            return "\(key): \"\(path ? URL(fileURLWithPath: value).path : value)\""
        }.joined(separator: "\n")
        try (Self.batchSpec + defaults + "\n").write(toFile: spec, atomically: true, encoding: .utf8)
        for _ in 0..<runs {
            try table.process("batch: 16 maps 960x540 in one process", exe, ["batch", spec, "-o", dir + "/batch", "--force", "--quiet"])
            let start = DispatchTime.now().uptimeNanoseconds
            for lang in ["en", "zh", "vi", "th"] {
                for color in ["continent", "year"] {
                    for format in ["png", "pdf"] {
                        var scratch = MedianTable()
                        try scratch.process("", exe, ["render", "--lang", lang, "--color", color, "--size", "960x540",
                                                       "-o", dir + "/s.\(format)"] + d)
                    }
                }
            }
            table.add("batch: the same 16 maps as separate processes", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        if let b = table.median("batch: 16 maps 960x540 in one process"), let s = table.median("batch: the same 16 maps as separate processes") {
            table.note("batch: throughput", String(format: "%.1f maps/s in a batch, %.1f maps/s as processes (%.2f× the time)", 16 / b, 16 / s, b / s))
        }
    }

    /// A 1920x1080 map whose plan a batch already holds (another format of it was made): the
    /// scene, its drawing and its PNG, written to a file.
    private func warmMaps(_ table: inout MedianTable) throws {
        let shared = SharedInputs()
        let dir = NSTemporaryDirectory() + "partnermap-bench-warm-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var o = MapOptions()
        o.data = data
        o.render.output = dir + "/first.pdf"
        var job = RenderJob(options: o)
        job.shared = shared
        job.planKey = "bench"
        _ = try job.run()
        job.options.render.output = dir + "/warm.png"
        for _ in 0..<runs { _ = try table.time("batch: warm map 1920x1080 PNG (plan held)") { try job.run() } }
    }

    private var dataArguments: [String] {
        var a: [String] = []
        if case .file(let t) = data.table { a += ["--data", t] }
        if let h = data.hubID { a += ["--hub", h] }
        if let e = data.encoding { a += ["--encoding", e.rawValue] }
        if let s = data.separator { a += ["--separator", s.rawValue] }
        if let s = data.sheet { a += ["--sheet", s] }
        return a + ["--basemap", data.basemap]
    }
}

/// Named samples and their medians, in the order first seen.
struct MedianTable {
    private var samples: [String: [Double]] = [:]
    private var notes: [String: String] = [:]
    private var order: [String] = []

    mutating func add(_ name: String, _ seconds: Double) {
        if samples[name] == nil && notes[name] == nil { order.append(name) }
        samples[name, default: []].append(seconds)
    }

    mutating func note(_ name: String, _ text: String) {
        if samples[name] == nil && notes[name] == nil { order.append(name) }
        notes[name] = text
    }

    mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let r = try body()
        add(name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        return r
    }

    /// Times a whole child process (posix_spawn and waitpid: Foundation's Process polls, which
    /// would add tens of milliseconds); fails when it does.
    mutating func process(_ name: String, _ exe: String, _ args: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([exe] + args).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, exe, &actions, nil, argv, environ) == 0 else { throw JobError("bench: cannot start \(exe)") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else { throw JobError("bench: \(name) failed (status \(status))") }
        add(name, elapsed)
    }

    func median(_ name: String) -> Double? {
        guard let v = samples[name]?.sorted(), !v.isEmpty else { return nil }
        return v.count % 2 == 1 ? v[v.count / 2] : (v[v.count / 2 - 1] + v[v.count / 2]) / 2
    }

    func report() -> String {
        let width = order.map(\.count).max() ?? 0
        return order.map { name in
            let value = notes[name] ?? median(name).map { String(format: "%9.1f ms", $0 * 1000) } ?? ""
            return name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value
        }.joined(separator: "\n") + "\n"
    }
}
