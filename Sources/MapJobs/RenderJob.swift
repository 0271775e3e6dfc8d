import Basemap
import CairoCanvas
import Cartography
import Foundation
import MapScene
import PartnerData

/// Where a map's data comes from: the partner table, the hub, the basemap.
public struct DataOptions: Sendable {
    /// The partner table (nil: the default Nanning table).
    public var table: String?
    public var hubID: String?
    /// A basemap name (looked up in geodata/basemap) or a path.
    public var basemap: String = "naturalearth"
    public init(table: String? = nil, hubID: String? = nil, basemap: String = "naturalearth") {
        self.table = table; self.hubID = hubID; self.basemap = basemap
    }
}

/// What a job wrote and noticed.
public struct JobResult: Sendable {
    public var written: [String] = []
    public var warnings: [String] = []
    /// Time spent in each stage (for `--timings`).
    public var times: [(name: String, seconds: Double)] = []
    /// A one-line summary for the user (e.g. "38 frames").
    public var summary: String?
    public init() {}
}

/// Renders one map to PNG, PDF or SVG (format from the output's extension).
public struct RenderJob {
    public var data: DataOptions
    public var spec: MapSpec
    public var output: String
    public var labelReport: String?
    /// PNG compression, 1 (fastest, the default) … 12 (smallest, for files kept in the repository).
    public var pngLevel: Int32 = 2

    public init(data: DataOptions, spec: MapSpec, output: String, labelReport: String? = nil) {
        self.data = data; self.spec = spec; self.output = output; self.labelReport = labelReport
    }

    public func run() throws -> JobResult {
        guard let format = OutputFormat(path: output) else {
            throw JobError("cannot tell the format of \(output) (expected a name ending in .png, .pdf or .svg)")
        }
        var times = StageTimes()
        let inputs = try times.measure("load table, basemap, fonts") { try MapInputs.load(data) }
        let plan = try times.measure("plan") { try inputs.planner(spec: spec).plan(inputs.network) }
        let scene = times.measure("assemble scene") { SceneAssembler(plan: plan).scene() }
        let bytes = try times.measure("draw and encode \(format.rawValue)") { try SceneRenderer(pngLevel: pngLevel).render(scene, as: format) }
        try times.measure("write") { try AtomicFile.write(bytes, to: output) }
        var result = JobResult()
        result.times = times.stages.flatMap { stage in
            [stage] + (stage.name == "plan" ? plan.times.stages.map { ("  plan › " + $0.name, $0.seconds) } : [])
        }
        result.written.append(output)
        if let report = labelReport {
            try AtomicFile.write(try LabelReport.json(plan), to: report)
            result.written.append(report)
        }
        result.warnings = plan.warnings
        return result
    }
}

/// The loaded inputs of a map: the network, the basemap and a text measurer.
public struct MapInputs {
    public var network: Network
    public var tableName: String
    public var basemap: Basemap
    public var measurer: PangoTextMeasurer

    public static func load(_ data: DataOptions) throws -> MapInputs {
        let table = try data.table ?? ProjectFiles.defaultTablePath()
        let network = try PartnerTable.read(path: table, hubID: data.hubID)
        let basemap = try BasemapImportJob.open(data.basemap)
        return MapInputs(network: network, tableName: URL(fileURLWithPath: table).lastPathComponent,
                         basemap: basemap, measurer: PangoTextMeasurer())
    }

    /// A planner for this network with a spec; basemap levels are loaded once each.
    public func planner(spec: MapSpec) -> MapPlanner {
        MapPlanner(spec: spec, measurer: measurer, tableName: tableName, basemap: levelLoader())
    }

    /// Loads basemap levels, each once however often asked, from any thread.
    public func levelLoader() -> @Sendable (DetailLevel) throws -> BasemapLevel {
        let cache = LevelCache(basemap)
        return { try cache.level($0) }
    }
}

/// Loads each basemap level at most once.
/// Safe to use from the planner's helper thread.
final class LevelCache: @unchecked Sendable {
    private let basemap: Basemap
    private let lock = NSLock()
    private var levels: [DetailLevel: BasemapLevel] = [:]
    init(_ b: Basemap) { basemap = b }
    func level(_ d: DetailLevel) throws -> BasemapLevel {
        lock.lock()
        defer { lock.unlock() }
        if let l = levels[d] { return l }
        let l = try basemap.load(d)
        levels[d] = l
        return l
    }
}
