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

    /// Draws `scene` (background included) once, in the bands a map's PNG is drawn in, on up to
    /// `threads` threads; the bands' pixels do not depend on the thread count.
    package init(_ scene: Scene, threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let width = Int(scene.size.width.rounded()), height = Int(scene.size.height.rounded())
        let slices = SceneRenderer.bandSlices(height: height)
        let bands = try slices.map { try RasterImage(width: width, height: $0.count) }
        SceneRenderer.eachBand(bands.count, threads: threads) { k in bands[k].draw(scene, offsetY: Double(slices[k].lowerBound)) }
        let rowBytes = bands[0].withPixels { _, stride in stride }
        var pixels = [UInt8](repeating: 0, count: rowBytes * height)
        pixels.withUnsafeMutableBufferPointer { out in
            for (k, band) in bands.enumerated() {
                band.withPixels { data, stride in
                    (out.baseAddress! + slices[k].lowerBound * rowBytes).update(from: data, count: stride * band.height)
                }
            }
        }
        self.pixels = pixels
        self.width = width
        self.height = height
        stride = rowBytes
        opaque = bands.allSatisfy(\.isOpaque)
    }

    /// The raw layout for frames on this base when a palette is made from them (GIF): RGB, or
    /// RGBA when the base lets transparency through.
    package var paletteLayout: RawVideoLayout { opaque ? .rgb24 : .rgba }
}

/// Draws animation frames: each is a copy of the shared base with the frame's own scene painted
/// over it, encoded with the banded PNG encoder or handed over as raw video pixels. Sprites and compressed bands are reused from
/// frame to frame. Use one per thread.
package final class FrameRenderer {
    private let base: FrameBase
    private let work: RasterImage
    private let sprites = SpriteCache()
    private let encoder: BandedPNGEncoder

    package init(base: FrameBase, pngLevel: Int32 = 1) throws {
        self.base = base
        work = try RasterImage(width: base.width, height: base.height)
        keptImage = try RasterImage(width: base.width, height: base.height)
        encoder = BandedPNGEncoder(level: pngLevel, runsOnly: true)
    }

    /// Seconds the last frame spent copying the base, drawing and encoding.
    package private(set) var lastTimes = (copy: 0.0, draw: 0.0, encode: 0.0)

    /// Paints the frame: the base, the first `kept` parts of what frames keep (the whole arcs of
    /// a run), which `parts` gives for a range of them, then `scene`'s layers (its background is
    /// ignored). The frame is then read with `png` or `raw`, as often as wanted, until the next
    /// `draw`. The
    /// parts are kept from frame to frame over a copy of the base and only those not yet drawn
    /// are added (all again from the base if fewer are wanted than drawn), so the pixels are
    /// those of drawing them all in order, whichever frames this renderer drew before.
    package func draw(_ scene: Scene, over kept: Int, parts: (Range<Int>) -> Scene) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        if kept > 0 {
            keep(kept, parts)
            work.copyPixels(from: keptImage)
        } else {
            copyBase(into: work)
        }
        let t1 = DispatchTime.now().uptimeNanoseconds
        paint(scene, on: work)
        let t2 = DispatchTime.now().uptimeNanoseconds
        lastTimes = (Double(t1 - t0) / 1e9, Double(t2 - t1) / 1e9, 0)
    }

    /// Brings the kept image up to the base with the first `count` kept parts drawn over it.
    private func keep(_ count: Int, _ parts: (Range<Int>) -> Scene) {
        if count < keptCount || keptCount < 0 {
            copyBase(into: keptImage)
            keptCount = 0
        }
        if count > keptCount {
            paint(parts(keptCount..<count), on: keptImage)
            keptCount = count
        }
    }

    private func copyBase(into image: RasterImage) {
        image.withPixelsMutable { dst, stride in
            precondition(stride == base.stride, "base and frame strides differ")
            base.pixels.withUnsafeBufferPointer { dst.update(from: $0.baseAddress!, count: $0.count) }
        }
        cairo_surface_mark_dirty(image.surface)
    }

    /// The base with the kept parts drawn so far over it, and how many (-1: not made yet).
    private let keptImage: RasterImage
    private var keptCount = -1

    private func paint(_ scene: Scene, on image: RasterImage) {
        let cr = cairo_create(image.surface)!
        CairoPainter(cr, sprites: sprites).paint(scene)
        cairo_destroy(cr)
        cairo_surface_flush(image.surface)
    }

    /// The frame drawn last, encoded as PNG.
    package func png(dpi: Double?, metadata: SceneMetadata) -> [UInt8] {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let png = work.withPixels { data, stride in
            encoder.encode(argb: data, width: work.width, height: work.height, stride: stride, opaque: base.opaque, dpi: dpi, metadata: metadata)
        }
        lastTimes.encode = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        return png
    }

    /// The frame drawn last, as raw video pixels.
    package func raw(_ layout: RawVideoLayout) -> [UInt8] {
        work.withPixels { data, stride in layout.bytes(argb: data, width: work.width, height: work.height, stride: stride) }
    }
}
