import Basemap
import MapGeometry
import MapScene
import PartnerData

/// An inset's region projected ahead of placement (on a helper thread): its basemap in a frame
/// of the largest size it may get, scaled into its place once the map knows where that is.
struct PreparedInset: Sendable {
    var choice: InsetChoice
    var index: Int
    var setup: ProjectionSetup
    var ring: [LonLat]
    var aspect: Double
    /// The frame the basemap below was projected into (origin at zero).
    var frame: Rect
    var basemap: ProjectedBasemap
}

/// Plans one focus inset: its own conic projection of the region, its place on the map (where
/// it hides least, never over its own region), its basemap, arcs clipped at its edge and points.
struct InsetPlanner: Sendable {
    var choice: InsetChoice
    var index: Int
    var network: Network
    var spec: MapSpec
    var basemap: @Sendable (DetailLevel) throws -> BasemapLevel
    var highlight: Set<String>

    /// Sizes tried, largest first: (fraction of the frame's width, largest fraction of its height).
    static let sizes = [(0.34, 0.6), (0.28, 0.5), (0.22, 0.42)]

    /// The size of the inset at a candidate size in a map frame.
    static func size(aspect: Double, mapFrame: Rect, _ fractions: (Double, Double)) -> Size {
        var w = mapFrame.width * fractions.0
        var h = w / aspect
        if h > mapFrame.height * fractions.1 { h = mapFrame.height * fractions.1; w = h * aspect }
        return Size(w, h)
    }

    /// Projects the region's basemap at the largest size; nil when the inset has nothing to show.
    func prepare(mapFrame: Rect) throws -> PreparedInset? {
        let r = choice.region
        let cities = [network.hub] + network.partners
        // The default ASEAN inset only appears when it has something to show.
        if choice == .asean && cities.filter({ r.contains(LonLat($0)) }).count < 2 { return nil }
        let setup = ProjectionSetup.preset(.lambertConformal, center: r.center, latitudes: r.south...r.north)
        let ring = r.ring()
        let probe = try MapProjection(setup: setup, frame: Rect(x: 0, y: 0, width: 1000, height: 1000), fit: fit)
        guard let pb = probe.polygonPath([ring]).bounds, pb.height > 0 else { return nil }
        let aspect = pb.width / pb.height
        let largest = Self.size(aspect: aspect, mapFrame: mapFrame, Self.sizes[0])
        let frame = Rect(x: 0, y: 0, width: largest.width, height: largest.height)
        let projection = try MapProjection(setup: setup, frame: frame, fit: fit, tolerance: spec.tolerance)
        let detail = spec.detail ?? MapPlanner.detail(for: projection, spec: spec)
        let level = try basemap(detail)
        let projected = ProjectedBasemap(level, projection: projection, highlight: highlight, minRingArea: spec.speckArea,
                                         region: RegionFilter(showing: frame, of: projection))
        return PreparedInset(choice: choice, index: index, setup: setup, ring: ring, aspect: aspect, frame: frame, basemap: projected)
    }

    private var fit: FitTarget { .box(choice.region) }

    /// Places a prepared inset where it hides least and finishes it there: its basemap scaled
    /// into place, its own arcs and points.
    func place(_ prepared: PreparedInset, geodesics: [PartnerGeodesic], mainProjection: MapProjection,
               overlays: inout OverlayLayout, coverage: CoverageGrid, position: InsetPosition) throws -> InsetPlan? {
        let r = choice.region
        let locator = mainProjection.polygonPath([prepared.ring])
        var avoid: [Rect] = []
        if let lb = locator.bounds { avoid.append(lb) }
        // As large as a spot that hides no city allows (a crowded region needs room for its
        // labels); failing that, the smallest size where it hides least.
        var rect: Rect?
        for (k, fractions) in Self.sizes.enumerated() where rect == nil {
            let last = k == Self.sizes.count - 1
            rect = overlays.place(Self.size(aspect: prepared.aspect, mapFrame: overlays.frame, fractions), coverage: coverage,
                                  avoid: avoid, fixed: position, maxCost: last ? 1e9 : CoverageGrid.markerWeight)
        }
        guard let rect else { return nil }
        let projection = try MapProjection(setup: prepared.setup, frame: rect, fit: fit, tolerance: spec.tolerance)
        var points: [String: Point] = [:]
        for p in network.partners where r.contains(LonLat(p)) {
            points[p.id] = projection.point(LonLat(p))
        }
        let hubPoint = r.contains(LonLat(network.hub)) ? projection.point(LonLat(network.hub)) : nil
        // Arcs to partners outside the inset simply run to its edge: no continuation marks there.
        // Only their parts near the region are projected.
        let near = RegionFilter(showing: rect, of: projection)?.clip(minStep: 0)
        let arcs = geodesics.map { g in
            var arc = ProjectedArc(city: g.city, path: g.path, distance: g.distance, hub: hubPoint, partner: points[g.city.id],
                                   projection: projection, maxStep: spec.arcStep, clip: near)
            arc.leavesAtEnd = false
            arc.entersAtStart = false
            return arc
        }
        let k = rect.width / prepared.frame.width
        return InsetPlan(name: "inset-\(index + 1)", frame: rect, ocean: Path(rect: rect),
                         basemap: prepared.basemap.mapped { Point(rect.minX + $0.x * k, rect.minY + $0.y * k) },
                         arcs: arcs, hubPoint: hubPoint, partnerPoints: points, locator: locator)
    }
}
