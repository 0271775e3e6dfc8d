import CCairo
import CPango
import Foundation
import MapScene

/// Builds Pango layouts for text blocks with resolution-independent metrics, so text measured
/// for layout and text drawn into PNG, PDF or SVG take exactly the same room.
enum PangoText {
    /// Font options shared by measuring and drawing: no hinting, no metric rounding.
    static func fontOptions() -> OpaquePointer? {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        return options
    }

    /// Applies the shared options to a Pango context.
    static func configure(_ context: OpaquePointer) {
        let options = fontOptions()
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
    }

    /// A layout holding `text` in `font`, aligned as asked; the caller releases it with g_object_unref.
    static func layout(_ context: OpaquePointer, text: String, font: Font, alignment: TextAlignment) -> OpaquePointer {
        let layout = pango_layout_new(context)!
        let desc = pango_font_description_new()
        pango_font_description_set_family(desc, font.families.joined(separator: ","))
        pango_font_description_set_absolute_size(desc, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(desc, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(desc, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, desc)
        pango_font_description_free(desc)
        if let lang = font.language {
            let attrs = pango_attr_list_new()
            pango_attr_list_insert(attrs, pango_attr_language_new(pango_language_from_string(lang)))
            pango_layout_set_attributes(layout, attrs)
            pango_attr_list_unref(attrs)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_text(layout, text, -1)
        return layout
    }

    /// Logical and ink extents of a layout in output units.
    static func metrics(_ layout: OpaquePointer) -> TextMetrics {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let s = Double(PANGO_SCALE)
        return TextMetrics(
            width: Double(logical.width) / s, height: Double(logical.height) / s,
            ink: Rect(x: Double(ink.x) / s, y: Double(ink.y) / s, width: Double(ink.width) / s, height: Double(ink.height) / s),
            baseline: Double(pango_layout_get_baseline(layout)) / s)
    }

    /// Glyphs Pango could not find a font for in `layout` (shown as boxes when drawn).
    static func unknownGlyphCount(_ layout: OpaquePointer) -> Int {
        Int(pango_layout_get_unknown_glyphs_count(layout))
    }
}

/// Measures text with Pango exactly as the canvas will draw it. Safe to share between threads.
package final class PangoTextMeasurer: TextMeasurer, @unchecked Sendable {
    private let lock = NSLock()
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private var cache: [CacheKey: TextMetrics] = [:]

    private struct CacheKey: Hashable { let text: String; let font: Font; let alignment: Int }

    package init() {
        _ = FontConfiguration.isInstalled  // before Pango makes a font map
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        PangoText.configure(context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    package func measure(_ text: String, font: Font, alignment: TextAlignment) -> TextMetrics {
        // Pango aligns each line within the widest: one line measures the same however aligned.
        let aligned: TextAlignment = text.contains(where: \.isNewline) ? alignment : .left
        let key = CacheKey(text: text, font: font, alignment: aligned == .left ? 0 : aligned == .center ? 1 : 2)
        lock.lock()
        defer { lock.unlock() }
        if let m = cache[key] { return m }
        let layout = PangoText.layout(context, text: text, font: font, alignment: aligned)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let m = PangoText.metrics(layout)
        cache[key] = m
        return m
    }

    /// How many characters of `text` no installed font can show in `font`.
    package func missingGlyphs(_ text: String, font: Font) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let layout = PangoText.layout(context, text: text, font: font, alignment: .left)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return PangoText.unknownGlyphCount(layout)
    }
}
