import MapScene
import Testing
@testable import SVGCanvas

/// The document: a group per layer, the scene's metadata, tagged features, compact and
/// deterministic numbers.
@Suite struct SVGDocumentTests {
    /// One group per layer name: an inset's basemap and its arcs, markers and frame (two layers of
    /// the scene, one under the map and one over it) are one group, where the second is drawn.
    @Test func oneGroupPerLayerNameWithUniqueIDs() throws {
        let names = ["sphere", "graticule", "land", "borders", "inset-1", "inset-2", "arcs", "cities", "locators", "inset-1", "inset-2",
                     "labels", "legend", "title", "credits"]
        let layers = names.enumerated().map { i, name in Layer(name: name, items: [.circle(center: Point(Double(i), 0), radius: 1, fill: .white, stroke: nil)]) }
        let root = try document(layers)
        let groups = root.children.filter { $0.name == "g" }
        #expect(groups.compactMap { $0["id"] } == ["sphere", "graticule", "land", "borders", "arcs", "cities", "locators", "inset-1", "inset-2",
                                                   "labels", "legend", "title", "credits"])
        let inset1 = try #require(groups.first { $0["id"] == "inset-1" })
        #expect(inset1.all.filter { $0.name == "circle" }.compactMap { $0["cx"] } == ["4", "9"], "the base's part first, then the overlay's")
        #expect(LayerIDs.of(["a b", "2d", "", "a-b"]) == ["a-b", "layer-2d", "layer-", "a-b-2"])
    }

    @Test func titleDescriptionAndMetadata() throws {
        let m = SceneMetadata(title: "Nanning & partners", subject: "Partner cities", author: "FAO", keywords: "sister cities, Nanning",
                              copyright: "CC BY 4.0", source: "nanning.csv")
        let root = try document([], metadata: m)
        #expect(root.children.first?.name == "title" && root.children.first?.text == "Nanning & partners")
        #expect(root.children.first { $0.name == "desc" }?.text == "Partner cities")
        let meta = try #require(root.children.first { $0.name == "metadata" })
        let dc = Dictionary(meta.all.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        #expect(dc["dc:title"] == "Nanning & partners" && dc["dc:creator"] == "FAO" && dc["dc:subject"] == "sister cities, Nanning")
        #expect(dc["dc:source"] == "nanning.csv" && dc["dc:rights"] == "CC BY 4.0" && dc["dc:description"] == "Partner cities")
        let bare = try document([])
        #expect(!bare.children.contains { $0.name == "title" || $0.name == "desc" })
    }

    @Test func taggedItemsCarryTheirCityAndYear() throws {
        let dot = SceneItem.circle(center: Point(1, 2), radius: 3, fill: .black, stroke: nil)
        let root = try document([Layer(name: "cities", items: [.tagged(ItemTag(.city, id: "yangon", year: 1996), [dot]),
                                                                .tagged(ItemTag(.arc, id: "x\"y"), [dot])])])
        let tagged = root.all.filter { $0["data-id"] != nil }
        #expect(tagged.map { $0["data-id"] } == ["yangon", "x\"y"])
        #expect(tagged.map { $0["data-year"] } == ["1996", nil])
        #expect(tagged.map { $0["class"] } == ["city", "arc"])
        #expect(tagged.allSatisfy { $0.children.map(\.name) == ["circle"] })
    }

    @Test func numbersAreHundredthsAndPathsAbsolute() {
        #expect([1250, -5, 0, 100, -1234, 7].map { SVGNumber.text(hundredths: $0) } == ["12.5", "-0.05", "0", "1", "-12.34", "0.07"])
        #expect(SVGNumber.text(1.0049) == "1" && SVGNumber.text(.nan) == "0")
        var p = Path(polyline: [Point(1.001, 2), Point(3.5, 1), Point(3.5, 1.004), Point(4, 4)])
        p.close()
        #expect(SVGPathData.of(p) == "M1 2L3.5 1 4 4Z")
        #expect(SVGPathData.of(Path(polyline: [Point(1, 1), Point(1.001, 1)])) == "M1 1L1 1")
    }

    @Test func strokesClipsGradientsAndGroups() throws {
        let line = Path(polyline: [Point(0, 0), Point(10, 0)])
        let items: [SceneItem] = [
            .clipped(Rect(x: 0, y: 0, width: 50, height: 40), [
                .stroke(line, Stroke(color: .black, width: 1.5, dash: [2, 1], cap: .butt, join: .miter)),
            ]),
            .translated(dx: 5, dy: 6, [.group(opacity: 0.5, [
                .gradientStroke(line, Stroke(color: .black, width: 2), start: Point(0, 0), end: Point(10, 0), from: .white, to: .black),
            ])]),
            .clippedToPath(Path(rect: Rect(x: 0, y: 0, width: 9, height: 9)), .evenOdd, [.fill(line, .black, .evenOdd)]),
        ]
        let root = try document([Layer(name: "arcs", items: items)])
        let all = root.all
        let stroke = try #require(all.first { $0["stroke-dasharray"] != nil })
        #expect(stroke["stroke-dasharray"] == "2 1" && stroke["stroke-miterlimit"] == "10" && stroke["stroke-linecap"] == nil && stroke["fill"] == "none")
        #expect(all.filter { $0.name == "clipPath" }.compactMap { $0["id"] } == ["clip1", "clip2"])
        #expect(all.contains { $0["clip-path"] == "url(#clip1)" } && all.contains { $0["clip-rule"] == "evenodd" })
        #expect(all.contains { $0["transform"] == "translate(5 6)" } && all.contains { $0["opacity"] == "0.5" })
        let gradient = try #require(all.first { $0.name == "linearGradient" })
        #expect(gradient["id"] == "gradient1" && gradient["gradientUnits"] == "userSpaceOnUse")
        #expect(gradient.children.map { $0["stop-color"] } == ["#FFFFFF", "#000000"])
        #expect(all.contains { $0["stroke"] == "url(#gradient1)" && $0["stroke-linecap"] == "round" })
    }

    @Test func pageInPointsDrawingInOutputUnitsAndTheSameBytesEachTime() throws {
        let layers = [Layer(name: "land", items: [.fill(Path(rect: Rect(x: 0.123, y: 0, width: 10, height: 10)), .black, .nonZero)])]
        let root = try document(layers)
        // 200 x 100 output units at 144 dpi: 100 x 50 points.
        #expect(root["width"] == "100pt" && root["height"] == "50pt" && root["viewBox"] == "0 0 200 100")
        #expect(root.children.first { $0["id"] == "background" }?["fill"] == "#FFFFFF")
        #expect(svg(layers) == svg(layers))
        #expect(String(decoding: svg(layers), as: UTF8.self).contains("M0.12 0L10.12 0 10.12 10 0.12 10Z"))
    }
}
