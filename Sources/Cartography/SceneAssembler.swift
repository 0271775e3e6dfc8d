import MapScene
import PartnerData

/// Turns a MapPlan into a Scene: the layers in paint order, only those the spec asks for.
public struct SceneAssembler {
    public let plan: MapPlan

    public init(plan: MapPlan) { self.plan = plan }

    /// The whole map, with every partner.
    public func scene() -> Scene {
        scene(showing: { _ in true })
    }

    /// The map with only the partners `shows` accepts (markers, arcs and labels).
    public func scene(showing shows: (City) -> Bool) -> Scene {
        let spec = plan.spec
        var layers: [Layer] = []
        for layer in MapLayer.allCases where wanted(layer) {
            layers.append(Layer(name: layer.rawValue, items: items(layer, shows: shows)))
        }
        let background: Color? = spec.useThemeBackground ? plan.theme.background : spec.background
        let title = plan.spec.title ?? plan.text.title(hub: plan.network.hub)
        return Scene(size: spec.size, dpi: spec.dpi, background: background, layers: layers,
                     metadata: SceneMetadata(title: title, subject: plan.titleBlocks.dropFirst().first?.text ?? "",
                                             creator: "partnermap"))
    }

    /// Whether the spec draws a layer (`countries` comes with --highlight-countries too).
    func wanted(_ layer: MapLayer) -> Bool {
        plan.spec.layers.contains(layer) || (layer == .countries && plan.spec.highlightCountries && plan.spec.layers.contains(.land))
    }

    func items(_ layer: MapLayer, shows: (City) -> Bool) -> [SceneItem] {
        let base = BasemapPainter(theme: plan.theme, sizing: plan.sizing)
        let arcs = ArcPainter(styler: plan.styler, theme: plan.theme, sizing: plan.sizing, gradient: plan.spec.gradientArcs, hubColor: plan.theme.hub)
        let markers = MarkerPainter(styler: plan.styler, theme: plan.theme, sizing: plan.sizing)
        switch layer {
        case .sphere: return base.sphere(plan.sphere)
        case .graticule: return base.graticule(plan.graticule, rings: plan.distanceRings)
        case .land: return base.land(plan.basemap)
        case .countries: return base.countries(plan.basemap)
        case .borders: return base.borders(plan.basemap)
        case .arcs: return arcs.items(plan.arcs.filter { shows($0.city) })
        case .cities: return markers.items(hub: plan.hubPoint, partners: visible(plan.partnerPoints, shows))
        case .inset: return plan.insets.flatMap { insetItems($0, shows: shows, base: base, arcs: arcs, markers: markers) }
        case .labels: return labelItems(shows: shows)
        case .legend:
            guard let legend = plan.legend, let box = plan.legendBox else { return [] }
            return legend.items(at: Point(box.minX, box.minY))
        case .title: return plan.titleBlocks.map { .text($0) }
        case .credits: return plan.creditBlocks.map { .text($0) }
        }
    }

    private func visible(_ points: [String: Point], _ shows: (City) -> Bool) -> [(City, Point)] {
        plan.network.partners.compactMap { c in points[c.id].flatMap { shows(c) ? (c, $0) : nil } }
    }

    private func insetItems(_ inset: InsetPlan, shows: (City) -> Bool, base: BasemapPainter, arcs: ArcPainter, markers: MarkerPainter) -> [SceneItem] {
        var inner: [SceneItem] = [.fill(inset.ocean, plan.theme.ocean, .nonZero)]
        inner += base.land(inset.basemap)
        if wanted(.countries) { inner += base.countries(inset.basemap) }
        inner += base.borders(inset.basemap)
        inner += arcs.items(inset.arcs.filter { shows($0.city) })
        inner += markers.items(hub: inset.hubPoint, partners: visible(inset.partnerPoints, shows))
        let edge = Stroke(color: plan.theme.panelEdge, width: plan.sizing.line(0.9), join: .miter)
        return [
            .stroke(inset.locator, Stroke(color: plan.theme.panelEdge, width: plan.sizing.line(0.8), dash: [3 * plan.sizing.u, 2 * plan.sizing.u])),
            .clipped(inset.frame, inner),
            .stroke(Path(rect: inset.frame), edge),
        ]
    }

    private func labelItems(shows: (City) -> Bool) -> [SceneItem] {
        let cities = Dictionary(uniqueKeysWithValues: ([plan.network.hub] + plan.network.partners).map { ($0.id, $0) })
        var items: [SceneItem] = []
        for label in plan.labels where label.status != .dropped {
            // City labels follow their city; other labels (distance rings) are always shown.
            if let c = cities[label.id], c.relation != .hub, !shows(c) { continue }
            if let (a, b) = label.leader {
                items.append(.stroke(Path(polyline: [a, b]), Stroke(color: plan.theme.mutedText, width: plan.sizing.line(0.5))))
            }
            items.append(.text(label.block))
        }
        return items
    }
}
