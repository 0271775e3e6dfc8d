import CCairo
import MapScene

/// Why a scene could not be drawn.
public enum CanvasError: Error, CustomStringConvertible {
    case cairo(String)
    public var description: String {
        switch self { case .cairo(let s): return "drawing failed: \(s)" }
    }
}

/// Draws a Scene into PNG, PDF or SVG bytes. The file itself is written by the caller, atomically.
public struct SceneRenderer: Sendable {
    /// PNG compression settings (speed over size by default).
    public var pngLevel: Int32

    public init(pngLevel: Int32 = 2) { self.pngLevel = pngLevel }

    /// Renders the scene in `format`; `only` limits drawing to the named layers.
    public func render(_ scene: Scene, as format: OutputFormat, only: Set<String>? = nil) throws -> [UInt8] {
        switch format {
        case .png: return try renderPNG(scene, only: only)
        case .pdf, .svg: return try renderVector(scene, format: format, only: only)
        }
    }

    private func renderPNG(_ scene: Scene, only: Set<String>?) throws -> [UInt8] {
        let image = try RasterImage(width: Int(scene.size.width.rounded()), height: Int(scene.size.height.rounded()))
        image.draw(scene, only: only)
        return image.png(level: pngLevel, dpi: scene.dpi)
    }

    private func renderVector(_ scene: Scene, format: OutputFormat, only: Set<String>?) throws -> [UInt8] {
        let sink = ByteSink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        let k = 1 / scene.unitsPerPoint
        let wPt = scene.size.width * k, hPt = scene.size.height * k
        let surface: OpaquePointer?
        if format == .pdf {
            surface = cairo_pdf_surface_create_for_stream(write, box.toOpaque(), wPt, hPt)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.metadata.title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, scene.metadata.subject)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, scene.metadata.creator)
        } else {
            surface = cairo_svg_surface_create_for_stream(write, box.toOpaque(), wPt, hPt)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        }
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw CanvasError.cairo("cannot create a \(format.rawValue.uppercased()) surface")
        }
        let cr = cairo_create(surface)!
        cairo_scale(cr, k, k)
        if let bg = scene.background {
            cairo_set_source_rgba(cr, bg.r, bg.g, bg.b, bg.a)
            cairo_paint(cr)
        }
        CairoPainter(cr).paint(scene, only: only)
        let status = cairo_status(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let finish = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS, finish == CAIRO_STATUS_SUCCESS else {
            throw CanvasError.cairo(String(cString: cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : finish)))
        }
        return sink.bytes
    }
}

/// Collects the bytes a Cairo stream surface writes.
private final class ByteSink {
    var bytes: [UInt8] = []
}
