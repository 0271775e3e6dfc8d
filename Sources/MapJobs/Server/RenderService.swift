import CairoCanvas
import Foundation
import OptionModel

/// Renders what the editor and the API ask for: any option of the product by its long name, plus
/// `product` (map, poster, frames or video) and `format`, from the table in memory, with the
/// basemap, fonts and plans kept warm in the process. Frames come as a zip of the frames folder.
/// At most `running` renders at once and `waiting` more queued; beyond that the answer is "busy".
final class RenderService: @unchecked Sendable {
    let shared = SharedInputs()
    /// Pixels a render (or one frame) may have at most.
    static let maxPixels = 4096 * 4096
    /// Frames an export of frames or a video may have at most.
    static let maxFrames = 1_200
    private let gate: RenderGate

    init(running: Int = 2, waiting: Int = 32) { gate = RenderGate(running: running, waiting: waiting) }

    /// A request the options of a render could not make.
    struct BadRequest: Error, CustomStringConvertible { var description: String }
    /// Too many renders at once.
    struct Busy: Error {}

    /// Options that name files on the server: a request may not set them.
    static let serverOnly: Set<String> = ["data", "output", "layout-report", "spec", "encoding", "separator", "sheet", "video"]

    /// What a request may make: each product's command, and its formats with their content types
    /// (the first is the default).
    static let products: [String: (command: MapCommand, formats: [(String, String)])] = [
        "map": (.render, [("png", "image/png"), ("pdf", "application/pdf"), ("svg", "image/svg+xml"),
                          ("html", "text/html; charset=utf-8"), ("geojson", "application/geo+json")]),
        "poster": (.poster, [("pdf", "application/pdf"), ("png", "image/png"), ("svg", "image/svg+xml")]),
        "frames": (.frames, [("zip", "application/zip")]),
        "video": (.frames, [("mp4", "video/mp4"), ("webm", "video/webm"), ("gif", "image/gif")]),
    ]

    /// The options a product takes from a request.
    static func options(for product: String) -> [Option<MapOptions>] {
        guard let command = products[product]?.command else { return [] }
        return MapOptions.options(for: command).filter { !$0.commandLineOnly && !serverOnly.contains($0.key) }
    }

    /// The bytes of a render and their content type.
    func render(_ json: [String: Any], table: Data, tableName: String, version: Int) async throws -> (Data, String) {
        let product = json["product"] as? String ?? "map"
        guard let made = Self.products[product] else {
            throw BadRequest(description: "unknown product '\(product)' (expected one of: map, poster, frames, video)")
        }
        let format = (json["format"] as? String ?? made.formats[0].0).lowercased()
        guard let type = made.formats.first(where: { $0.0 == format })?.1 else {
            throw BadRequest(description: "a \(product) comes as \(made.formats.map(\.0).joined(separator: ", ")), not '\(format)'")
        }
        let command = made.command
        var o = MapOptions()
        let known = Self.options(for: product)
        var words: [String] = []
        for (key, value) in json.sorted(by: { $0.key < $1.key }) where key != "format" && key != "product" {
            guard let option = known.first(where: { $0.names.contains(key) }) else {
                throw BadRequest(description: "unknown or server-only option '\(key)' for a \(product)")
            }
            let values: [String]
            switch value {
            case let s as String: values = [s]
            // JSON's 0 and 1 cast to Bool too: a number is told from true/false by its C type ("c" is a Bool).
            case let n as NSNumber where String(cString: n.objCType) != "c": values = [n.stringValue]
            case let b as Bool: values = [b ? "true" : "false"]
            case let a as [Any]: values = option.kind == .list ? a.map { "\($0)" } : [a.map { "\($0)" }.joined(separator: ",")]
            default: throw BadRequest(description: "'\(key)' takes a string, a number, true/false or a list")
            }
            if option.key == "basemap", values.contains(where: { $0.contains("/") }) { throw BadRequest(description: "'basemap' names a shipped basemap here, not a path") }
            do { try OptionAssignment(option: option, values: values, origin: "'\(key)'").apply(to: &o) } catch let e as OptionError {
                throw BadRequest(description: e.description)
            }
            if !BatchJobSpec.outputOnly.contains(option.key) { words.append("\(option.key)=\(values.joined(separator: ","))") }
        }
        o.data.table = .data(table, name: tableName)
        let options0 = o
        guard let spec = try? options0.mapSpec(for: command) else {
            do { _ = try options0.mapSpec(for: command) } catch { throw BadRequest(description: String(describing: error)) }
            throw BadRequest(description: "bad size options")
        }
        guard spec.size.width * spec.size.height <= Double(Self.maxPixels) else {
            throw BadRequest(description: "\(Int(spec.size.width))×\(Int(spec.size.height)) pixels is more than this server draws (\(Self.maxPixels) at most)")
        }
        let planKey = ([product, "table \(version)"] + words).joined(separator: "\u{1F}")
        let shared = self.shared, options = o
        let bytes = try await gate.run {
            try Self.make(options, product: product, format: format, shared: shared, planKey: planKey)
        }
        return (bytes, type)
    }

    /// Draws the picture on this thread.
    private static func make(_ o: MapOptions, product: String, format: String, shared: SharedInputs, planKey: String) throws -> Data {
        if product == "map", let f = OutputFormat(rawValue: format) {
            var job = RenderJob(options: o)
            job.shared = shared
            job.planKey = planKey
            return try job.data(as: f)
        }
        // Outputs written only to files (GeoJSON, HTML, posters) go through a private folder.
        let dir = NSTemporaryDirectory() + "partnermap-serve-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/out." + format
        var options = o
        switch product {
        case "poster":
            options.poster.output = file
            var job = PosterJob(options: options)
            job.shared = shared
            _ = try job.run()
        case "frames", "video":
            // A video is encoded as its frames are drawn, with no frames folder.
            let frames = dir + "/frames"
            if product == "video" { options.frames.video = file } else { options.frames.output = frames }
            var job = FramesJob(options: options)
            job.shared = shared
            job.frameLimit = Self.maxFrames
            _ = try job.run()
            if product == "frames" { return try FramesArchive.zip(folder: frames) }
        default:
            options.render.output = file
            var job = RenderJob(options: options)
            job.shared = shared
            job.planKey = planKey
            _ = try job.run()
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw BadRequest(description: "the render wrote nothing") }
        return data
    }
}

/// At most `running` blocking renders at once, on threads of their own, and `waiting` more in line.
actor RenderGate {
    private let running: Int
    private let waiting: Int
    private var active = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    init(running: Int, waiting: Int) { self.running = running; self.waiting = waiting }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        if active >= running {
            guard queue.count < waiting else { throw RenderService.Busy() }
            await withCheckedContinuation { queue.append($0) }
        } else {
            active += 1
        }
        defer { if queue.isEmpty { active -= 1 } else { queue.removeFirst().resume() } }
        return try await withCheckedThrowingContinuation { c in
            DispatchQueue.global(qos: .userInitiated).async { c.resume(with: Result { try work() }) }
        }
    }
}
