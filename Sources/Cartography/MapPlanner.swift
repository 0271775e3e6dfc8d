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
    /// The basemap's credit; nil for the shipped Natural Earth basemap.
    package var basemapCredit: String?
    /// Loads the basemap at a level of detail.
    package var basemap: @Sendable (DetailLevel) throws -> BasemapLevel
    /// Basemaps projected for earlier maps of this basemap (nil: each plan projects its own).
    package var projectedBasemaps: ProjectedBasemaps?

    package init(spec: MapSpec, measurer: TextMeasurer, tableName: String, basemap: @escaping @Sendable (DetailLevel) throws -> BasemapLevel) {
        self.spec = spec; self.measurer = measurer; self.tableName = tableName; self.basemap = basemap
    }

    /// The plan, stage by stage (each timed under its name in the plan's `times`).
    package func plan(_ network: Network) throws -> MapPlan {
        let look = PlanLook(spec: spec, network: network)
        var times = StageTimes()
        var warnings: [String] = []

        let geodesics = times.measure("geodesics") { PartnerGeodesic.all(network) }
        let map = try frame(network, geodesics: geodesics, look: look, times: &times)
        let truePlaces = CityPoints(network, projection: map.projection)
        // The arcs are projected on helper threads (with a copy of the projection, as a PROJ
        // transform stays on one thread) while insets are found and sized.
        let arcProjection = Handover(try map.projection.copy())
        let (arcStep, cut) = (spec.arcStep, map.framing.isWorld ? nil : look.frame)
        let projecting = Background {
            Self.projectArcs(geodesics, cities: truePlaces, projection: arcProjection.value, maxStep: arcStep, cutTo: cut)
        }
        let labeller = MapLabeller(measurer: measurer, text: look.text, theme: look.theme, sizing: look.sizing)
        // Insets are projected on a helper thread while the main map is worked out.
        let regions = try times.measure("find insets") { try insetRegions(network, cities: truePlaces, labeller: labeller, look: look) }
        let insetPlanners = regions.enumerated().map { i, region in
            InsetPlanner(region: region, index: i, network: network, spec: spec, basemap: basemap, highlight: look.highlight,
                         projectedBasemaps: projectedBasemaps)
        }
        // Each inset at the size its names need, found before its basemap is projected (at the
        // detail that size needs).
        let probes = try times.measure("size insets") { try insetPlanners.map { try $0.probe(mapFrame: look.frame) } }
        let needed = times.measure("size insets") {
            zip(insetPlanners, probes).map { planner, probe in
                probe.map { InsetPlanner.neededSize($0) { roomy(frame: $0, points: $1, caption: captionText(planner), network: network, look: look) } }
            }
        }
        let preparing = Background {
            try zip(insetPlanners, zip(probes, needed)).map { planner, p -> PreparedInset? in
                guard let probe = p.0, let size = p.1 else { return nil }
                return try planner.prepare(probe, size: size)
            }
        }
        // The sphere and the basemap are projected here, while the arcs (and insets) are on the helpers.
        let sphere = times.measure("project sphere and graticule") { map.projection.spherePath() }
        let basemapPaths = times.measure("project basemap") { projectBasemap(map, look: look) }
        let arcs = try times.measure("project arcs") { try projecting.result() }
        var overlays = OverlayLayout(frame: look.frame, sizing: look.sizing, measurer: measurer, text: look.text, theme: look.theme,
                                     titleSize: spec.titleSize, mapArea: sphere)
        let title = titleBlocks(network, look: look, overlays: &overlays)
        let credits = spec.overlays.contains(.credits)
            ? overlays.creditBlocks(look.text.credits(MapCredits(network: network, table: tableName, basemap: basemapCredit),
                                                      projection: map.framing.setup.name, replacement: spec.credits)) : (blocks: [TextBlock](), box: Rect?.none)
        let coverage = times.measure("coverage grid") { coverageGrid(look.frame, sphere: sphere, basemap: basemapPaths, arcs: arcs, cities: truePlaces) }
        let insetPlans = try placeInsets(insetPlanners, preparing: preparing, geodesics: geodesics, projection: map.projection,
                                         overlays: &overlays, coverage: coverage, basemap: basemapPaths, cities: truePlaces,
                                         look: look, times: &times)
        let shownInInsets = Set(insetPlans.flatMap(\.partnerPoints.keys))
        let beyond = Set(network.partners.map(\.id).filter { id in
            !shownInInsets.contains(id) && !(truePlaces.partners[id].map(look.frame.contains) ?? false)
        })
        let legend = Legend(network: network, styler: look.styler, text: look.text, theme: look.theme, sizing: look.sizing, measurer: measurer,
                            beyond: spec.externalInsets.isEmpty ? beyond : [])
        let legendBox = spec.overlays.contains(.legend) ? times.measure("overlays") { overlays.placeLegend(size: legend.size, coverage: coverage) } : nil
        let external = spec.externalInsets.map(\.box)
        let clusters = times.measure("cluster markers") { clusterMarkers(network, cities: truePlaces, insets: insetPlans, look: look) }
        let spread = clusters == nil
            ? times.measure("spread markers") { spreadMarkers(network, cities: truePlaces, insets: insetPlans, sizing: look.sizing) }
            : MarkerSpread.Result(points: truePlaces.partners, ticks: [])
        let cities = CityPoints(hub: truePlaces.hub, partners: spread.points)
        var labels = times.measure("labels") {
            label(network, labeller: labeller, cities: cities, clusters: clusters, arcs: arcs, insets: insetPlans, external: external,
                  frame: look.frame, obstacles: overlays.occupied, sizing: look.sizing) { keyed in
                !spec.placesKey || mapKey(keyed, look: look).map { overlays.fits($0.size) } ?? false
            }
        }
        let key = times.measure("overlays") { placeKey(labels, cities: cities, look: look, overlays: &overlays, coverage: coverage) }
        let rings = times.measure("distance rings") {
            distanceRings(network, map: map, labeller: labeller, labels: &labels, cities: cities, clusters: clusters, look: look,
                          obstacles: overlays.occupied)
        }
        warnings += times.measure("label warnings") { labelWarnings(network, labels: labels) }
        if let c = clusters {
            let gathered = c.clusters.reduce(0) { $0 + $1.members.count }
            warnings.append("\(gathered) partners drawn as \(c.clusters.count) discs with their count (the map shows more than "
                            + "\(MarkerClusters.denseMarkers)); the map names none of them")
        }
        if spec.strictLabels, let message = strictLabelsFailure(labels) { throw SpecError(message) }

        // On a regional map only the runs of graticule lines near the frame are projected.
        let near = map.framing.isWorld ? nil : RegionFilter.lineClip(showing: look.frame, of: map.projection)
        let graticuleLines = (map.framing.isWorld ? Graticule.lines(step: 30) : Graticule.lines(step: 10, meridianLimit: 90, maxLatitude: 90))
            .flatMap { line in near.map { $0.runs(of: line).map(Array.init) } ?? [line] }
        let graticule = times.measure("project sphere and graticule") { map.projection.linesPath(graticuleLines) }
        return MapPlan(spec: spec, network: network, theme: look.theme, sizing: look.sizing, text: look.text, styler: look.styler,
                       canvas: look.canvas, frame: look.frame, projectionName: map.framing.setup.name,
                       extent: map.framing.isWorld ? nil : map.framing.region, detail: map.detail,
                       sphere: sphere, graticule: graticule, distanceRings: rings,
                       basemap: basemapPaths, arcs: arcs, hubPoint: cities.hub, partnerPoints: cities.partners, markerTicks: spread.ticks, clusters: clusters, labels: labels, key: key?.key, keyBox: key?.box,
                       legend: legendBox == nil ? nil : legend, legendBox: legendBox,
                       titleBlocks: title.blocks, titleBox: title.box, creditBlocks: credits.blocks, creditsBox: credits.box,
                       insets: insetPlans, locators: external.map { map.projection.polygonPath([$0.ring()]) }, timelineBox: look.timelineBox,
                       warnings: warnings, measurer: measurer, times: times,
                       resampledPoints: map.projection.resampledPointCount + arcProjection.value.resampledPointCount)
    }

    /// The main map's projection and its name, as the plan would frame them (no basemap projected).
    func framedProjection(_ network: Network) throws -> (projection: MapProjection, name: String) {
        let look = PlanLook(spec: spec, network: network)
        var times = StageTimes()
        let map = try frame(network, geodesics: PartnerGeodesic.all(network), look: look, times: &times)
        return (map.projection, map.framing.setup.name)
    }

    /// The regions this map's insets would show (with `auto`, where it is too crowded to label).
    func insetRegions(_ network: Network) throws -> [InsetRegion] {
        let look = PlanLook(spec: spec, network: network)
        var times = StageTimes()
        let map = try frame(network, geodesics: PartnerGeodesic.all(network), look: look, times: &times)
        let labeller = MapLabeller(measurer: measurer, text: look.text, theme: look.theme, sizing: look.sizing)
        return try insetRegions(network, cities: CityPoints(network, projection: map.projection), labeller: labeller, look: look)
    }

    /// The automatic level of detail for a map's scale in output pixels per degree (a PDF page's
    /// pixels are those of its `dpi`, so a page gets the detail its PNG twin would).
    static func detail(for projection: MapProjection, spec: MapSpec) -> DetailLevel {
        DetailLevel.automatic(pixelsPerDegree: projection.pixelsPerDegree)
    }

    // MARK: stages

    /// Framing: the projection and fit chosen from the data, and the basemap at the detail its scale needs.
    private func frame(_ network: Network, geodesics: [PartnerGeodesic], look: PlanLook, times: inout StageTimes) throws -> FramedMap {
        guard !network.partners.isEmpty else {
            throw SpecError("\(tableName) has only its hub (\(network.hub.nameEN)) and no partner city: a map needs at least one partner")
        }
        let low = try times.measure("basemap load") { try basemap(.low) }
        let framing = try times.measure("framing") { () throws -> MapFraming in
            let land = MeridianLand(low)
            return try MapFraming.choose(spec: spec, hub: network.hub, arcs: geodesics.map(\.path),
                                         points: geodesics.map { LonLat($0.city) }, distances: geodesics.map(\.distance),
                                         edgeCost: { land.cost($0) })
        }
        let projection = try times.measure("framing") { () throws -> MapProjection in
            let fitted = try MapProjection(setup: framing.setup, frame: look.frame, fit: framing.fit, tolerance: spec.tolerance)
            // A tall or square frame: the map right under the title, the room below it for
            // insets, legend and key (centred, it would leave two bands that fit neither).
            guard look.frame.height >= 0.75 * look.frame.width, let drawn = fitted.spherePath().bounds else { return fitted }
            let top = look.frame.minY + titleReserve(network, look: look)
            guard drawn.height < look.frame.maxY - top - 8 * look.sizing.u, drawn.minY < top || drawn.minY > top + 8 * look.sizing.u else { return fitted }
            let band = Rect(x: look.frame.minX, y: top, width: look.frame.width, height: drawn.height)
            return try MapProjection(setup: framing.setup, frame: band, fit: framing.fit, tolerance: spec.tolerance)
        }
        let detail = spec.detail ?? Self.detail(for: projection, spec: spec)
        let level = try times.measure("basemap load") { detail == .low ? low : try basemap(detail) }
        return FramedMap(framing: framing, projection: projection, detail: detail, level: level)
    }

    /// The height the title and subtitle take at the top of the frame, and a gap below them.
    private func titleReserve(_ network: Network, look: PlanLook) -> Double {
        var probe = OverlayLayout(frame: look.frame, sizing: look.sizing, measurer: measurer, text: look.text, theme: look.theme,
                                  titleSize: spec.titleSize)
        guard let box = titleBlocks(network, look: look, overlays: &probe).box else { return 0 }
        return box.maxY - look.frame.minY + 6 * look.sizing.u
    }

    /// Projection of arcs: each geodesic's visible pieces; on a regional map only what its
    /// frame shows, so an arc to a partner beyond it ends at the edge with a continuation mark.
    /// There only the runs of an arc near the frame go through the projection (at a large
    /// scale, resampling the rest of a long arc finely costs much and shows nothing).
    private static func projectArcs(_ geodesics: [PartnerGeodesic], cities: CityPoints, projection: MapProjection, maxStep: Double,
                                    cutTo frame: Rect?) -> [ProjectedArc] {
        let near = frame.flatMap { RegionFilter.lineClip(showing: $0, of: projection) }.map { clip in
            { (path: [LonLat]) -> [[LonLat]] in clip.runs(of: path).map { Array($0) } }
        }
        let pieces = ProjectedArc.pieces(of: geodesics.map(\.path), projection: projection, maxStep: maxStep, near: near)
        return zip(geodesics, pieces).map { g, pieces in
            var partner = cities.partners[g.city.id], hub = cities.hub
            if let frame {
                partner = partner.flatMap { frame.contains($0) ? $0 : nil }
                hub = hub.flatMap { frame.contains($0) ? $0 : nil }
            }
            var arc = ProjectedArc(city: g.city, pieces: pieces, distance: g.distance, hub: hub, partner: partner)
            if let frame {
                arc.pieces = arc.pieces.flatMap { frame.clip(polyline: $0) }
                arc.leavesAtEnd = arc.pieces.last?.last.map { end in partner.map { $0.distance(to: end) > 1 } ?? true } ?? false
                arc.entersAtStart = arc.pieces.first?.first.map { start in hub.map { $0.distance(to: start) > 1 } ?? true } ?? false
            }
            return arc
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
        ProjectedBasemap.projecting(map.level, detail: map.detail, projection: map.projection, highlight: look.highlight,
                                    minRingArea: spec.speckArea,
                                    region: map.framing.isWorld ? nil : RegionFilter(showing: look.frame, of: map.projection),
                                    kept: projectedBasemaps)
    }

    /// Coverage: what the map already shows where, for placing insets, legend and key where they hide least.
    private func coverageGrid(_ frame: Rect, sphere: Path, basemap: ProjectedBasemap, arcs: [ProjectedArc], cities: CityPoints) -> CoverageGrid {
        var coverage = CoverageGrid(bounds: frame, cellSize: max(frame.width, frame.height) / 96)
        // Off the map costs nothing; open sea a little; land more.
        coverage.fill(sphere, weight: 0.25)
        coverage.fill(basemap.land, weight: 1)
        for a in arcs { coverage.stroke(Path(pieces: a.pieces), weight: 4) }
        for p in cities.partners.values { coverage.add(Rect(x: p.x - 6, y: p.y - 6, width: 12, height: 12), weight: CoverageGrid.markerWeight) }
        if let h = cities.hub { coverage.add(Rect(x: h.x - 10, y: h.y - 10, width: 20, height: 20), weight: CoverageGrid.markerWeight) }
        return coverage
    }

    /// Insets: the prepared ones placed where they hide least and finished there (an inset
    /// finding no spot that hides no city and little land is left out).
    private func placeInsets(_ planners: [InsetPlanner], preparing: Background<[PreparedInset?]>, geodesics: [PartnerGeodesic],
                             projection: MapProjection, overlays: inout OverlayLayout, coverage: CoverageGrid,
                             basemap: ProjectedBasemap, cities: CityPoints, look: PlanLook, times: inout StageTimes) throws -> [InsetPlan] {
        let prepared = try times.measure("wait for insets") { try preparing.result() }
        guard prepared.contains(where: { $0 != nil }) else { return [] }
        let land = times.measure("coverage grid") { () -> CoverageGrid in
            var grid = CoverageGrid(bounds: look.frame, cellSize: max(look.frame.width, look.frame.height) / 240)
            grid.fill(basemap.land, weight: 1)
            return grid
        }
        return try times.measure("place insets") {
            let markers = MarkerField(cities.onMap(look.frame), area: look.frame)
            var plans: [InsetPlan] = []
            for (planner, ready) in zip(planners, prepared) {
                guard let ready, var inset = try planner.place(ready, geodesics: geodesics, mainProjection: projection, overlays: &overlays,
                                                               coverage: coverage, land: land, markers: markers,
                                                               markerRadius: look.sizing.hubRadius, position: spec.insetPosition) else { continue }
                inset.name = "inset-\(plans.count + 1)"
                inset.caption = caption(captionText(planner), in: inset.frame, look: look)
                plans.append(inset)
            }
            return plans
        }
    }

    /// Whether every city of an inset would be named by its marker at that size (leaders allowed).
    private func roomy(frame: Rect, points: [String: Point], caption: String, network: Network, look: PlanLook) -> Bool {
        let labeller = MapLabeller(measurer: measurer, text: look.text, theme: look.theme, sizing: look.sizing)
        var partners = MarkerSpread(hubRadius: look.sizing.hubRadius, partnerRadius: look.sizing.partnerRadius)
            .spread(points, hubID: network.hub.id).points
        let hub = partners.removeValue(forKey: network.hub.id)
        let trial = labeller.draft(network: network, hubPoint: hub, points: partners, allowed: frame.insetBy(look.sizing.u),
                                   obstacles: [captionBox(self.caption(caption, in: frame, look: look), sizing: look.sizing)],
                                   skip: { _ in false }, map: "trial", untilDropped: true).labels
        return trial.allSatisfy { $0.status == .placed || $0.status == .displaced }
    }

    /// An inset's caption: its region's name, or the continent most of its cities are on.
    private func captionText(_ planner: InsetPlanner) -> String {
        let network = planner.network
        let inside = ([network.hub] + network.partners).filter { planner.region.box.contains(LonLat($0)) }
        let continent = Dictionary(grouping: inside, by: \.continent)
            .max { ($0.value.count, $1.key.rawValue) < ($1.value.count, $0.key.rawValue) }?.key
        return MapText(language: spec.language).insetCaption(planner.region, continent: continent)
    }

    /// The caption in an inset's top-left corner.
    private func caption(_ text: String, in frame: Rect, look: PlanLook) -> TextBlock {
        let pad = 3 * look.sizing.u
        return TextBlock(text: text, font: look.text.font(look.sizing.legendText, bold: true),
                         origin: Point(frame.minX + pad, frame.minY + pad), color: look.theme.text,
                         halo: Halo(color: look.theme.halo, width: look.sizing.halo))
    }

    /// The room a caption takes, which the inset's labels keep clear of.
    private func captionBox(_ c: TextBlock, sizing: Sizing) -> Rect {
        let m = measurer.measure(c.text, font: c.font, alignment: .left)
        return Rect(x: c.origin.x, y: c.origin.y, width: m.width, height: m.height).insetBy(-sizing.halo - 1)
    }

    /// The regions insets show: those asked for, and for `auto` where the main map is too
    /// crowded to label (at most two such; none on a map dense enough to cluster its markers).
    /// An inset shows at least two of the network's cities.
    private func insetRegions(_ network: Network, cities: CityPoints, labeller: MapLabeller, look: PlanLook) throws -> [InsetRegion] {
        let places = ([network.hub] + network.partners).map(LonLat.init)
        var out: [InsetRegion] = []
        for choice in spec.insets {
            if let fixed = choice.fixedRegion {
                let held = places.filter { fixed.box.contains($0) }.count
                if held >= 2 { out.append(fixed); continue }
                // The ASEAN inset is simply left out where it has nothing to show.
                if choice == .asean { continue }
                throw SpecError("inset \(choice.optionText) holds \(held) of the network's cities; an inset shows at least two")
            }
            // A dense map gathers its crowds into clusters: an inset of one would be as crowded.
            guard cities.partners.values.filter(look.frame.contains).count <= MarkerClusters.denseMarkers else { continue }
            let found = CrowdedPlaces(network: network, cities: cities, labeller: labeller, frame: look.frame, sizing: look.sizing).groups()
            var added = 0
            for group in found where added < 2 {
                guard !out.contains(where: { $0.box.intersects(group.region.box) }) else { continue }
                out.append(group.region)
                added += 1
            }
        }
        return out
    }

    /// Labels: the hub first, then partners; those inside an inset are labelled there.
    /// Partners with no marker on the main map (beyond its frame, or where the projection shows
    /// nothing, such as the hub's antipode) are labelled where their arc leaves the map.
    /// Names that find no room by their markers are numbered there and listed in the key when
    /// `keyFits` says a key of them (numbered, as given) can be shown; else they are left out.
    private func label(_ network: Network, labeller: MapLabeller, cities: CityPoints, clusters: MarkerClusters?, arcs: [ProjectedArc],
                       insets: [InsetPlan], external: [GeoBox], frame: Rect, obstacles: [Rect], sizing: Sizing,
                       keyFits: ([PlacedLabel]) -> Bool) -> [PlacedLabel] {
        // A cluster's members are named in the key and the poster table, not by its disc.
        let clustered = clusters?.members ?? []
        let inFrame = cities.partners.filter { frame.contains($0.value) && !clustered.contains($0.key) }
        let byID = Dictionary(network.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var edges: [String: Point] = [:]
        // The last point of the arc inside the frame and clear of the title, legend and credits.
        let open = frame.insetBy(2 * sizing.u)
        for arc in arcs where inFrame[arc.city.id] == nil && !clustered.contains(arc.city.id) && spec.namesBeyond {
            let end = arc.lastPoint(step: sizing.u) { p in open.contains(p) && !obstacles.contains { $0.insetBy(-sizing.u).contains(p) } }
            if let end { edges[arc.city.id] = end }
        }
        let main = labeller.draft(network: network, hubPoint: cities.hub.flatMap { frame.contains($0) ? $0 : nil }, points: inFrame,
                                  allowed: frame, obstacles: obstacles, skip: { id in
                                      if insets.contains(where: { $0.partnerPoints[id] != nil }) { return true }
                                      guard let c = byID[id] else { return false }
                                      return external.contains { $0.contains(LonLat(c)) }
                                  }, map: "main", edges: edges,
                                  discs: clusters.map { c in c.clusters.map { ($0.centre, c.radius($0.members.count)) } } ?? [])
        let drafts = [main] + insets.map { inset in
            let caption = inset.caption.map { captionBox($0, sizing: sizing) }
            return labeller.draft(network: network, hubPoint: inset.hubPoint, points: inset.partnerPoints,
                                  allowed: inset.frame.insetBy(sizing.u), obstacles: caption.map { [$0] } ?? [], skip: { _ in false }, map: inset.name)
        }
        // Numbers from the key's start on the main map, and in each inset on from the largest so far.
        var firsts: [Int] = [], largest: Int?
        for d in drafts {
            let first = firsts.isEmpty ? spec.keyStart : (largest ?? 0) + 1
            firsts.append(first)
            if !d.unplaced.isEmpty { largest = first + d.unplaced.count - 1 }
        }
        // A number says "see the key": names go there only when a key of them can be shown.
        let keyed = zip(drafts, firsts).flatMap { d, first in
            d.unplaced.enumerated().map { k, i in var l = d.labels[i]; l.keyNumber = first + k; return l }
        }
        guard keyed.isEmpty || keyFits(keyed) else { return drafts.flatMap(\.labels) }
        return zip(drafts, firsts).flatMap { labeller.numbered($0, from: $1) }
    }

    /// The key of the names numbered on this map (and on the panels keyed elsewhere), when it
    /// can be shown: no taller than 0.6 of the frame, nor wider than half of it.
    private func mapKey(_ labels: [PlacedLabel], look: PlanLook) -> MapKey? {
        MapKey(labels: labels + spec.keyedElsewhere, text: look.text, theme: look.theme, sizing: look.sizing, measurer: measurer,
               maxHeight: look.frame.height * 0.6, maxWidth: look.frame.width / 2)
    }

    /// On a dense main map, its markers gathered into clusters (those outside the insets; nil
    /// when the map shows no more than `MarkerClusters.denseMarkers`).
    private func clusterMarkers(_ network: Network, cities: CityPoints, insets: [InsetPlan], look: PlanLook) -> MarkerClusters? {
        let shown = cities.partners.filter { id, p in look.frame.contains(p) && !insets.contains { $0.frame.contains(p) } }
        guard shown.count > MarkerClusters.denseMarkers else { return nil }
        let r = look.sizing.partnerRadius
        let years = Dictionary(network.partners.compactMap { c in c.year.map { (c.id, $0) } }, uniquingKeysWith: { a, _ in a })
        return MarkerClusters(shown, years: years, reach: MarkerClusters.reach(frame: look.frame, partnerRadius: r), partnerRadius: r)
    }

    /// Main-map markers moved apart where they would hide each other (not those an inset shows,
    /// nor so far that one would go under an inset).
    private func spreadMarkers(_ network: Network, cities: CityPoints, insets: [InsetPlan], sizing: Sizing) -> MarkerSpread.Result {
        var points = cities.partners
        if let h = cities.hub { points[network.hub.id] = h }
        let shown = Set(insets.flatMap(\.partnerPoints.keys))
        var result = MarkerSpread(hubRadius: sizing.hubRadius, partnerRadius: sizing.partnerRadius)
            .spread(points, hubID: network.hub.id, keep: shown)
        result.points[network.hub.id] = nil
        for (id, p) in result.points where insets.contains(where: { $0.frame.contains(p) }) { result.points[id] = cities.partners[id] }
        result.ticks = result.points.keys.sorted().compactMap { id in
            let from = cities.partners[id]!, to = result.points[id]!
            return from.distance(to: to) > 0.5 ? (from, to) : nil
        }
        return result
    }

    /// The key of names keyed for want of room, placed where it hides least: clear of every
    /// marker and label where it can be.
    private func placeKey(_ labels: [PlacedLabel], cities: CityPoints, look: PlanLook, overlays: inout OverlayLayout,
                          coverage: CoverageGrid) -> (key: MapKey, box: Rect)? {
        guard spec.placesKey, let key = mapKey(labels, look: look) else { return nil }
        let markers = MarkerField(cities.onMap(look.frame), area: look.frame)
        let taken = labels.filter { $0.map == "main" && $0.status != .dropped }.map(\.box)
        let clearance = look.sizing.hubRadius + look.sizing.u
        let box = overlays.place(key.size, coverage: coverage, avoid: taken) { spot in
            let guarded = spot.insetBy(-clearance)
            return !markers.anyIn(guarded) && !taken.contains { $0.intersects(spot) }
        } ?? overlays.place(key.size, coverage: coverage, avoid: taken, overlapping: true)
        return box.map { (key, $0) }
    }

    /// Why `--strict-labels` refuses the map: the names that would be keyed or left out.
    private func strictLabelsFailure(_ labels: [PlacedLabel]) -> String? {
        var seen = Set<String>()
        let short = labels.filter { ($0.status == .keyed || ($0.status == .dropped && !$0.id.hasPrefix("ring-"))) && seen.insert($0.id).inserted }
        guard !short.isEmpty else { return nil }
        return "--strict-labels: \(short.count) name(s) find no room by their markers and would stand in the key: "
            + NameSummary.of(short.map(\.text)) + " (a larger --size, fewer --layers, or --inset auto gives them room)"
    }

    /// Distance rings around the hub in an azimuthal equidistant map centred on it, labelled
    /// along the bearing where most labels find room (fewest arcs first on ties).
    private func distanceRings(_ network: Network, map: FramedMap, labeller: MapLabeller, labels: inout [PlacedLabel],
                               cities: CityPoints, clusters: MarkerClusters?, look: PlanLook, obstacles: [Rect]) -> Path {
        let setup = map.framing.setup
        guard setup.preset == .azimuthalEquidistant,
              abs(setup.center.lon - network.hub.lon) < 1e-9, abs(setup.center.lat - network.hub.lat) < 1e-9 else { return Path() }
        let sizing = look.sizing
        let rings = DistanceRings(hub: network.hub, partners: network.partners)
        func marker(_ p: Point, _ r: Double) -> Rect { Rect(x: p.x - r - 1, y: p.y - r - 1, width: 2 * r + 2, height: 2 * r + 2) }
        // What the map draws: labels, markers, and the discs that stand for clustered partners.
        let clustered = clusters?.members ?? []
        let taken = labels.filter { $0.status != .dropped && $0.map == "main" }.map(\.box)
            + cities.partners.filter { !clustered.contains($0.key) }.values.map { marker($0, sizing.partnerRadius) }
            + (clusters.map { c in c.clusters.map(c.box) } ?? []) + (cities.hub.map { [marker($0, sizing.hubRadius)] } ?? [])
        let candidates = rings.bearings.map { bearing -> [PlacedLabel] in
            let items = rings.anchors(bearing: bearing).compactMap { a -> (id: String, text: String, anchor: Point)? in
                guard let p = map.projection.point(a.point) else { return nil }
                return ("ring-\(Int(a.metres / 1000))", look.text.distance(kilometres: Int(a.metres / 1000)), p)
            }
            return labeller.centredLabels(items, allowed: look.frame, obstacles: obstacles + taken, map: "main")
                .filter { $0.status != .dropped }
        }
        // Along the bearing where most fit; a ring whose label finds no room there takes it
        // along the next best bearing that has room.
        let ranked = candidates.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
        var chosen = ranked.first ?? []
        for list in ranked.dropFirst() {
            for l in list where !chosen.contains(where: { $0.id == l.id || $0.box.intersects(l.box) }) { chosen.append(l) }
        }
        labels += chosen
        return map.projection.linesPath(rings.lines)
    }

    /// Warnings about labels: Thai names missing, labels left out for want of room.
    private func labelWarnings(_ network: Network, labels: [PlacedLabel]) -> [String] {
        var warnings: [String] = []
        // Each language of the labels whose names fall back to another for some partners says which,
        // once: to English, or where a table has no English name, to the first language it has.
        let languages: [NameLanguage] = switch spec.language {
        case .en: [.en]
        case .zh: [.zh]
        case .zhEn: [.zh, .en]
        case .vi: [.vi]
        case .th: [.th]
        }
        let title: [NameLanguage: String] = [.en: "English", .zh: "Chinese", .vi: "Vietnamese", .th: "Thai"]
        for lang in languages {
            let missing = network.partners.filter { $0.name(lang) == nil }
            guard !missing.isEmpty else { continue }
            let used = NameLanguage.allCases.filter { fallback in missing.contains { $0.fallbackLanguage == fallback } }
            let usedText = used.isEmpty ? "the id" : used.compactMap { title[$0] }.joined(separator: " or ")
            warnings.append("no \(title[lang] ?? lang.rawValue) name (name_\(lang.rawValue)) for \(missing.count) of \(network.partners.count) partners; "
                + "\(usedText) used for: \(NameSummary.of(missing.map(\.nameEN)))")
        }
        // A city keyed on the main map and in an inset (the hub, often) is named once.
        var seen = Set<String>()
        let keyed = labels.filter { $0.status == .keyed && seen.insert($0.id).inserted }
        if !keyed.isEmpty {
            warnings.append("no room by their markers for \(keyed.count) name(s), numbered and listed in the key: \(NameSummary.of(keyed.map(\.text)))")
        }
        // Names shown nowhere: no room by their markers, and no room for a key of them.
        let named = Set(labels.filter { $0.status != .dropped }.map(\.id))
        var dropped = Set<String>()
        let left = labels.filter { $0.status == .dropped && !$0.id.hasPrefix("ring-") && !named.contains($0.id) && dropped.insert($0.id).inserted }
        if !left.isEmpty {
            warnings.append("no room on the map for \(left.count) name(s), left out (a larger --size, or a poster, names them): \(NameSummary.of(left.map(\.text)))")
        }
        return warnings
    }
}
