import CCairo
import Foundation
import MapScene

/// The part of every frame that never changes, drawn once: plain immutable pixels that any
/// number of threads may copy from.
package struct FrameBase: Sendable {
    let pixels: [UInt8]
    package let width: Int
    package let height: Int
    let stride: Int
    let opaque: Bool

    /// Draws `scene` (background included) once.
    package init(_ scene: Scene) throws {
        let image = try RasterImage(width: Int(scene.size.width.rounded()), height: Int(scene.size.height.rounded()))
        image.draw(scene)
        width = image.width
        height = image.height
        (pixels, stride) = image.withPixels { data, stride in (Array(UnsafeBufferPointer(start: data, count: stride * image.height)), stride) }
        opaque = image.isOpaque
    }
}

/// Draws animation frames: each is a copy of the shared base with the frame's own scene painted
/// over it, encoded with the banded PNG encoder. Sprites and compressed bands are reused from
/// frame to frame. Use one per thread.
package final class FrameRenderer {
    private let base: FrameBase
    private let work: RasterImage
    private let sprites = SpriteCache()
    private let encoder: BandedPNGEncoder

    package init(base: FrameBase, pngLevel: Int32 = 1) throws {
        self.base = base
        work = try RasterImage(width: base.width, height: base.height)
        encoder = BandedPNGEncoder(level: pngLevel)
    }

    /// Seconds the last frame spent copying the base, drawing and encoding.
    package private(set) var lastTimes = (copy: 0.0, draw: 0.0, encode: 0.0)

    /// The frame: the base with `scene`'s layers painted over it (its background is ignored).
    package func render(_ scene: Scene, dpi: Double?) -> [UInt8] {
        let t0 = DispatchTime.now().uptimeNanoseconds
        work.withPixelsMutable { dst, stride in
            precondition(stride == base.stride, "base and frame strides differ")
            base.pixels.withUnsafeBufferPointer { dst.update(from: $0.baseAddress!, count: $0.count) }
        }
        cairo_surface_mark_dirty(work.surface)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let cr = cairo_create(work.surface)!
        CairoPainter(cr, sprites: sprites).paint(scene)
        cairo_destroy(cr)
        let t2 = DispatchTime.now().uptimeNanoseconds
        let png = work.withPixels { data, stride in
            encoder.encode(argb: data, width: work.width, height: work.height, stride: stride, opaque: base.opaque, dpi: dpi, metadata: scene.metadata)
        }
        let t3 = DispatchTime.now().uptimeNanoseconds
        lastTimes = (Double(t1 - t0) / 1e9, Double(t2 - t1) / 1e9, Double(t3 - t2) / 1e9)
        return png
    }

    /// Bands compressed and reused so far.
}
