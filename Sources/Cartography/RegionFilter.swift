import Basemap
import MapGeometry
import MapScene

/// A longitude/latitude box (west may exceed east across 180°) used to skip basemap features a
/// regional map or inset cannot show, before they go through the projection pipeline.
struct RegionFilter {
    let box: GeoBox

    /// The box of what a rectangle of a map shows, with a degree to spare (nil: the rectangle
    /// reaches a pole or across ±180°, and everything must be projected).
    init?(showing rect: Rect, of projection: MapProjection) {
        guard let b = projection.geographicBox(of: rect),
              let grown = GeoBox(west: max(-180, b.west - 1), south: max(-90, b.south - 1),
                                 east: min(180, b.east + 1), north: min(90, b.north + 1)) else { return nil }
        box = grown
    }

    /// Cuts lines (arcs) to what a rectangle of a map shows, with a degree to spare, before they
    /// are projected, also where the rectangle reaches across ±180° (nil: it reaches a pole or
    /// spans every longitude, and lines must be projected whole).
    static func lineClip(showing rect: Rect, of projection: MapProjection) -> GeoBoxClip? {
        guard let b = projection.lonLatBounds(of: rect) else { return nil }
        let south = max(-90, b.south - 1), north = min(90, b.north + 1)
        if b.west >= -180 && b.east <= 180 {
            return RegionFilter(showing: rect, of: projection)?.clip(minStep: 0)
        }
        guard b.east - b.west + 2 < 360 else { return nil }
        return GeoBoxClip(west: b.west - 1, south: south, east: b.east + 1, north: north)
    }

    /// Cuts rings and lines to the box before projecting, and drops points closer than `minStep`
    /// degrees; nil when the box crosses ±180° or spans every longitude (features are then only
    /// filtered).
    func clip(minStep: Double) -> GeoBoxClip? {
        box.crossesAntimeridian ? nil : GeoBoxClip(west: box.west, south: box.south, east: box.east, north: box.north, minStep: minStep)
    }

    /// Whether a feature spanning the given longitudes and latitudes may show.
    func overlaps(minLon: Double, maxLon: Double, minLat: Double, maxLat: Double) -> Bool {
        box.meets(lons: minLon...maxLon, lats: minLat...maxLat)
    }

    /// Whether any of `points[range]` may show (by their bounding box).
    func overlaps(_ points: [LonLat], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var minLon = 180.0, maxLon = -180.0, minLat = 90.0, maxLat = -90.0
        for i in range {
            let p = points[i]
            minLon = min(minLon, p.lon); maxLon = max(maxLon, p.lon)
            minLat = min(minLat, p.lat); maxLat = max(maxLat, p.lat)
        }
        return overlaps(minLon: minLon, maxLon: maxLon, minLat: minLat, maxLat: maxLat)
    }

    /// The polygons (of `set.polygons`, by index) whose exterior ring may show.
    func polygons(of set: PolygonSet, among candidates: some Sequence<Int>) -> [Range<Int>] {
        candidates.compactMap { i in
            let poly = set.polygons[i]
            guard let exterior = poly.first.map({ set.rings[$0] }) else { return nil }
            return overlaps(set.points, exterior) ? poly : nil
        }
    }

    /// The lines of a set that may show.
    func lines(of set: LineSet) -> [Range<Int>] {
        set.lines.filter { overlaps(set.points, $0) }
    }
}
