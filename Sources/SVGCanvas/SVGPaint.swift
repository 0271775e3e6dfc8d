import MapScene

/// Presentation attributes for colours and strokes, each with a leading space.
enum SVGPaint {
    /// `fill="#RRGGBB"` (or `stroke`, `stop-color`…), with `…-opacity` when not opaque.
    static func color(_ c: Color, _ property: String, opacity: String? = nil) -> String {
        var s = " \(property)=\"\(Color(r: c.r, g: c.g, b: c.b).hexString)\""
        if c.a < 1 { s += " \(opacity ?? property + "-opacity")=\"\(SVGNumber.text(c.a))\"" }
        return s
    }

    /// A stroke's width, caps, joins and dashes, where they differ from SVG's defaults. Cairo's
    /// miter limit is 10, SVG's 4.
    static func stroke(_ s: Stroke) -> String {
        var a = " stroke-width=\"\(SVGNumber.text(s.width))\""
        switch s.cap {
        case .butt: break
        case .round: a += " stroke-linecap=\"round\""
        case .square: a += " stroke-linecap=\"square\""
        }
        switch s.join {
        case .miter: a += " stroke-miterlimit=\"10\""
        case .round: a += " stroke-linejoin=\"round\""
        case .bevel: a += " stroke-linejoin=\"bevel\""
        }
        if !s.dash.isEmpty { a += " stroke-dasharray=\"\(s.dash.map(SVGNumber.text).joined(separator: " "))\"" }
        return a
    }

    static func fillRule(_ rule: FillRule, _ property: String = "fill-rule") -> String {
        rule == .evenOdd ? " \(property)=\"evenodd\"" : ""
    }
}
