import CCairo
import Foundation
import MapScene

/// Why a scene could not be drawn.
package enum CanvasError: Error, CustomStringConvertible {
    case cairo(String)
    package var description: String {
        switch self { case .cairo(let s): return "drawing failed: \(s)" }
    }
}

/// Draws a Scene into PNG or PDF bytes (an SVG is written from the scene itself, by SVGCanvas).
/// The file itself is written by the caller, atomically.
package struct SceneRenderer: Sendable {
    /// PNG compression settings (speed over size by default).
    package var pngLevel: Int32

    /// The date a PDF says it was made (nil: now); `SOURCE_DATE_EPOCH` gives one for
    /// reproducible files.
    package var creationDate: Date?

    /// Threads that draw and encode a PNG's bands. The bands themselves do not depend on it, so
    /// neither do the bytes.
    package var threads: Int

    /// Whether a PDF is made to be converted to CMYK: neutral colours are written as DeviceGray,
    /// which the conversion puts on the black plate alone (`PrintNeutrals`).
    package var forPrint = false

    /// Bases of maps kept for other maps of the same framing (a batch); nil: each map draws its own.
    package var baseRasters: BaseRasters?

    package init(pngLevel: Int32 = 2, creationDate: Date? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pngLevel = pngLevel; self.creationDate = creationDate; self.threads = max(1, threads)
    }

    /// Horizontal bands a PNG of `height` rows is drawn in: a fixed number, whatever the thread
    /// count, because Cairo's pixels along a band's edge depend on where the band is cut.
    static func bandCount(height: Int) -> Int { max(1, min(maxBands, height / 64)) }
    static let maxBands = 4

    /// The rows of each band of a picture `height` rows tall.
    static func bandSlices(height: Int) -> [Range<Int>] {
        let parts = bandCount(height: height)
        let rowsPer = (height + parts - 1) / parts
        return (0..<parts).map { k in (k * rowsPer)..<min(height, (k + 1) * rowsPer) }
    }

    /// Runs `body` for each of `parts` bands, on up to `threads` threads, each thread taking
    /// every so-many-th band.
    static func eachBand(_ parts: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(threads, parts))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for k in stride(from: w, to: parts, by: workers) { body(k) }
        }
    }

    /// A PDF date, "D:YYYYMMDDHHmmSSZ", in UTC whatever the time zone.
    static func pdfDate(_ d: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
        return String(format: "D:%04d%02d%02d%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Renders the scene in `format`; `only` limits drawing to the named layers.
    package func render(_ scene: Scene, as format: OutputFormat, only: Set<String>? = nil) throws -> [UInt8] {
        switch format {
        case .png: return try renderPNG(scene, only: only)
        case .pdf: return try renderPDF(scene, only: only)
        case .svg: throw CanvasError.cairo("SVG is written by SVGCanvas's SVGWriter, not by Cairo")
        }
    }

    /// Draws and encodes the picture in horizontal bands, on up to `threads` threads: each band
    /// draws the whole scene shifted by a whole number of rows and deflates as its own zlib
    /// segment; the segments join into one PNG.
    private func renderPNG(_ scene: Scene, only: Set<String>?) throws -> [UInt8] {
        let width = Int(scene.size.width.rounded()), height = Int(scene.size.height.rounded())
        let slices = Self.bandSlices(height: height)
        let parts = slices.count
        let images = try slices.map { try RasterImage(width: width, height: $0.count) }
        let threads = threads
        func eachBand(_ body: @Sendable (Int) -> Void) { Self.eachBand(parts, threads: threads, body) }
        if let baseRasters, only == nil, scene.baseLayers > 0 {
            // The base's bands, drawn once for every map of this framing; then the rest over a copy.
            let base = Scene(size: scene.size, dpi: scene.dpi, background: scene.background, layers: Array(scene.layers.prefix(scene.baseLayers)))
            let bases = try baseRasters.bands(BaseRasters.key(scene, bands: slices)) {
                let made = try slices.map { try RasterImage(width: width, height: $0.count) }
                eachBand { k in made[k].draw(base, offsetY: Double(slices[k].lowerBound)) }
                return made
            }
            let rest = Scene(size: scene.size, dpi: scene.dpi, background: nil, layers: Array(scene.layers.dropFirst(scene.baseLayers)))
            eachBand { k in
                images[k].copyPixels(from: bases[k])
                images[k].draw(rest, paintBackground: false, offsetY: Double(slices[k].lowerBound))
            }
        } else {
            eachBand { k in images[k].draw(scene, only: only, offsetY: Double(slices[k].lowerBound)) }
        }
        let opaque = images.allSatisfy(\.isOpaque)
        let segments = SegmentSlots(count: parts)
        let level = pngLevel
        eachBand { k in
            let encoder = BandedPNGEncoder(level: min(level, 9))
            images[k].withPixels { data, stride in
                segments.set(k, encoder.encodeSegment(data, width: width, rows: images[k].height, stride: stride, channels: opaque ? 3 : 4))
            }
        }
        return BandedPNGEncoder.assemble(segments.all, width: width, height: height, opaque: opaque, dpi: scene.dpi, metadata: scene.metadata)
    }

    private func renderPDF(_ scene: Scene, only: Set<String>?) throws -> [UInt8] {
        let sink = ByteSink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(data, Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let k = 1 / scene.unitsPerPoint
        let wPt = scene.size.width * k, hPt = scene.size.height * k
        let surface = cairo_pdf_surface_create_for_stream(write, box.toOpaque(), wPt, hPt)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, scene.metadata.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, scene.metadata.creator)
        if !scene.metadata.author.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, scene.metadata.author) }
        if !scene.metadata.keywords.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, scene.metadata.keywords) }
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw CanvasError.cairo("cannot create a PDF surface")
        }
        let cr = cairo_create(surface)!
        cairo_scale(cr, k, k)
        if let bg = scene.background {
            cairo_set_source_rgba(cr, bg.r, bg.g, bg.b, bg.a)
            cairo_paint(cr)
        }
        CairoPainter(cr).paint(scene, only: only)
        for layers in scene.followingPages {
            cairo_show_page(cr)
            if let bg = scene.background {
                cairo_set_source_rgba(cr, bg.r, bg.g, bg.b, bg.a)
                cairo_paint(cr)
            }
            CairoPainter(cr).paint(Scene(size: scene.size, dpi: scene.dpi, background: nil, layers: layers), only: only)
        }
        let status = cairo_status(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let finish = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS, finish == CAIRO_STATUS_SUCCESS else {
            throw CanvasError.cairo(String(cString: cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : finish)))
        }
        guard scene.trimBox != nil || creationDate != nil || forPrint else { return sink.bytes }
        // PDF boxes are in points from the bottom left.
        func points(_ r: Rect) -> [Double] { [r.minX * k, hPt - r.maxY * k, r.maxX * k, hPt - r.minY * k] }
        var boxes = scene.trimBox.map { trim in QPDFFinish.Boxes(trim: points(trim), bleed: points(scene.bleedBox ?? trim)) }
        // PDF/X wants the trimmed page stated (the whole page when it has no bleed), inside the
        // bleed and the bleed inside the page, also once written in thousandths of a point.
        if forPrint {
            let page = [0, 0, (wPt * 1000).rounded(.down) / 1000, (hPt * 1000).rounded(.down) / 1000]
            let bleed = (boxes?.bleed ?? page).enumerated().map { $0 < 2 ? max($1, page[$0]) : min($1, page[$0]) }
            let trim = (boxes?.trim ?? page).enumerated().map { $0 < 2 ? max($1, bleed[$0]) : min($1, bleed[$0]) }
            boxes = QPDFFinish.Boxes(trim: trim, bleed: bleed)
        }
        return try QPDFFinish.apply(to: sink.bytes, boxes: boxes, date: creationDate.map(Self.pdfDate), forPrint: forPrint)
    }
}

/// Collects the bytes a Cairo stream surface writes. Cairo writes a PDF token by token (some
/// 150,000 writes for a map), so each write is a plain copy into a buffer that grows by doubling.
private final class ByteSink {
    private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 20)
    private var capacity = 1 << 20
    private var count = 0

    deinit { storage.deallocate() }

    func append(_ data: UnsafePointer<UInt8>, _ length: Int) {
        if count + length > capacity {
            let grown = max(2 * capacity, count + length)
            let next = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            next.update(from: storage, count: count)
            storage.deallocate()
            storage = next
            capacity = grown
        }
        (storage + count).update(from: data, count: length)
        count += length
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }
}
