import Basemap
import Foundation
import MapGeometry
import MapScene
import PartnerData

/// Computes a MapPlan: the framing, projected basemap and arcs, overlay boxes and labels.
package struct MapPlanner {
    package var spec: MapSpec
    package var measurer: TextMeasurer
    /// Name of the partner table, for the credit line.
    package var tableName: String
    /// Loads the basemap at a level of detail.
    package var basemap: @Sendable (DetailLevel) throws -> BasemapLevel

    package init(spec: MapSpec, measurer: TextMeasurer, tableName: String, basemap: @escaping @Sendable (DetailLevel) throws -> BasemapLevel) {
        self.spec = spec; self.measurer = measurer; self.tableName = tableName; self.basemap = basemap
    }

    /// The plan, stage by stage (each timed under its name in the plan's `times`).
    package func plan(_ network: Network) throws -> MapPlan {
        let look = PlanLook(spec: spec, network: network)
        var times = StageTimes()
        var warnings: [String] = []

        // Insets are projected on a helper thread while the main map is worked out.
        let insetPlanners = spec.insets.enumerated().map { i, choice in
            InsetPlanner(choice: choice, index: i, network: network, spec: spec, basemap: basemap, highlight: look.highlight)
        }
        let preparing = Background { [frame = look.frame] in try insetPlanners.map { try $0.prepare(mapFrame: frame) } }

        let geodesics = times.measure("geodesics") { PartnerGeodesic.all(network) }
        let map = try frame(network, geodesics: geodesics, look: look, times: &times)
        let cities = CityPoints(network, projection: map.projection)
        let arcs = times.measure("project arcs") { projectArcs(geodesics, cities: cities, projection: map.projection) }
        let sphere = times.measure("project sphere and graticule") { map.projection.spherePath() }
        var overlays = OverlayLayout(frame: look.frame, sizing: look.sizing, measurer: measurer, text: look.text, theme: look.theme,
                                     titleSize: spec.titleSize, mapArea: sphere)
        let title = titleBlocks(network, look: look, overlays: &overlays)
        let credits = spec.overlays.contains(.credits)
            ? overlays.creditBlocks(look.text.credits(table: tableName, projection: map.framing.setup.name)) : (blocks: [TextBlock](), box: Rect?.none)
        let basemapPaths = times.measure("project basemap") { projectBasemap(map, look: look) }
        let coverage = times.measure("coverage grid") { coverageGrid(look.frame, basemap: basemapPaths, arcs: arcs, cities: cities) }
        let insetPlans = try placeInsets(insetPlanners, preparing: preparing, geodesics: geodesics, projection: map.projection,
                                         overlays: &overlays, coverage: coverage, times: &times)
        let legend = Legend(network: network, styler: look.styler, text: look.text, theme: look.theme, sizing: look.sizing, measurer: measurer)
        let legendBox = spec.overlays.contains(.legend) ? times.measure("overlays") { overlays.placeLegend(size: legend.size, coverage: coverage) } : nil
        let external = spec.externalInsets.map(\.region)
        let labeller = MapLabeller(measurer: measurer, text: look.text, theme: look.theme, sizing: look.sizing)
        var labels = times.measure("labels") {
            label(network, labeller: labeller, cities: cities, insets: insetPlans, external: external, frame: look.frame,
                  obstacles: overlays.occupied, sizing: look.sizing)
        }
        let rings = distanceRings(network, map: map, labeller: labeller, labels: &labels, cities: cities, look: look,
                                  obstacles: overlays.occupied)
        warnings += labelWarnings(network, labels: labels)

        let graticuleLines = map.framing.isWorld ? Graticule.lines(step: 30) : Graticule.lines(step: 10, meridianLimit: 90, maxLatitude: 90)
        let graticule = times.measure("project sphere and graticule") { map.projection.linesPath(graticuleLines) }
        return MapPlan(spec: spec, network: network, theme: look.theme, sizing: look.sizing, text: look.text, styler: look.styler,
                       canvas: look.canvas, frame: look.frame, projectionName: map.framing.setup.name, detail: map.detail,
                       sphere: sphere, graticule: graticule, distanceRings: rings,
                       basemap: basemapPaths, arcs: arcs, hubPoint: cities.hub, partnerPoints: cities.partners, labels: labels,
                       legend: legendBox == nil ? nil : legend, legendBox: legendBox,
                       titleBlocks: title.blocks, titleBox: title.box, creditBlocks: credits.blocks, creditsBox: credits.box,
                       insets: insetPlans, locators: external.map { map.projection.polygonPath([$0.ring()]) }, timelineBox: look.timelineBox,
                       warnings: warnings, measurer: measurer, times: times)
    }

    /// The automatic level of detail for a map's scale in output pixels per degree (a PDF page's
    /// pixels are those of its `dpi`, so a page gets the detail its PNG twin would).
    static func detail(for projection: MapProjection, spec: MapSpec) -> DetailLevel {
        DetailLevel.automatic(pixelsPerDegree: projection.pixelsPerDegree)
    }

    // MARK: stages

    /// Framing: the projection and fit chosen from the data, and the basemap at the detail its scale needs.
    private func frame(_ network: Network, geodesics: [PartnerGeodesic], look: PlanLook, times: inout StageTimes) throws -> FramedMap {
        let low = try times.measure("basemap load") { try basemap(.low) }
        let framing = try times.measure("framing") { () throws -> MapFraming in
            let land = MeridianLand(low)
            return try MapFraming.choose(spec: spec, hub: network.hub, arcs: geodesics.map(\.path).filter { !$0.isEmpty },
                                         points: network.partners.map(LonLat.init), edgeCost: { land.cost($0) })
        }
        let projection = try times.measure("framing") {
            try MapProjection(setup: framing.setup, frame: look.frame, fit: framing.fit, tolerance: spec.tolerance)
        }
        let detail = spec.detail ?? Self.detail(for: projection, spec: spec)
        let level = try times.measure("basemap load") { detail == .low ? low : try basemap(detail) }
        return FramedMap(framing: framing, projection: projection, detail: detail, level: level)
    }

    /// Projection of arcs: each geodesic's visible pieces.
    private func projectArcs(_ geodesics: [PartnerGeodesic], cities: CityPoints, projection: MapProjection) -> [ProjectedArc] {
        geodesics.map { g in
            ProjectedArc(city: g.city, path: g.path, distance: g.distance, hub: cities.hub, partner: cities.partners[g.city.id],
                         projection: projection, maxStep: spec.arcStep)
        }
    }

    /// The title and subtitle in the top left, when the map has them.
    private func titleBlocks(_ network: Network, look: PlanLook, overlays: inout OverlayLayout) -> (blocks: [TextBlock], box: Rect?) {
        guard spec.overlays.contains(.title) else { return ([], nil) }
        let text = look.text
        return overlays.titleBlock(title: spec.title ?? text.title(hub: network.hub),
                                   subtitle: spec.subtitle ?? text.subtitle(partners: network.partners.count,
                                                                            continents: Set(network.partners.map(\.continent)).count,
                                                                            years: network.yearRange))
    }

    /// Basemap: land, countries and borders projected (a regional map only what its frame shows).
    private func projectBasemap(_ map: FramedMap, look: PlanLook) -> ProjectedBasemap {
        ProjectedBasemap(map.level, projection: map.projection, highlight: look.highlight, minRingArea: spec.speckArea,
                         region: map.framing.isWorld ? nil : RegionFilter(showing: look.frame, of: map.projection))
    }

    /// Coverage: what the map already shows where, for placing insets and the legend where they hide least.
    private func coverageGrid(_ frame: Rect, basemap: ProjectedBasemap, arcs: [ProjectedArc], cities: CityPoints) -> CoverageGrid {
        var coverage = CoverageGrid(bounds: frame, cellSize: max(frame.width, frame.height) / 96)
        coverage.fill(basemap.land, weight: 1)
        for a in arcs { coverage.stroke(Path(pieces: a.pieces), weight: 4) }
        for p in cities.partners.values { coverage.add(Rect(x: p.x - 6, y: p.y - 6, width: 12, height: 12), weight: CoverageGrid.markerWeight) }
        if let h = cities.hub { coverage.add(Rect(x: h.x - 10, y: h.y - 10, width: 20, height: 20), weight: CoverageGrid.markerWeight) }
        return coverage
    }

    /// Insets: the prepared ones placed where they hide least and finished there.
    private func placeInsets(_ planners: [InsetPlanner], preparing: Background<[PreparedInset?]>, geodesics: [PartnerGeodesic],
                             projection: MapProjection, overlays: inout OverlayLayout, coverage: CoverageGrid,
                             times: inout StageTimes) throws -> [InsetPlan] {
        let prepared = try times.measure("wait for insets") { try preparing.result() }
        var plans: [InsetPlan] = []
        for (planner, ready) in zip(planners, prepared) {
            guard let ready, let inset = try planner.place(ready, geodesics: geodesics, mainProjection: projection, overlays: &overlays,
                                                           coverage: coverage, position: spec.insetPosition) else { continue }
            plans.append(inset)
        }
        return plans
    }

    /// Labels: the hub first, then partners; those inside an inset are labelled there.
    private func label(_ network: Network, labeller: MapLabeller, cities: CityPoints, insets: [InsetPlan], external: [GeoBox],
                       frame: Rect, obstacles: [Rect], sizing: Sizing) -> [PlacedLabel] {
        var labels = labeller.label(network: network, hubPoint: cities.hub, points: cities.partners, allowed: frame,
                                    obstacles: obstacles, skip: { id in
                                        if insets.contains(where: { $0.partnerPoints[id] != nil }) { return true }
                                        guard let c = network.partners.first(where: { $0.id == id }) else { return false }
                                        return external.contains { $0.contains(LonLat(c)) }
                                    }, map: "main")
        for inset in insets {
            labels += labeller.label(network: network, hubPoint: inset.hubPoint, points: inset.partnerPoints,
                                     allowed: inset.frame.insetBy(sizing.u), obstacles: [], skip: { _ in false }, map: inset.name)
        }
        return labels
    }

    /// Distance rings around the hub in an azimuthal equidistant map centred on it, labelled
    /// along the bearing where most labels find room (fewest arcs first on ties).
    private func distanceRings(_ network: Network, map: FramedMap, labeller: MapLabeller, labels: inout [PlacedLabel],
                               cities: CityPoints, look: PlanLook, obstacles: [Rect]) -> Path {
        let setup = map.framing.setup
        guard setup.preset == .azimuthalEquidistant,
              abs(setup.center.lon - network.hub.lon) < 1e-9, abs(setup.center.lat - network.hub.lat) < 1e-9 else { return Path() }
        let sizing = look.sizing
        let rings = DistanceRings(hub: network.hub, partners: network.partners)
        let taken = labels.filter { $0.status != .dropped && $0.map == "main" }.map(\.box)
            + cities.partners.values.map { Rect(x: $0.x - sizing.partnerRadius - 1, y: $0.y - sizing.partnerRadius - 1,
                                                width: 2 * sizing.partnerRadius + 2, height: 2 * sizing.partnerRadius + 2) }
        let candidates = rings.bearings.map { bearing -> [PlacedLabel] in
            let items = rings.anchors(bearing: bearing).compactMap { a -> (id: String, text: String, anchor: Point)? in
                guard let p = map.projection.point(a.point) else { return nil }
                return ("ring-\(Int(a.metres / 1000))", look.text.distance(kilometres: Int(a.metres / 1000)), p)
            }
            return labeller.centredLabels(items, allowed: look.frame, obstacles: obstacles + taken, map: "main")
                .filter { $0.status != .dropped }
        }
        labels += candidates.max { $0.count < $1.count } ?? []
        return map.projection.linesPath(rings.lines)
    }

    /// Warnings about labels: Thai names missing, labels left out for want of room.
    private func labelWarnings(_ network: Network, labels: [PlacedLabel]) -> [String] {
        var warnings: [String] = []
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
        return warnings
    }
}
