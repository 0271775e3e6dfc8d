import Basemap
import Foundation
import MapGeometry
import MapScene
import PartnerData

/// Computes a MapPlan: the framing, projected basemap and arcs, overlay boxes and labels.
public struct MapPlanner {
    public var spec: MapSpec
    public var measurer: TextMeasurer
    /// Name of the partner table, for the credit line.
    public var tableName: String
    /// Loads the basemap at a level of detail.
    public var basemap: @Sendable (DetailLevel) throws -> BasemapLevel

    public init(spec: MapSpec, measurer: TextMeasurer, tableName: String, basemap: @escaping @Sendable (DetailLevel) throws -> BasemapLevel) {
        self.spec = spec; self.measurer = measurer; self.tableName = tableName; self.basemap = basemap
    }

    public func plan(_ network: Network) throws -> MapPlan {
        let theme = Theme.named(spec.theme)
        let sizing = Sizing(size: spec.sizingBase ?? spec.size, dpi: spec.dpi)
        let text = MapText(language: spec.language)
        let styler = PartnerStyler(scheme: spec.colorScheme, theme: theme, years: network.yearRange, sizing: sizing)
        let canvas = Rect(x: 0, y: 0, width: spec.size.width, height: spec.size.height)
        var frame = canvas.insetBy(spec.frameMargin ?? sizing.margin)
        var timelineBox: Rect?
        if spec.timelineBand {
            let band = TimelineStrip.bandHeight(sizing)
            timelineBox = Rect(x: frame.minX, y: frame.maxY - band, width: frame.width, height: band)
            frame.height -= band + sizing.margin / 2
        }
        var warnings: [String] = []
        var times = StageTimes()

        // Insets are projected on a helper thread while the main map is worked out.
        // Partner countries are only projected when they are tinted.
        let highlight = spec.draws(.countries) ? Set(network.partners.map(\.iso2)) : []
        let insetPlanners = spec.insets.enumerated().map { i, choice in
            InsetPlanner(choice: choice, index: i, network: network, spec: spec, basemap: basemap, highlight: highlight)
        }
        let preparing = Background { [frame] in try insetPlanners.map { try $0.prepare(mapFrame: frame) } }

        let geodesics = times.measure("geodesics") { PartnerGeodesic.all(network) }
        let low = try times.measure("basemap load") { try basemap(.low) }
        let framing = try times.measure("framing") { () throws -> MapFraming in
            let land = MeridianLand(low)
            return try MapFraming.choose(spec: spec, hub: network.hub, arcs: geodesics.map(\.path).filter { !$0.isEmpty },
                                         points: network.partners.map(LonLat.init), edgeCost: { land.cost($0) })
        }
        let projection = try times.measure("framing") {
            try MapProjection(setup: framing.setup, frame: frame, fit: framing.fit, tolerance: spec.tolerance)
        }
        let detail = spec.detail ?? Self.detail(for: projection, spec: spec)
        let level = try times.measure("basemap load") { detail == .low ? low : try basemap(detail) }

        var points: [String: Point] = [:]
        for p in network.partners { points[p.id] = projection.point(LonLat(p)) }
        let hubPoint = projection.point(LonLat(network.hub))
        let arcs = times.measure("project arcs") {
            geodesics.map { g in
                ProjectedArc(city: g.city, path: g.path, distance: g.distance, hub: hubPoint, partner: points[g.city.id],
                             projection: projection, maxStep: spec.arcStep)
            }
        }

        let graticuleLines: [[LonLat]]
        if framing.isWorld {
            graticuleLines = Graticule.lines(step: 30)
        } else {
            graticuleLines = Graticule.lines(step: 10, meridianLimit: 90, maxLatitude: 90)
        }

        // Overlays: title (top left), credits (bottom right), insets and legend where they hide least.
        let sphere = times.measure("project sphere and graticule") { projection.spherePath() }
        var overlays = OverlayLayout(frame: frame, sizing: sizing, measurer: measurer, text: text, theme: theme, titleSize: spec.titleSize,
                                     mapArea: sphere)
        let title = !spec.overlays.contains(.title) ? (blocks: [TextBlock](), box: Rect?.none) : overlays.titleBlock(title: spec.title ?? text.title(hub: network.hub),
                                        subtitle: spec.subtitle ?? text.subtitle(partners: network.partners.count,
                                                                                  continents: Set(network.partners.map(\.continent)).count,
                                                                                  years: network.yearRange))
        let credits = spec.overlays.contains(.credits)
            ? overlays.creditBlocks(text.credits(table: tableName, projection: framing.setup.name)) : (blocks: [TextBlock](), box: Rect?.none)
        let basemapPaths = times.measure("project basemap") {
            ProjectedBasemap(level, projection: projection, highlight: highlight, minRingArea: spec.speckArea,
                             region: framing.isWorld ? nil : RegionFilter(showing: frame, of: projection))
        }
        let coverage = times.measure("coverage grid") { () -> CoverageGrid in
            var coverage = CoverageGrid(bounds: frame, cellSize: max(frame.width, frame.height) / 96)
            coverage.fill(basemapPaths.land, weight: 1)
            for a in arcs { coverage.stroke(Path(pieces: a.pieces), weight: 4) }
            for p in points.values { coverage.add(Rect(x: p.x - 6, y: p.y - 6, width: 12, height: 12), weight: CoverageGrid.markerWeight) }
            if let h = hubPoint { coverage.add(Rect(x: h.x - 10, y: h.y - 10, width: 20, height: 20), weight: CoverageGrid.markerWeight) }
            return coverage
        }

        var insetPlans: [InsetPlan] = []
        let prepared = try times.measure("wait for insets") { try preparing.result() }
        for (planner, ready) in zip(insetPlanners, prepared) {
            guard let ready, let inset = try planner.place(ready, geodesics: geodesics, mainProjection: projection, overlays: &overlays,
                                                           coverage: coverage, position: spec.insetPosition) else { continue }
            insetPlans.append(inset)
        }
        let legend = Legend(network: network, styler: styler, text: text, theme: theme, sizing: sizing, measurer: measurer)
        let legendBox = spec.overlays.contains(.legend) ? times.measure("overlays") { overlays.placeLegend(size: legend.size, coverage: coverage) } : nil

        // Labels: the hub first, then partners; those inside an inset are labelled there.
        let labeller = MapLabeller(measurer: measurer, text: text, theme: theme, sizing: sizing)
        var labels: [PlacedLabel] = []
        let labelStart = DispatchTime.now().uptimeNanoseconds
        let external = spec.externalInsets.map(\.region)
        labels += labeller.label(network: network, hubPoint: hubPoint, points: points, allowed: frame,
                                 obstacles: overlays.occupied, skip: { id in
                                     if insetPlans.contains(where: { $0.partnerPoints[id] != nil }) { return true }
                                     guard let c = network.partners.first(where: { $0.id == id }) else { return false }
                                     return external.contains { $0.contains(LonLat(c)) }
                                 }, map: "main")
        for inset in insetPlans {
            labels += labeller.label(network: network, hubPoint: inset.hubPoint, points: inset.partnerPoints,
                                     allowed: inset.frame.insetBy(sizing.u), obstacles: [], skip: { _ in false }, map: inset.name)
        }
        times.add("labels", Double(DispatchTime.now().uptimeNanoseconds - labelStart) / 1e9)
        // Distance rings around the hub in an azimuthal equidistant map centred on it.
        var ringPath = Path()
        if framing.setup.preset == .azimuthalEquidistant,
           abs(framing.setup.center.lon - network.hub.lon) < 1e-9, abs(framing.setup.center.lat - network.hub.lat) < 1e-9 {
            let rings = DistanceRings(hub: network.hub, partners: network.partners)
            ringPath = projection.linesPath(rings.lines)
            let taken = labels.filter { $0.status != .dropped && $0.map == "main" }.map(\.box)
                + points.values.map { Rect(x: $0.x - sizing.partnerRadius - 1, y: $0.y - sizing.partnerRadius - 1,
                                           width: 2 * sizing.partnerRadius + 2, height: 2 * sizing.partnerRadius + 2) }
            // The bearing along which most ring labels find room (fewest arcs first on ties).
            let candidates = rings.bearings.map { bearing -> [PlacedLabel] in
                let items = rings.anchors(bearing: bearing).compactMap { a -> (id: String, text: String, anchor: Point)? in
                    guard let p = projection.point(a.point) else { return nil }
                    return ("ring-\(Int(a.metres / 1000))", text.distance(kilometres: Int(a.metres / 1000)), p)
                }
                return labeller.centredLabels(items, allowed: frame, obstacles: overlays.occupied + taken, map: "main")
                    .filter { $0.status != .dropped }
            }
            labels += candidates.max { $0.count < $1.count } ?? []
        }
        if spec.language == .th {
            let missing = network.partners.filter { $0.name(.th) == nil }.map(\.nameEN)
            if !missing.isEmpty {
                warnings.append("no Thai name (name_th) for \(missing.count) of \(network.partners.count) partners; English used for: \(missing.joined(separator: ", "))")
            }
        }
        let dropped = labels.filter { $0.status == .dropped }
        if !dropped.isEmpty {
            warnings.append("no room for \(dropped.count) label(s), left out: \(dropped.map { $0.text.replacingOccurrences(of: "\n", with: " ") }.joined(separator: ", "))")
        }

        let graticule = times.measure("project sphere and graticule") { projection.linesPath(graticuleLines) }
        return MapPlan(spec: spec, network: network, theme: theme, sizing: sizing, text: text, styler: styler,
                       canvas: canvas, frame: frame, projectionName: framing.setup.name, detail: detail,
                       sphere: sphere, graticule: graticule, distanceRings: ringPath,
                       basemap: basemapPaths, arcs: arcs, hubPoint: hubPoint, partnerPoints: points, labels: labels,
                       legend: legendBox == nil ? nil : legend, legendBox: legendBox,
                       titleBlocks: title.blocks, titleBox: title.box, creditBlocks: credits.blocks, creditsBox: credits.box,
                       insets: insetPlans, locators: external.map { projection.polygonPath([$0.ring()]) }, timelineBox: timelineBox, warnings: warnings, measurer: measurer, times: times)
    }

    /// The automatic level of detail for a map's scale in output pixels per degree (a PDF page's
    /// pixels are those of its `dpi`, so a page gets the detail its PNG twin would).
    static func detail(for projection: MapProjection, spec: MapSpec) -> DetailLevel {
        DetailLevel.automatic(pixelsPerDegree: projection.pixelsPerDegree)
    }
}
