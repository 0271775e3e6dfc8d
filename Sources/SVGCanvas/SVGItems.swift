import MapScene

/// Writes scene items as SVG elements, one to a line, in paint order. Clips and gradients get
/// ids numbered in the order they are met (`clip1`, `gradient1`), so the bytes are the same
/// for the same scene.
struct SVGItems {
    let text: SVGText
    private(set) var out = ""
    private var clips = 0
    private var gradients = 0

    init(measurer: any TextMeasurer) { text = SVGText(measurer: measurer) }

    mutating func write(_ items: [SceneItem]) { for item in items { write(item) } }

    mutating func line(_ s: String) { out += s; out += "\n" }

    mutating func write(_ item: SceneItem) {
        switch item {
        case let .fill(path, color, rule):
            guard !path.isEmpty else { return }
            line("<path d=\"\(SVGPathData.of(path))\"" + SVGPaint.color(color, "fill") + SVGPaint.fillRule(rule) + "/>")
        case let .stroke(path, stroke):
            guard !path.isEmpty else { return }
            line("<path d=\"\(SVGPathData.of(path))\" fill=\"none\"" + SVGPaint.color(stroke.color, "stroke") + SVGPaint.stroke(stroke) + "/>")
        case let .gradientStroke(path, stroke, start, end, from, to):
            guard !path.isEmpty else { return }
            gradients += 1
            let id = "gradient\(gradients)"
            line("<defs><linearGradient id=\"\(id)\" gradientUnits=\"userSpaceOnUse\" x1=\"\(SVGNumber.text(start.x))\" y1=\"\(SVGNumber.text(start.y))\""
                 + " x2=\"\(SVGNumber.text(end.x))\" y2=\"\(SVGNumber.text(end.y))\">"
                 + "<stop offset=\"0\"" + SVGPaint.color(from, "stop-color", opacity: "stop-opacity") + "/>"
                 + "<stop offset=\"1\"" + SVGPaint.color(to, "stop-color", opacity: "stop-opacity") + "/></linearGradient></defs>")
            line("<path d=\"\(SVGPathData.of(path))\" fill=\"none\" stroke=\"url(#\(id))\"" + SVGPaint.stroke(stroke) + "/>")
        case let .circle(center, radius, fill, stroke):
            var s = "<circle cx=\"\(SVGNumber.text(center.x))\" cy=\"\(SVGNumber.text(center.y))\" r=\"\(SVGNumber.text(radius))\""
            s += fill.map { SVGPaint.color($0, "fill") } ?? " fill=\"none\""
            if let stroke { s += SVGPaint.color(stroke.color, "stroke") + SVGPaint.stroke(stroke) }
            line(s + "/>")
        case let .text(block):
            line(text.element(block))
        case let .clipped(rect, items):
            let id = clip("<rect x=\"\(SVGNumber.text(rect.x))\" y=\"\(SVGNumber.text(rect.y))\" width=\"\(SVGNumber.text(rect.width))\" height=\"\(SVGNumber.text(rect.height))\"/>")
            group("clip-path=\"url(#\(id))\"", items)
        case let .clippedToPath(path, rule, items):
            let id = clip("<path d=\"\(SVGPathData.of(path))\"" + SVGPaint.fillRule(rule, "clip-rule") + "/>")
            group("clip-path=\"url(#\(id))\"", items)
        case let .translated(dx, dy, items):
            group("transform=\"translate(\(SVGNumber.text(dx)) \(SVGNumber.text(dy)))\"", items)
        case let .group(opacity, items):
            group("opacity=\"\(SVGNumber.text(opacity))\"", items)
        case let .cached(_, _, items):
            // A label with its leader, a legend: one group a designer moves as a whole.
            if items.count == 1 { write(items[0]) } else { group(nil, items) }
        case let .tagged(tag, items) where tag.kind == .cluster:
            // A disc for many partners: their years ("-" where unknown), for a page to count them.
            group("class=\"cluster\" data-years=\"" + tag.years.map { $0.map(String.init) ?? "-" }.joined(separator: " ") + "\"", items)
        case let .tagged(tag, items):
            let year = tag.year.map { " data-year=\"\($0)\"" } ?? ""
            group("class=\"\(tag.kind.rawValue)\" data-id=\"\(XMLText.escaped(tag.id))\"" + year, items)
        }
    }

    /// A `<g>` with `attributes` around the items.
    mutating func group(_ attributes: String?, _ items: [SceneItem]) {
        line(attributes.map { "<g " + $0 + ">" } ?? "<g>")
        write(items)
        line("</g>")
    }

    /// Defines a clip path of one shape and returns its id.
    private mutating func clip(_ shape: String) -> String {
        clips += 1
        let id = "clip\(clips)"
        line("<defs><clipPath id=\"\(id)\">" + shape + "</clipPath></defs>")
        return id
    }
}
