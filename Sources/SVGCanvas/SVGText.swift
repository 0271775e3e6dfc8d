import MapScene

/// A text block as one `<text>` element with a `<tspan>` per line, placed where the raster
/// draws it. The block's origin is its top-left corner; each line's baseline and width come
/// from the measurer the planner laid the text out with, one line at a time, so the lines stack
/// as Pango stacks them. Centred and right-aligned lines are anchored at the middle or the end
/// of the widest line, as Pango aligns them, and stay so when a designer edits them.
struct SVGText {
    let measurer: any TextMeasurer

    func element(_ block: TextBlock) -> String {
        let lines = block.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let font = block.font
        let width = lines.count > 1 ? measurer.measure(block.text, font: font, alignment: block.alignment).width
            : measurer.measure(block.text, font: font, alignment: .left).width
        let x: Double, anchor: String
        switch block.alignment {
        case .left: (x, anchor) = (block.origin.x, "")
        case .center: (x, anchor) = (block.origin.x + width / 2, " text-anchor=\"middle\"")
        case .right: (x, anchor) = (block.origin.x + width, " text-anchor=\"end\"")
        }
        var s = "<text xml:space=\"preserve\"" + Self.fontAttributes(font) + anchor + SVGPaint.color(block.color, "fill")
        if let halo = block.halo, halo.width > 0 {
            s += SVGPaint.color(halo.color, "stroke") + " stroke-width=\"\(SVGNumber.text(2 * halo.width))\""
                + " stroke-linejoin=\"round\" stroke-linecap=\"round\" paint-order=\"stroke\""
        }
        s += ">"
        var top = block.origin.y
        for line in lines {
            let m = measurer.measure(line, font: font, alignment: .left)
            if !line.isEmpty {
                s += "<tspan x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(top + m.baseline))\">" + XMLText.escaped(line) + "</tspan>"
            }
            top += m.height
        }
        return s + "</text>"
    }

    /// Family list (the scene's, then the generic `sans-serif`), size, weight, style, language.
    static func fontAttributes(_ font: Font) -> String {
        let families = font.families.map { "'" + XMLText.escaped($0) + "'" } + ["sans-serif"]
        var s = " font-family=\"\(families.joined(separator: ", "))\" font-size=\"\(SVGNumber.text(font.size))\""
        if font.bold { s += " font-weight=\"bold\"" }
        if font.italic { s += " font-style=\"italic\"" }
        if let lang = font.language { s += " xml:lang=\"\(XMLText.escaped(lang))\"" }
        return s
    }
}
