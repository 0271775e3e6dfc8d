import CairoCanvas
import MapScene
import SVGCanvas

/// A scene's bytes in an output format: SVG from the scene itself (`SVGWriter`: real text, a
/// group per layer), PNG and PDF through Cairo.
struct SceneEncoder {
    var renderer: SceneRenderer
    /// The measurer the scene was planned with (the SVG's lines are placed by it).
    var measurer: any TextMeasurer

    func bytes(_ scene: Scene, as format: OutputFormat) throws -> [UInt8] {
        format == .svg ? SVGWriter(measurer: measurer).write(scene) : try renderer.render(scene, as: format)
    }
}
