/// A font request: an ordered family list (fallbacks), a size in output units, weight and language.
package struct Font: Hashable, Sendable {
    package var families: [String]
    package var size: Double
    package var bold: Bool
    package var italic: Bool
    /// BCP-47 language tag (e.g. "zh-cn", "vi", "th") so the shaper picks the right glyph forms.
    package var language: String?
    package init(families: [String], size: Double, bold: Bool = false, italic: Bool = false, language: String? = nil) {
        self.families = families; self.size = size; self.bold = bold; self.italic = italic; self.language = language
    }
}

/// Horizontal alignment of the lines of a text block.
package enum TextAlignment: Hashable, Sendable { case left, center, right }

/// The measured box of a text block, relative to its top-left origin.
package struct TextMetrics: Hashable, Sendable {
    /// Logical box (advance widths, line heights).
    package var width: Double
    package var height: Double
    /// Ink box relative to the origin (may extend beyond the logical box).
    package var ink: Rect
    /// Distance from the top of the block to the first baseline.
    package var baseline: Double
    package init(width: Double, height: Double, ink: Rect, baseline: Double) {
        self.width = width; self.height = height; self.ink = ink; self.baseline = baseline
    }
}

/// Measures text the way the canvas will draw it, so layout can avoid collisions.
package protocol TextMeasurer: Sendable {
    func measure(_ text: String, font: Font, alignment: TextAlignment) -> TextMetrics
}

/// An outline drawn under text so it stays readable over lines and fills.
package struct Halo: Hashable, Sendable {
    package var color: Color
    package var width: Double
    /// How far (output units) the halo's outline may stray from the glyphs' when it is flattened
    /// into straight segments and simplified (0: the exact outline). A quarter pixel cannot be
    /// seen on a stroke this wide, and it makes the glyphs' curves a few straight segments: text
    /// halos had been 40% of all coordinates in a map's PDF.
    package var outlineTolerance: Double
    package init(color: Color, width: Double, outlineTolerance: Double = 0.25) {
        self.color = color; self.width = width; self.outlineTolerance = outlineTolerance
    }
}

/// A block of text (lines separated by "\n") placed with its top-left corner at `origin`.
package struct TextBlock: Hashable, Sendable {
    package var text: String
    package var font: Font
    package var origin: Point
    package var color: Color
    package var halo: Halo?
    package var alignment: TextAlignment
    package init(text: String, font: Font, origin: Point, color: Color, halo: Halo? = nil, alignment: TextAlignment = .left) {
        self.text = text; self.font = font; self.origin = origin; self.color = color; self.halo = halo; self.alignment = alignment
    }
}
