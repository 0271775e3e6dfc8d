import CairoCanvas
import Cartography
import Foundation
import MapScene
import OptionModel

/// What `poster` makes: the file, and the bleed around the paper.
public struct PosterOptions: Sendable {
    public var output: String?
    /// Bleed around the paper in millimetres, with crop marks (0: none).
    public var bleedMM = 0.0
    public var layoutReport: String?
    /// rgb, or cmyk for a print PDF/X.
    public var colorSpace = ColorSpace.rgb
    public init() {}

    package static let options: [Option<PosterOptions>] = [
        .optional("output", \.output, "file", help: "Output file: .pdf, .png or .svg.", short: "o", pathRule: .path),
        .value("bleed", \.bleedMM, "mm", help: "Bleed around the paper in millimetres, with crop marks (0: none).",
               check: within(0...20, "mm")),
        .optional("layout-report", \.layoutReport, "file",
                  help: "Also write a JSON report of the layout: every block, map panel, city marker and label, in the output's units.",
                  pathRule: .path),
        ColorSpace.option(\.colorSpace),
    ]
}

/// `partnermap poster`: an exhibition poster (PDF, PNG or SVG) on ISO paper (A1 portrait unless
/// told), with bleed and crop marks when asked.
public struct PosterJob {
    public var options: MapOptions
    /// zlib level of PNG output: 1 is fastest, 9 gives the smallest files.
    public var pngCompression: Int32 = 2
    /// Directories to look for Ghostscript in, for `--color-space cmyk` (default: those of `PATH`).
    public var ghostscriptSearchPath: [String]?

    /// Room beyond the bleed for crop marks.
    static let slugMM = 8.0

    /// Inputs shared with other maps of the process (a batch); nil: loaded for this one.
    package var shared: SharedInputs?

    public init(options: MapOptions) { self.options = options }

    public func run() throws -> JobResult {
        guard let output = options.poster.output else {
            throw JobError("give the output with -o FILE (or output: in the spec's poster section)")
        }
        guard let format = OutputFormat(path: output) else {
            throw JobError("cannot tell the format of \(output) (expected a name ending in .pdf, .png or .svg)")
        }
        try options.poster.colorSpace.check(format)
        let spec = try options.mapSpec(for: .poster)
        // Where the outputs go, and Ghostscript for a print PDF, are checked before the work.
        let target = try AtomicFile.Target(output)
        for path in options.poster.layoutReport.map({ [$0] }) ?? [] { _ = try AtomicFile.Target(path) }
        let print = try options.poster.colorSpace == .cmyk ? PDFXConverter.locate(in: ghostscriptSearchPath) : nil
        let bleedMM = options.poster.bleedMM
        let mm = spec.dpi / 25.4
        let page = PosterPage(paper: spec.size, bleed: bleedMM * mm, slug: bleedMM > 0 ? Self.slugMM * mm : 0)
        var times = StageTimes()
        let inputs = try times.measure("load table, basemap, fonts") { try shared?.inputs(options.data) ?? MapInputs.load(options.data) }
        var composer = PosterComposer(spec: spec, page: page, measurer: inputs.measurer, tableName: inputs.tableName,
                                      basemap: inputs.levelLoader())
        composer.countryNames = try ProjectFiles.countryNames()
        composer.basemapCredit = inputs.basemapCredit
        composer.tableContinues = format == .pdf
        let poster = try times.measure("compose") { try composer.compose(inputs.network) }
        var renderer = SceneRenderer(pngLevel: pngCompression, creationDate: SourceDate.fromEnvironment(), threads: options.run.threadCount)
        renderer.forPrint = print != nil
        var bytes = try times.measure("draw and encode \(format.rawValue)") { try SceneEncoder(renderer: renderer, measurer: inputs.measurer).bytes(poster.scene, as: format) }
        if let print {
            bytes = try times.measure("convert to CMYK PDF/X (Ghostscript)") { try PDFXConverter.convert(bytes, in: target.folder, with: print) }
        }
        var files = [(path: output, bytes: bytes)]
        if let report = options.poster.layoutReport {
            files.append((report, Array(try LayoutReport.json(poster.facts, format: format, dpi: spec.dpi).utf8)))
        }
        // The poster and its report are written together: both or neither.
        try times.measure("write") { try AtomicFile.write(files) }
        var result = JobResult()
        result.written = files.map(\.path)
        result.notes = inputs.network.notes
        result.warnings = poster.warnings
        result.times = times.stages
        return result
    }
}
