import MapScene

/// Writes a scene as an SVG a designer can edit: real `<text>` (a `<tspan>` per line) in the
/// scene's fonts, one `<g id="…">` per layer name of the scene, markers and arcs
/// tagged with their city (`data-id`, `data-year`), the scene's metadata as `<title>`, `<desc>`
/// and Dublin Core `<metadata>`. The page is the scene's size in points; drawing is in output
/// units (the `viewBox`), numbers in hundredths.
package struct SVGWriter: Sendable {
    /// The measurer the scene's text was laid out with: it gives each line's baseline and width.
    package let measurer: any TextMeasurer

    package init(measurer: any TextMeasurer) { self.measurer = measurer }

    package func write(_ scene: Scene) -> [UInt8] {
        let k = 72 / scene.dpi
        var items = SVGItems(measurer: measurer)
        items.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        items.line("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
                   + " width=\"\(SVGNumber.text(scene.size.width * k))pt\" height=\"\(SVGNumber.text(scene.size.height * k))pt\""
                   + " viewBox=\"0 0 \(SVGNumber.text(scene.size.width)) \(SVGNumber.text(scene.size.height))\">")
        for line in Self.metadata(scene.metadata) { items.line(line) }
        if let bg = scene.background {
            items.line("<rect id=\"background\" width=\"\(SVGNumber.text(scene.size.width))\" height=\"\(SVGNumber.text(scene.size.height))\""
                       + SVGPaint.color(bg, "fill") + "/>")
        }
        let layers = Self.oneGroupPerName(scene.layers)
        for (layer, id) in zip(layers, LayerIDs.of(layers.map(\.name))) {
            items.group("id=\"\(id)\"", layer.items)
        }
        items.line("</svg>")
        return Array(items.out.utf8)
    }

    /// Layers of one name as one layer, where the last of them is drawn. A scene names two
    /// layers alike only where nothing drawn between them reaches into the first: an inset's
    /// basemap, under the map (drawn once for all frames), and its arcs, markers and frame over
    /// it (the main map's arcs and markers are clipped out of the inset).
    static func oneGroupPerName(_ layers: [Layer]) -> [Layer] {
        var last: [String: Int] = [:]
        for (i, l) in layers.enumerated() { last[l.name] = i }
        var pending: [String: [SceneItem]] = [:]
        var out: [Layer] = []
        for (i, l) in layers.enumerated() {
            pending[l.name, default: []] += l.items
            if last[l.name] == i { out.append(Layer(name: l.name, items: pending.removeValue(forKey: l.name) ?? [])) }
        }
        return out
    }

    /// `<title>` (the title), `<desc>` (the subject) and `<metadata>` holding the fields as Dublin
    /// Core; empty fields are left out.
    static func metadata(_ m: SceneMetadata) -> [String] {
        func element(_ name: String, _ value: String) -> String? {
            value.isEmpty ? nil : "<\(name)>\(XMLText.escaped(value))</\(name)>"
        }
        let dc = [element("dc:title", m.title), element("dc:description", m.subject), element("dc:creator", m.author),
                  element("dc:subject", m.keywords), element("dc:source", m.source), element("dc:rights", m.copyright)].compactMap { $0 }
        return [element("title", m.title), element("desc", m.subject)].compactMap { $0 } + [
            "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<rdf:Description rdf:about=\"\"><dc:format>image/svg+xml</dc:format>" + dc.joined()
                + "</rdf:Description></rdf:RDF></metadata>",
        ]
    }
}
