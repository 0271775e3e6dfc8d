import CCairo
import MapScene

/// An ARGB32 image in memory that scenes are drawn into and that encodes itself as PNG.
/// Used once per map, and as the reusable base picture of animation frames.
package final class RasterImage: @unchecked Sendable {
    package let width: Int
    package let height: Int
    let surface: OpaquePointer

    package init(width: Int, height: Int) throws {
        guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
            throw CanvasError.cairo("image size \(width)×\(height) is outside 1…32767 pixels")
        }
        guard let s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
              cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else {
            throw CanvasError.cairo("cannot allocate a \(width)×\(height) image")
        }
        self.width = width
        self.height = height
        surface = s
    }

    deinit { cairo_surface_destroy(surface) }

    /// Paints the scene's background and layers over what the image holds; with `offsetY`, the
    /// image holds the scene's rows from there down.
    package func draw(_ scene: Scene, only: Set<String>? = nil, paintBackground: Bool = true, offsetY: Double = 0) {
        let cr = cairo_create(surface)!
        if offsetY != 0 { cairo_translate(cr, 0, -offsetY) }
        if paintBackground, let bg = scene.background {
            cairo_set_source_rgba(cr, bg.r, bg.g, bg.b, bg.a)
            cairo_paint(cr)
        }
        CairoPainter(cr, culls: true).paint(scene, only: only)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
    }

    /// Overwrites this image's pixels with those of an image of the same size.
    package func copyPixels(from other: RasterImage) {
        precondition(other.width == width && other.height == height, "images of different sizes")
        let n = Int(cairo_image_surface_get_stride(surface)) * height
        withPixelsMutable { dst, _ in
            other.withPixels { src, _ in dst.update(from: src, count: n) }
        }
        cairo_surface_mark_dirty(surface)
    }

    /// Whether every pixel is fully opaque.
    package var isOpaque: Bool {
        withPixels { PNGFile.isOpaque($0, width: width, height: height, stride: $1) }
    }

    /// A copy of this image (the pixels, not a reference).
    package func copy() throws -> RasterImage {
        let c = try RasterImage(width: width, height: height)
        c.copyPixels(from: self)
        return c
    }

    /// Calls `body` with the pixel bytes and the row stride.
    package func withPixels<R>(_ body: (UnsafePointer<UInt8>, Int) throws -> R) rethrows -> R {
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        return try body(UnsafePointer(cairo_image_surface_get_data(surface)!), stride)
    }

    func withPixelsMutable<R>(_ body: (UnsafeMutablePointer<UInt8>, Int) throws -> R) rethrows -> R {
        let stride = Int(cairo_image_surface_get_stride(surface))
        return try body(cairo_image_surface_get_data(surface)!, stride)
    }

    /// The image as PNG bytes (one zlib segment; `level` 1 fastest … 9 smallest).
    package func png(level: Int32 = 2, dpi: Double? = nil) -> [UInt8] {
        let opaque = isOpaque
        return withPixels { data, stride in
            let segment = BandedPNGEncoder(level: min(level, 9)).encodeSegment(data, width: width, rows: height, stride: stride,
                                                                                 channels: opaque ? 3 : 4)
            return BandedPNGEncoder.assemble([segment], width: width, height: height, opaque: opaque, dpi: dpi)
        }
    }
}
