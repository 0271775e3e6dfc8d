import CairoCanvas
import Cartography
import Foundation
import MapScene

/// `partnermap poster`: an exhibition poster (PDF, PNG or SVG) on ISO paper, with bleed and crop
/// marks when asked.
public struct PosterJob {
    public var data: DataOptions
    public var values: MapOptionValues
    /// Bleed around the paper in millimetres (0: none).
    public var bleedMM: Double
    public var output: String
    /// PNG compression, 1 (fastest, the default) … 12 (smallest).
    public var pngLevel: Int32 = 2

    /// Room beyond the bleed for crop marks.
    static let slugMM = 8.0

    public init(data: DataOptions, values: MapOptionValues, bleedMM: Double, output: String) {
        self.data = data; self.values = values; self.bleedMM = bleedMM; self.output = output
    }

    public func run() throws -> JobResult {
        guard let format = OutputFormat(path: output) else {
            throw JobError("cannot tell the format of \(output) (expected a name ending in .pdf, .png or .svg)")
        }
        guard values.size == nil, values.widthMM == nil, values.heightMM == nil else {
            throw JobError("a poster is sized by --paper (A0…A4) and --portrait/--landscape, not --size or --width-mm/--height-mm")
        }
        guard bleedMM >= 0 && bleedMM <= 20 else { throw JobError("--bleed \(bleedMM) is out of range (expected 0 to 20 mm)") }
        var v = values
        v.paper = v.paper ?? "A1"
        let spec = try SpecBuilder.build(v, defaultLandscape: false)
        let mm = spec.dpi / 25.4
        let page = PosterPage(paper: spec.size, bleed: bleedMM * mm, slug: bleedMM > 0 ? Self.slugMM * mm : 0)
        var times = StageTimes()
        let inputs = try times.measure("load table, basemap, fonts") { try MapInputs.load(data) }
        let composer = PosterComposer(spec: spec, page: page, measurer: inputs.measurer, tableName: inputs.tableName,
                                      basemap: inputs.levelLoader())
        let poster = try times.measure("compose") { try composer.compose(inputs.network) }
        let bytes = try times.measure("draw and encode \(format.rawValue)") { try SceneRenderer(pngLevel: pngLevel).render(poster.scene, as: format) }
        try times.measure("write") { try AtomicFile.write(bytes, to: output) }
        var result = JobResult()
        result.written = [output]
        result.warnings = poster.warnings
        result.times = times.stages
        return result
    }
}
