import Basemap
import MapGeometry
import MapScene
import PartnerData

/// An inset's region projected ahead of placement (on a helper thread): its basemap in a frame
/// of the largest size it may get, scaled into its place once the map knows where that is.
struct PreparedInset: Sendable {
    var region: InsetRegion
    var index: Int
    var setup: ProjectionSetup
    var ring: [LonLat]
    var aspect: Double
    /// The frame the basemap below was projected into (origin at zero).
    var frame: Rect
    var basemap: ProjectedBasemap
    /// The sizes it may have, smallest first, and the one it needs for its names.
    var sizes: [Size]
    var needed: Int
}

/// Plans one focus inset: its own conic projection of the region, its place on the map (where
/// it hides least, never over its own region), its basemap, arcs clipped at its edge and points.
struct InsetPlanner: Sendable {
    var region: InsetRegion
    var index: Int
    var network: Network
    var spec: MapSpec
    var basemap: @Sendable (DetailLevel) throws -> BasemapLevel
    var highlight: Set<String>
    var projectedBasemaps: ProjectedBasemaps?

    /// Sizes an inset may have, smallest first: (fraction of the frame's width, largest fraction of its height).
    static let sizes = [(0.16, 0.3), (0.2, 0.38), (0.25, 0.46), (0.3, 0.54), (0.34, 0.6)]
    /// Larger sizes a tall frame allows (its width is the short side).
    static let tallSizes = [(0.42, 0.3), (0.5, 0.34)]

    /// The size of the inset at a candidate size in a map frame.
    static func size(aspect: Double, mapFrame: Rect, _ fractions: (Double, Double)) -> Size {
        var w = mapFrame.width * fractions.0
        var h = w / aspect
        if h > mapFrame.height * fractions.1 { h = mapFrame.height * fractions.1; w = h * aspect }
        return Size(w, h)
    }

    /// The region's shape and its cities, projected into a frame of the largest size an inset may have.
    struct Probe: Sendable {
        var setup: ProjectionSetup
        var ring: [LonLat]
        var aspect: Double
        /// The sizes the inset may have in the map frame, smallest first.
        var sizes: [Size]
        /// The cities it shows (the hub's under its id), in a frame of the largest size.
        var points: [String: Point]
    }

    /// Probes the region; nil when the inset has nothing to show.
    func probe(mapFrame: Rect) throws -> Probe? {
        let r = region.box
        let setup = ProjectionSetup.preset(.lambertConformal, center: r.center, latitudes: r.south...r.north)
        let ring = r.ring()
        let unit = try MapProjection(setup: setup, frame: Rect(x: 0, y: 0, width: 1000, height: 1000), fit: fit)
        guard let pb = unit.polygonPath([ring]).bounds, pb.height > 0 else { return nil }
        let aspect = pb.width / pb.height
        let fractions = Self.sizes + (mapFrame.height > 1.2 * mapFrame.width ? Self.tallSizes : [])
        let sizes = fractions.map { Self.size(aspect: aspect, mapFrame: mapFrame, $0) }
        let largest = Rect(x: 0, y: 0, width: sizes.last!.width, height: sizes.last!.height)
        let projection = try MapProjection(setup: setup, frame: largest, fit: fit)
        var points: [String: Point] = [:]
        for c in [network.hub] + network.partners where r.contains(LonLat(c)) { points[c.id] = projection.point(LonLat(c)) }
        return Probe(setup: setup, ring: ring, aspect: aspect, sizes: sizes, points: points)
    }

    /// The smallest size at which `roomy` finds room for the names (the largest if none is).
    static func neededSize(_ probe: Probe, roomy: (Rect, [String: Point]) -> Bool) -> Int {
        probe.sizes.firstIndex { size in
            let k = size.width / probe.sizes.last!.width
            return roomy(Rect(x: 0, y: 0, width: size.width, height: size.height), probe.points.mapValues { Point($0.x * k, $0.y * k) })
        } ?? probe.sizes.count - 1
    }

    /// Projects the region's basemap at the size it needs (at the detail that size needs).
    func prepare(_ probe: Probe, size needed: Int) throws -> PreparedInset {
        let size = probe.sizes[needed]
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let projection = try MapProjection(setup: probe.setup, frame: frame, fit: fit, tolerance: spec.tolerance)
        let detail = spec.detail ?? MapPlanner.detail(for: projection, spec: spec)
        let level = try basemap(detail)
        let projected = ProjectedBasemap.projecting(level, detail: detail, projection: projection, highlight: highlight,
                                                    minRingArea: spec.speckArea, region: RegionFilter(showing: frame, of: projection),
                                                    kept: projectedBasemaps)
        return PreparedInset(region: region, index: index, setup: probe.setup, ring: probe.ring, aspect: probe.aspect, frame: frame,
                             basemap: projected, sizes: probe.sizes, needed: needed)
    }

    private var fit: FitTarget { .box(region.box) }

    /// Most of an inset's area that may hide land of the main map.
    static let landLimit = 0.2

    /// Places a prepared inset where it hides least and finishes it there: its basemap scaled
    /// into place, its own arcs and points. Nil when no spot in the map's frame hides no city
    /// marker of the main map and little enough land (in a corner chosen by hand: always there).
    func place(_ prepared: PreparedInset, geodesics: [PartnerGeodesic], mainProjection: MapProjection,
               overlays: inout OverlayLayout, coverage: CoverageGrid, land: CoverageGrid, markers: MarkerField, markerRadius: Double,
               position: InsetPosition) throws -> InsetPlan? {
        let r = region.box
        let locator = mainProjection.polygonPath([prepared.ring])
        var avoid: [Rect] = []
        if let lb = locator.bounds { avoid.append(lb) }
        let clearance = markerRadius + 2 * overlays.sizing.u
        func acceptable(_ spot: Rect) -> Bool {
            let guarded = spot.insetBy(-clearance)
            return !markers.anyIn(guarded) && land.share(of: spot) <= Self.landLimit
        }
        // Just large enough for its cities' names to stand by them (the largest size if none
        // is); larger where that finds no spot, smaller only as a last resort.
        let sizes = prepared.sizes, needed = prepared.needed
        let accept: (Rect) -> Bool = position == .auto ? acceptable : { _ in true }
        var chosen: (index: Int, cost: Double, rect: Rect)?
        for k in Array(needed..<sizes.count) + Array(0..<needed).reversed() where chosen == nil {
            if let s = overlays.spot(sizes[k], coverage: coverage, avoid: avoid, fixed: position, accept: accept) { chosen = (k, s.cost, s.rect) }
        }
        // Where there is empty room (off the map, as below a world map on a tall page) it grows
        // into it: a larger size whose spot hides no more than the smaller one's.
        while position == .auto, let c = chosen, c.index + 1 < sizes.count,
              let s = overlays.spot(sizes[c.index + 1], coverage: coverage, avoid: avoid, accept: accept), s.cost <= c.cost + 0.5 {
            chosen = (c.index + 1, s.cost, s.rect)
        }
        guard let rect = chosen?.rect else { return nil }
        overlays.take(rect)
        let projection = try MapProjection(setup: prepared.setup, frame: rect, fit: fit, tolerance: spec.tolerance)
        var points: [String: Point] = [:]
        for p in network.partners where r.contains(LonLat(p)) {
            points[p.id] = projection.point(LonLat(p))
        }
        let hubPoint = r.contains(LonLat(network.hub)) ? projection.point(LonLat(network.hub)) : nil
        // Arcs to partners outside the inset simply run to its edge: no continuation marks there.
        // Only their parts near the region are projected.
        let near = RegionFilter.lineClip(showing: rect, of: projection).map { clip in
            { (path: [LonLat]) -> [[LonLat]] in
                let cut = clip.lines(points: path, lines: [0..<path.count])
                return cut.lines.map { Array(cut.points[$0]) }
            }
        }
        let pieces = ProjectedArc.pieces(of: geodesics.map(\.path), projection: projection, maxStep: spec.arcStep, near: near)
        let arcs = zip(geodesics, pieces).map { g, pieces in
            var arc = ProjectedArc(city: g.city, pieces: pieces, distance: g.distance, hub: hubPoint, partner: points[g.city.id])
            arc.leavesAtEnd = false
            arc.entersAtStart = false
            return arc
        }
        var cities = points
        if let h = hubPoint { cities[network.hub.id] = h }
        let sizing = overlays.sizing
        let spread = MarkerSpread(hubRadius: sizing.hubRadius, partnerRadius: sizing.partnerRadius).spread(cities, hubID: network.hub.id)
        let k = rect.width / prepared.frame.width
        return InsetPlan(name: "inset-\(index + 1)", region: region, frame: rect, ocean: Path(rect: rect),
                         basemap: prepared.basemap.mapped { Point(rect.minX + $0.x * k, rect.minY + $0.y * k) },
                         arcs: arcs, hubPoint: hubPoint, partnerPoints: spread.points.filter { $0.key != network.hub.id },
                         markerTicks: spread.ticks, locator: locator)
    }
}
