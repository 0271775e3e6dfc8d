import MapScene
import PartnerData

/// Which partners a picture shows and in what state: all of them, fully drawn, for a map; a
/// year's worth, with new arcs growing, for an animation frame.
package struct Showing: Sendable {
    /// Partners drawn (new ones included).
    package var shown: Set<String>
    /// Partners that just joined: their arcs grow, their markers are ringed once arrived.
    package var new: Set<String> = []
    /// How much of the new arcs is drawn (0 < growth ≤ 1).
    package var growth: Double = 1

    package init(shown: Set<String>, new: Set<String> = [], growth: Double = 1) {
        self.shown = shown; self.new = new; self.growth = growth
    }

    /// Whether a partner's arc has reached it (its marker and label show).
    func arrived(_ id: String) -> Bool { shown.contains(id) && (!new.contains(id) || growth >= 1) }
}

/// Turns a MapPlan into scenes: the layers in paint order, only those the spec asks for. The
/// picture splits into a base (what never changes: sea, graticule, land, borders, the insets'
/// basemaps) and the rest (arcs, markers, labels, legend, title, credits), so animation frames
/// draw the base once and the rest per frame.
package struct SceneAssembler {
    package let plan: MapPlan

    package init(plan: MapPlan) { self.plan = plan }

    /// The whole map, with every partner.
    package func scene() -> Scene {
        let all = Showing(shown: Set(plan.network.partners.map(\.id)))
        var s = baseScene()
        s.baseLayers = s.layers.count
        s.layers += overlayScene(all).layers
        return s
    }

    /// What never changes between pictures, background included.
    package func baseScene(extra: [SceneItem] = []) -> Scene {
        var layers: [Layer] = []
        let base = basemapPainter
        for layer in [MapLayer.sphere, .graticule, .land, .countries, .borders] where wanted(layer) {
            let items: [SceneItem]
            switch layer {
            case .sphere: items = base.sphere(plan.sphere)
            case .graticule: items = base.graticule(plan.graticule, rings: plan.distanceRings)
            case .land: items = base.land(plan.basemap)
            case .countries: items = base.countries(plan.basemap)
            default: items = base.borders(plan.basemap)
            }
            layers.append(Layer(name: layer.rawValue, items: items))
        }
        if wanted(.inset) {
            // One layer per inset, named as its arcs' and markers' layer over the map is: an SVG
            // makes both one group.
            for (i, inset) in plan.insets.enumerated() {
                var inner: [SceneItem] = [.fill(inset.ocean, plan.theme.ocean, .nonZero)]
                inner += base.land(inset.basemap)
                if wanted(.countries) { inner += base.countries(inset.basemap) }
                inner += base.borders(inset.basemap)
                layers.append(Layer(name: Self.insetLayer(i), items: [.clipped(inset.frame, inner)]))
            }
        }
        if !extra.isEmpty { layers.append(Layer(name: "timeline", items: extra)) }
        let background: Color? = plan.spec.useThemeBackground ? plan.theme.background : plan.spec.background
        return Scene(size: plan.spec.size, dpi: plan.spec.dpi, background: background, layers: layers, metadata: metadata)
    }

    /// The layer name of the `index`th inset (from 0): inset-1, inset-2, …
    static func insetLayer(_ index: Int) -> String { "inset-\(index + 1)" }

    /// What goes over the base: arcs, markers and labels of the partners shown, the insets'
    /// own arcs and frames, the legend, title and credits (text as reusable sprites).
    /// `mainArcs`, when given, are the main map's arcs to draw, in the order given (a frame
    /// drawn over arcs kept from earlier frames); otherwise those `showing` shows, longest first.
    func overlayScene(_ showing: Showing, extra: [SceneItem] = [], mainArcs: [ProjectedArc]? = nil) -> Scene {
        var layers: [Layer] = []
        if wanted(.arcs) {
            layers.append(mainArcLayer(mainArcs.map { arcItems($0, showing, ordered: true) } ?? arcItems(plan.arcs, showing)))
        }
        if wanted(.cities) {
            layers.append(Layer(name: "cities", items: outsideInsets(markerItems(hub: plan.hubPoint, points: plan.partnerPoints, ticks: plan.markerTicks, showing,
                                                                                     clusters: plan.clusters))))
        }
        if wanted(.inset) {
            let locators = plan.locators.flatMap(locatorItems)
            if !locators.isEmpty { layers.append(Layer(name: "locators", items: locators)) }
            for (i, inset) in plan.insets.enumerated() { layers.append(Layer(name: Self.insetLayer(i), items: insetItems(inset, showing))) }
        }
        if wanted(.labels) { layers.append(Layer(name: "labels", items: labelItems(showing))) }
        if wanted(.legend), let legend = plan.legend, let box = plan.legendBox {
            layers.append(Layer(name: "legend", items: [.cached(key: "legend", bounds: box.insetBy(-2), legend.items(at: Point(box.minX, box.minY)))]))
        }
        if wanted(.title), let box = plan.titleBox {
            layers.append(Layer(name: "title", items: [.cached(key: "title", bounds: box.insetBy(-2), plate(box) + plan.titleBlocks.map { .text($0) })]))
        }
        if wanted(.credits), let box = plan.creditsBox {
            layers.append(Layer(name: "credits", items: [.cached(key: "credits", bounds: box.insetBy(-2), plate(box) + plan.creditBlocks.map { .text($0) })]))
        }
        if !extra.isEmpty { layers.append(Layer(name: "timeline", items: extra)) }
        return Scene(size: plan.spec.size, dpi: plan.spec.dpi, background: nil, layers: layers, metadata: metadata)
    }

    func wanted(_ layer: MapLayer) -> Bool { plan.spec.draws(layer) }

    /// Main-map arcs and markers stay out of the insets, which the base already covers.
    private func outsideInsets(_ items: [SceneItem]) -> [SceneItem] {
        guard !plan.insets.isEmpty, wanted(.inset) else { return items }
        var clip = Path(rect: plan.canvas)
        for i in plan.insets { clip.append(Path(rect: i.frame)) }
        return [.clippedToPath(clip, .evenOdd, items)]
    }

    /// The main map's arcs layer of `items`.
    private func mainArcLayer(_ items: [SceneItem]) -> Layer { Layer(name: "arcs", items: outsideInsets(items)) }

    /// The main map's whole `arcs`, in the order given, as a scene of its own: arcs an animation
    /// keeps from frame to frame under the rest of each frame.
    func keptArcScene(_ arcs: ArraySlice<ProjectedArc>) -> Scene {
        let all = Showing(shown: Set(arcs.map(\.city.id)))
        return Scene(size: plan.spec.size, dpi: plan.spec.dpi, background: nil,
                     layers: wanted(.arcs) ? [mainArcLayer(arcItems(Array(arcs), all, ordered: true))] : [])
    }

    private var metadata: SceneMetadata {
        .of(network: plan.network, title: plan.spec.title ?? plan.text.title(hub: plan.network.hub),
            subtitle: plan.titleBlocks.dropFirst().first?.text ?? "", spec: plan.spec)
    }

    private var basemapPainter: BasemapPainter { BasemapPainter(theme: plan.theme, sizing: plan.sizing) }

    /// The items of the main map's `arcs` that `showing` shows: longest first, or in the order
    /// given. On the main map arcs are cased only while they can be told apart; insets keep
    /// their casings (they set the markers of a crowd off the arcs behind them).
    private func arcItems(_ arcs: [ProjectedArc], _ showing: Showing, ordered: Bool = false) -> [SceneItem] {
        arcItems(arcs, showing, cased: ArcPainter.casesArcs(count: plan.arcs.count, frame: plan.frame, sizing: plan.sizing),
                 thinning: ArcPainter.thinning(count: plan.arcs.count), ordered: ordered)
    }

    private func arcItems(_ arcs: [ProjectedArc], _ showing: Showing, cased: Bool, thinning: Double, ordered: Bool = false) -> [SceneItem] {
        var painter = ArcPainter(styler: plan.styler, theme: plan.theme, sizing: plan.sizing, gradient: plan.spec.gradientArcs, hubColor: plan.theme.hub)
        painter.cased = cased
        painter.thinning = thinning
        let drawn = arcs.compactMap { arc -> ProjectedArc? in
            guard showing.shown.contains(arc.city.id) else { return nil }
            return showing.new.contains(arc.city.id) && showing.growth < 1 ? arc.truncated(showing.growth) : arc
        }
        return ordered ? painter.orderedItems(drawn) : painter.items(drawn)
    }

    private func markerItems(hub: Point?, points: [String: Point], ticks: [(Point, Point)], _ showing: Showing,
                             clusters: MarkerClusters? = nil) -> [SceneItem] {
        let painter = MarkerPainter(styler: plan.styler, theme: plan.theme, sizing: plan.sizing)
        // A cluster shows the count of its members arrived so far; one of them alone is a marker.
        var discs: [SceneItem] = [], alone: Set<String> = []
        for cluster in clusters?.clusters ?? [] {
            let arrived = zip(cluster.members, cluster.years).filter { showing.arrived($0.0) }
            if arrived.count == 1 { alone.insert(arrived[0].0) }
            guard arrived.count > 1, let c = clusters else { continue }
            let r = c.radius(arrived.count)
            var tag = ItemTag(.cluster, id: cluster.members[0])
            tag.years = arrived.map(\.1)
            discs.append(.tagged(tag, painter.cluster(at: cluster.centre, count: arrived.count, radius: r,
                                                      font: painter.clusterFont(radius: r, text: plan.text), measurer: plan.measurer,
                                                      key: "cluster:\(cluster.members[0])")))
        }
        let clustered = clusters?.members ?? []
        let partners = plan.network.partners.compactMap { c -> (City, Point)? in
            guard showing.arrived(c.id), !clustered.contains(c.id) || alone.contains(c.id), let p = points[c.id] else { return nil }
            return (c, p)
        }
        let rings = partners.filter { showing.new.contains($0.0.id) }.map(\.1)
        // A moved marker's tick to its true place is tagged with its city, so an interactive page
        // hides the tick with the marker.
        let shown = Dictionary(partners.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
        let ticks: [SceneItem] = ticks.compactMap { tick in
            shown[tick.1].map { c in
                .tagged(ItemTag(.city, id: c.id, year: c.year),
                        [.stroke(Path(polyline: [tick.0, tick.1]), Stroke(color: plan.theme.mutedText, width: plan.sizing.line(0.5)))])
            }
        }
        return ticks + painter.items(hub: nil, partners: partners) + discs + painter.items(hub: hub.map { (plan.network.hub, $0) }, partners: [])
            + painter.emphasis(rings)
    }

    private func insetItems(_ inset: InsetPlan, _ showing: Showing) -> [SceneItem] {
        let edge = Stroke(color: plan.theme.panelEdge, width: plan.sizing.line(0.9), join: .miter)
        // An inset's arcs thin out as the main map's do, by how many cross it.
        let inner = arcItems(inset.arcs, showing, cased: true, thinning: ArcPainter.thinning(count: inset.arcs.count)) + markerItems(hub: inset.hubPoint, points: inset.partnerPoints, ticks: inset.markerTicks, showing)
        let caption: [SceneItem] = inset.caption.map { [.text($0)] } ?? []
        return locatorItems(inset.locator) + [
            .clipped(inset.frame, inner + caption),
            .stroke(Path(rect: inset.frame), edge),
        ]
    }

    /// A pale plate under text that lies on the map (a regional map fills its frame), so arcs
    /// and coastlines do not run through the title or credits; none where the text is off the map.
    private func plate(_ box: Rect) -> [SceneItem] {
        guard plan.sphere.fillIntersects(box) else { return [] }
        return [.fill(Path(rect: box), plan.theme.background.withAlpha(0.82), .nonZero)]
    }

    /// The outline of a region shown in an inset: a faint tint inside a solid line, unlike the
    /// dashed distance rings and the plain graticule.
    private func locatorItems(_ outline: Path) -> [SceneItem] {
        [.fill(outline, plan.theme.text.withAlpha(0.06), .nonZero),
         .stroke(outline, Stroke(color: plan.theme.text.withAlpha(0.55), width: plan.sizing.line(0.7)))]
    }

    private func labelItems(_ showing: Showing) -> [SceneItem] {
        let cities = Dictionary(uniqueKeysWithValues: ([plan.network.hub] + plan.network.partners).map { ($0.id, $0) })
        var items: [SceneItem] = []
        for label in plan.labels where label.status != .dropped {
            // City labels follow their city; other labels (distance rings) are always shown.
            if let c = cities[label.id], c.relation != .hub, !showing.arrived(c.id) { continue }
            var parts: [SceneItem] = []
            var bounds = label.box
            if let (a, b) = label.leader {
                parts.append(.stroke(Path(polyline: [a, b]), Stroke(color: plan.theme.mutedText, width: plan.sizing.line(0.5))))
                bounds = bounds.union(Rect(minX: min(a.x, b.x), minY: min(a.y, b.y), maxX: max(a.x, b.x), maxY: max(a.y, b.y)))
            }
            parts.append(.text(label.block))
            let item = SceneItem.cached(key: "label:\(label.map):\(label.id)", bounds: bounds.insetBy(-3), parts)
            // Tagged like the city's marker, so an interactive page hides the label with it.
            items.append(cities[label.id].map { .tagged(ItemTag(.label, id: $0.id, year: $0.year), [item]) } ?? item)
        }
        if let key = plan.key, let box = plan.keyBox {
            items.append(.cached(key: "key", bounds: box.insetBy(-2), key.items(at: Point(box.minX, box.minY))))
        }
        return items
    }
}
