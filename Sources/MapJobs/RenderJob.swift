import Basemap
import CairoCanvas
import Cartography
import Foundation
import MapScene
import OptionModel
import PartnerData

/// What a job wrote and noticed.
public struct JobResult: Sendable {
    public var written: [String] = []
    /// How the table was read, when that is worth saying (`t.csv: read as GB18030 with ';' separators`).
    public var notes: [String] = []
    public var warnings: [String] = []
    /// Time spent in each stage (for `--timings`).
    public var times: [(name: String, seconds: Double)] = []
    /// A one-line summary for the user (e.g. "38 frames").
    public var summary: String?
    public init() {}
}

/// What `render` writes: the map file (or the network as GeoJSON), a label report, and how hard PNGs are compressed.
public struct RenderOptions: Sendable {
    public var output: String?
    public var layoutReport: String?
    /// zlib level of PNG output: 1 is fastest, 9 gives the smallest files.
    public var pngCompression = 2
    /// rgb, or cmyk for a print PDF/X.
    public var colorSpace = ColorSpace.rgb
    /// With an .html output: only an embeddable `<div>` (scoped style and script), no page around it.
    public var htmlFragment = false
    public init() {}

    package static let options: [Option<RenderOptions>] = [
        .optional("output", \.output, "file", help: "Output file: .png, .pdf or .svg; .html, an interactive web page (the SVG map with tooltips and a year slider, no network requests); or .geojson, the cities and their geodesic arcs as GeoJSON for GIS (no map is drawn).", short: "o", pathRule: .path),
        .optional("layout-report", \.layoutReport, "file",
                  help: "Also write a JSON report of the layout: every block, map panel, city marker and label (text, box, placed/displaced/keyed, leader line).",
                  aliases: ["label-report"], pathRule: .path),
        .value("png-compression", \.pngCompression, "level",
               help: "PNG compression: 1 (fastest) to 9 (smallest files).", check: within(1...9)),
        ColorSpace.option(\.colorSpace),
        .flag("html-fragment", \.htmlFragment,
              help: "With -o FILE.html: write only an embeddable <div> (its style and script scoped to it) to paste into another page, not a whole page."),
    ]
}

/// Renders one map to PNG, PDF or SVG (format from the output's extension), to a file or bytes;
/// a .geojson output gets the network's cities and arcs instead (`GeoJSONExport`).
public struct RenderJob {
    public var options: MapOptions
    /// Directories to look for Ghostscript in, for `--color-space cmyk` (default: those of `PATH`).
    public var ghostscriptSearchPath: [String]?
    /// Inputs shared with other maps of the process (a batch); nil: loaded for this map.
    package var shared: SharedInputs?
    /// With `shared`: the key its plan is kept under for maps of the same framing (other formats).
    package var planKey: String?

    public init(options: MapOptions) { self.options = options }

    /// Renders the map and writes `options.render.output` (and the label report when asked), or
    /// writes the network's GeoJSON there.
    public func run() throws -> JobResult {
        guard let output = options.render.output else {
            throw JobError("give the output with -o FILE (or output: in the spec's render section)")
        }
        if GeoJSONExport.isGeoJSON(output) { return try GeoJSONExport.run(options, to: output) }
        // An HTML page is the SVG map wrapped (`HTMLMapPage`).
        let html = HTMLMapPage.isHTML(output)
        guard let format = html ? OutputFormat.svg : OutputFormat(path: output) else {
            throw JobError("cannot tell the format of \(output) (expected a name ending in .png, .pdf, .svg, .html or .geojson)")
        }
        // Where the outputs go, and Ghostscript for a print PDF, are checked before the work.
        let target = try AtomicFile.Target(output)
        for path in options.render.layoutReport.map({ [$0] }) ?? [] { _ = try AtomicFile.Target(path) }
        var times = StageTimes()
        let made = try render(as: format, times: &times, scratch: target.folder)
        let bytes = html ? HTMLMapPage(network: made.plan.network, language: made.plan.spec.language,
                                       title: made.plan.spec.title ?? "Partner cities of \(made.plan.network.hub.name(.en) ?? made.plan.network.hub.id)",
                                       fragment: options.render.htmlFragment).bytes(svg: made.bytes) : made.bytes
        var files = [(path: output, bytes: bytes)]
        if let report = options.render.layoutReport {
            files.append((report, Array(try LayoutReport.json(made.plan.layoutFacts, format: format, dpi: made.plan.spec.dpi).utf8)))
        }
        // The map and its report are written together: both or neither.
        try times.measure("write") { try AtomicFile.write(files) }
        var result = JobResult()
        result.times = times.stages.flatMap { stage in
            [stage] + (stage.name == "plan" ? made.plan.times.stages.map { ("  plan › " + $0.name, $0.seconds) } : [])
        }
        result.written = files.map(\.path)
        result.notes = made.plan.network.notes
        result.warnings = made.plan.warnings
        return result
    }

    /// The map's bytes in `format`, written nowhere.
    public func data(as format: OutputFormat) throws -> Data {
        var times = StageTimes()
        return Data(try render(as: format, times: &times, scratch: NSTemporaryDirectory()).bytes)
    }

    /// A print PDF's input waits for Ghostscript in the folder `scratch`.
    func render(as format: OutputFormat, times: inout StageTimes, scratch: String) throws -> (bytes: [UInt8], plan: MapPlan) {
        try options.render.colorSpace.check(format)
        let print = try options.render.colorSpace == .cmyk ? PDFXConverter.locate(in: ghostscriptSearchPath) : nil
        let spec = try options.mapSpec(for: .render)
        let inputs = try times.measure("load table, basemap, fonts") { try shared?.inputs(options.data) ?? MapInputs.load(options.data) }
        let plan = try times.measure("plan") {
            let make = { try inputs.planner(spec: spec).plan(inputs.network) }
            guard let shared, let planKey else { return try make() }
            return try shared.plan(planKey, make)
        }
        let scene = times.measure("assemble scene") { SceneAssembler(plan: plan).scene() }
        var renderer = SceneRenderer(pngLevel: Int32(options.render.pngCompression), creationDate: SourceDate.fromEnvironment(),
                                     threads: options.run.threadCount)
        renderer.forPrint = print != nil
        renderer.baseRasters = shared?.baseRasters
        var bytes = try times.measure("draw and encode \(format.rawValue)") { try SceneEncoder(renderer: renderer, measurer: inputs.measurer).bytes(scene, as: format) }
        if let print {
            bytes = try times.measure("convert to CMYK PDF/X (Ghostscript)") { try PDFXConverter.convert(bytes, in: scratch, with: print) }
        }
        return (bytes, plan)
    }
}
