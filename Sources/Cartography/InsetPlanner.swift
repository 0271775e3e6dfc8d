import Basemap
import MapGeometry
import MapScene
import PartnerData

/// Plans one focus inset: its own conic projection of the region, its place on the map (where
/// it hides least, never over its own region), its basemap, arcs clipped at its edge and points.
struct InsetPlanner {
    var choice: InsetChoice
    var index: Int
    var network: Network
    var geodesics: [PartnerGeodesic]
    var mainProjection: MapProjection
    var spec: MapSpec
    var sizing: Sizing
    var basemap: (DetailLevel) throws -> BasemapLevel
    var highlight: Set<String>

    /// Whether a geographic point lies inside the region (west may exceed east across 180°).
    static func contains(_ r: (west: Double, south: Double, east: Double, north: Double), _ p: LonLat) -> Bool {
        guard p.lat >= r.south && p.lat <= r.north else { return false }
        return r.west <= r.east ? (p.lon >= r.west && p.lon <= r.east) : (p.lon >= r.west || p.lon <= r.east)
    }

    func plan(overlays: inout OverlayLayout, coverage: CoverageGrid, position: InsetPosition, times: inout StageTimes) throws -> InsetPlan? {
        let r = choice.region
        let cities = [network.hub] + network.partners
        let inside = cities.filter { Self.contains(r, LonLat($0)) }
        // The default ASEAN inset only appears when it has something to show.
        if choice == .asean && inside.count < 2 { return nil }

        let east = r.east < r.west ? r.east + 360 : r.east
        var midLon = (r.west + east) / 2
        if midLon > 180 { midLon -= 360 }
        let setup = ProjectionSetup.preset(.lambertConformal, center: LonLat(lon: midLon, lat: (r.south + r.north) / 2),
                                           latitudes: r.south...r.north)
        let ring = GeoFeedRing.box(r)
        // Aspect of the region in its own projection.
        let probe = try MapProjection(setup: setup, frame: Rect(x: 0, y: 0, width: 1000, height: 1000),
                                      fit: .box(west: r.west, south: r.south, east: r.east, north: r.north))
        guard let pb = probe.polygonPath([ring]).bounds, pb.height > 0 else { return nil }
        let aspect = pb.width / pb.height
        let frame = overlays.frame
        let locator = mainProjection.polygonPath([ring])
        var avoid: [Rect] = []
        if let lb = locator.bounds { avoid.append(lb) }
        // As large as a spot that hides no city allows (a crowded region needs room for its
        // labels); failing that, the smallest size where it hides least.
        var rect: Rect?
        let sizes = [(0.34, 0.6), (0.28, 0.5), (0.22, 0.42)]
        for (k, (wf, hf)) in sizes.enumerated() where rect == nil {
            var w = frame.width * wf
            var h = w / aspect
            if h > frame.height * hf { h = frame.height * hf; w = h * aspect }
            let last = k == sizes.count - 1
            rect = overlays.place(Size(w, h), coverage: coverage, avoid: avoid, fixed: position,
                                  maxCost: last ? 1e9 : CoverageGrid.markerWeight)
        }
        guard let rect else { return nil }

        let projection = try MapProjection(setup: setup, frame: rect, fit: .box(west: r.west, south: r.south, east: r.east, north: r.north),
                                           tolerance: spec.tolerance)
        let detail = spec.detail ?? MapPlanner.detail(for: projection, spec: spec)
        let level = try times.measure("basemap load") { try basemap(detail) }
        var points: [String: Point] = [:]
        for p in network.partners where Self.contains(r, LonLat(p)) {
            points[p.id] = projection.point(LonLat(p))
        }
        let hubPoint = Self.contains(r, LonLat(network.hub)) ? projection.point(LonLat(network.hub)) : nil
        // Arcs to partners outside the inset simply run to its edge: no continuation marks there.
        let arcs = geodesics.map { g in
            var arc = ProjectedArc(city: g.city, path: g.path, distance: g.distance, hub: hubPoint, partner: points[g.city.id],
                                   projection: projection, maxStep: spec.arcStep)
            arc.leavesAtEnd = false
            arc.entersAtStart = false
            return arc
        }
        return InsetPlan(name: "inset-\(index + 1)", frame: rect, ocean: Path(rect: rect),
                         basemap: times.measure("project inset basemap") {
                             ProjectedBasemap(level, projection: projection, highlight: highlight, minRingArea: spec.speckArea,
                                              region: RegionFilter(r, grownBy: 0.25))
                         },
                         arcs: arcs, hubPoint: hubPoint, partnerPoints: points, locator: locator)
    }
}

/// Rings for geographic boxes.
enum GeoFeedRing {
    /// A region's outline as a clockwise ring densified along meridians and parallels.
    static func box(_ r: (west: Double, south: Double, east: Double, north: Double)) -> [LonLat] {
        let east = r.east < r.west ? r.east + 360 : r.east
        var ring: [LonLat] = []
        let n = 24
        func lerp(_ a: Double, _ b: Double, _ k: Int) -> Double { a + (b - a) * Double(k) / Double(n) }
        for k in 0..<n { ring.append(LonLat(lon: r.west, lat: lerp(r.south, r.north, k))) }
        for k in 0..<n { ring.append(LonLat(lon: lerp(r.west, east, k), lat: r.north)) }
        for k in 0..<n { ring.append(LonLat(lon: east, lat: lerp(r.north, r.south, k))) }
        for k in 0..<n { ring.append(LonLat(lon: lerp(east, r.west, k), lat: r.south)) }
        return ring.map { LonLat(lon: $0.lon > 180 ? $0.lon - 360 : $0.lon, lat: $0.lat) }
    }
}
