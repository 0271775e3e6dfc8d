import CCairo
import MapScene

/// Rendered `.cached` scene items, kept by key for reuse across the frames one thread draws.
/// A sprite covers its bounds snapped outwards to whole pixels and is composited at a whole-pixel
/// offset, so it is pixel-identical to drawing its items directly.
final class SpriteCache {
    private var sprites: [String: (surface: OpaquePointer, x: Int, y: Int)] = [:]

    deinit { for s in sprites.values { cairo_surface_destroy(s.surface) } }

    /// Paints the cached items onto `cr`, rendering them first if this key is new.
    func paint(key: String, bounds: Rect, items: [SceneItem], onto cr: OpaquePointer) {
        if sprites[key] == nil {
            let x0 = Int(bounds.minX.rounded(.down)), y0 = Int(bounds.minY.rounded(.down))
            let w = max(1, Int(bounds.maxX.rounded(.up)) - x0), h = max(1, Int(bounds.maxY.rounded(.up)) - y0)
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)) else { return }
            let scr = cairo_create(surface)!
            cairo_translate(scr, Double(-x0), Double(-y0))
            let painter = CairoPainter(scr)
            for item in items { painter.paint(item) }
            cairo_destroy(scr)
            cairo_surface_flush(surface)
            sprites[key] = (surface, x0, y0)
        }
        let s = sprites[key]!
        cairo_set_source_surface(cr, s.surface, Double(s.x), Double(s.y))
        cairo_paint(cr)
    }
}
