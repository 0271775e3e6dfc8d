/// Cuts geographic rings and lines to a longitude/latitude box before they are projected, so a
/// regional map or an inset does not send whole continents through the pipeline to show a corner
/// of them. Rings are cut with Sutherland–Hodgman and closed along the box's sides, so the box
/// must lie outside the projected frame (callers grow it by a margin): what the box adds is then
/// removed by the frame's own clip. A side along a parallel gets a point every degree: the
/// pipeline takes a segment for a great circle, which between two points of a northern parallel
/// bows north, into the box and across the map. Segments are cut straight in degrees, which is exact enough
/// for basemap data whose points lie kilometres apart. The box must not cross ±180° for rings;
/// for lines its west may lie below -180° or its east above 180° (a line's longitudes are then
/// first brought within 180° of the box's middle, where the box has no jump).
///
/// With `minStep`, points closer than that (in degrees, a degree of longitude counted as one of
/// latitude, which is never less on the map) to the last one kept
/// are dropped as well, as the projection's sink would drop them a pixel apart, but before they
/// cost a trip through the pipeline; a line keeps its last point, a ring at least three.
package struct GeoBoxClip: Sendable {
    package let west: Double, south: Double, east: Double, north: Double
    package let minStep: Double

    package init?(west: Double, south: Double, east: Double, north: Double, minStep: Double = 0) {
        guard west < east, south < north else { return nil }
        self.west = west; self.south = south; self.east = east; self.north = north
        self.minStep = minStep
    }

    /// Appends `pts` to `out`, less the points within `minStep` of the last one appended (the
    /// last point of `pts` always stays when `keepLast`).
    private func append(_ pts: some Collection<LonLat>, to out: inout [LonLat], keepLast: Bool) {
        guard minStep > 0 else { out += pts; return }
        let step2 = minStep * minStep
        let start = out.count
        var last: LonLat?
        var count = 0
        for p in pts {
            count += 1
            if let l = last, (p.lon - l.lon) * (p.lon - l.lon) + (p.lat - l.lat) * (p.lat - l.lat) < step2,
               !(keepLast && count == pts.count) { continue }
            out.append(p)
            last = p
        }
        if out.count - start < 3 && pts.count >= 3 {
            // Too few left for a ring: keep them all.
            out.removeSubrange(start...)
            out += pts
        }
    }

    /// Polygons stored flat (rings index `points`, polygons index rings; the first ring of each
    /// polygon is its exterior), cut to the box: a polygon whose exterior is gone is left out,
    /// as is a hole that is gone.
    package func polygons(points: [LonLat], rings: [Range<Int>], polygons: some Sequence<Range<Int>>)
        -> (points: [LonLat], rings: [Range<Int>], polygons: [Range<Int>]) {
        var outPoints: [LonLat] = [], outRings: [Range<Int>] = [], outPolygons: [Range<Int>] = []
        for polygon in polygons {
            let first = outRings.count
            for (k, r) in rings[polygon].enumerated() {
                let start = outPoints.count
                switch coverage(points[r]) {
                case .inside: append(points[r], to: &outPoints, keepLast: false)
                case .outside: break
                case .partly: append(ring(points[r]), to: &outPoints, keepLast: false)
                }
                if outPoints.count - start >= 3 {
                    outRings.append(start..<outPoints.count)
                } else {
                    outPoints.removeSubrange(start...)
                    if k == 0 { break }  // no exterior, no polygon
                }
            }
            if outRings.count > first { outPolygons.append(first..<outRings.count) }
        }
        return (outPoints, outRings, outPolygons)
    }

    /// Lines stored flat, cut to the box; a line may fall into several pieces.
    package func lines(points given: [LonLat], lines: [Range<Int>]) -> (points: [LonLat], lines: [Range<Int>]) {
        var points = given
        if west < -180 || east > 180 {
            let middle = (west + east) / 2
            points = given.map { LonLat(lon: middle + GeoBox.wrap($0.lon - middle), lat: $0.lat) }
        }
        var outPoints: [LonLat] = [], outLines: [Range<Int>] = []
        for r in lines {
            switch coverage(points[r]) {
            case .inside:
                let start = outPoints.count
                append(points[r], to: &outPoints, keepLast: true)
                outLines.append(start..<outPoints.count)
            case .outside: break
            case .partly:
                for piece in line(points[r]) where piece.count >= 2 {
                    let start = outPoints.count
                    append(piece, to: &outPoints, keepLast: true)
                    outLines.append(start..<outPoints.count)
                }
            }
        }
        return (outPoints, outLines)
    }

    /// The runs of a line's whole segments that reach the box (by the extent of their ends), in
    /// order, as slices of `points`: unlike `lines`, nothing is cut, so a run goes through the
    /// projection exactly as it does within the whole line. For geodesics sampled every 100 km
    /// or so, whose segments bow out of their ends' extent by far less than the margin a caller
    /// grows the box by. Longitudes are compared within 180° of the box's middle, so a segment
    /// across ±180° is kept where the box reaches there.
    package func runs(of points: [LonLat]) -> [ArraySlice<LonLat>] {
        let middle = (west + east) / 2
        func lon(_ p: LonLat) -> Double { middle + GeoBox.wrap(p.lon - middle) }
        if points.count == 1 {
            let l = lon(points[0]), lat = points[0].lat
            return l >= west && l <= east && lat >= south && lat <= north ? [points[...]] : []
        }
        var runs: [ArraySlice<LonLat>] = []
        var start: Int?
        for k in points.indices.dropLast() {
            let a = points[k], b = points[k + 1], la = lon(a), lb = lon(b)
            let reaches = abs(lb - la) <= 180 && max(la, lb) >= west && min(la, lb) <= east
                && max(a.lat, b.lat) >= south && min(a.lat, b.lat) <= north
            if reaches, start == nil { start = k }
            if !reaches, let s = start { runs.append(points[s...k]); start = nil }
        }
        if let s = start { runs.append(points[s...]) }
        return runs
    }

    private enum Coverage { case inside, outside, partly }

    private func coverage(_ pts: ArraySlice<LonLat>) -> Coverage {
        var minLon = Double.infinity, maxLon = -Double.infinity, minLat = Double.infinity, maxLat = -Double.infinity
        for p in pts {
            minLon = min(minLon, p.lon); maxLon = max(maxLon, p.lon)
            minLat = min(minLat, p.lat); maxLat = max(maxLat, p.lat)
        }
        if maxLon < west || minLon > east || maxLat < south || minLat > north { return .outside }
        if minLon >= west && maxLon <= east && minLat >= south && maxLat <= north { return .inside }
        return .partly
    }

    /// Sutherland–Hodgman: the ring cut by each side of the box in turn.
    func ring(_ pts: ArraySlice<LonLat>) -> [LonLat] {
        var ring = Array(pts)
        if ring.count > 1, ring.first == ring.last { ring.removeLast() }
        let sides: [(inside: (LonLat) -> Bool, cut: (LonLat, LonLat) -> LonLat)] = [
            ({ $0.lon >= west }, { a, b in LonLat(lon: west, lat: a.lat + (b.lat - a.lat) * (west - a.lon) / (b.lon - a.lon)) }),
            ({ $0.lon <= east }, { a, b in LonLat(lon: east, lat: a.lat + (b.lat - a.lat) * (east - a.lon) / (b.lon - a.lon)) }),
            ({ $0.lat >= south }, { a, b in LonLat(lon: a.lon + (b.lon - a.lon) * (south - a.lat) / (b.lat - a.lat), lat: south) }),
            ({ $0.lat <= north }, { a, b in LonLat(lon: a.lon + (b.lon - a.lon) * (north - a.lat) / (b.lat - a.lat), lat: north) }),
        ]
        for side in sides {
            guard let last = ring.last else { break }
            var out: [LonLat] = []
            out.reserveCapacity(ring.count + 4)
            var prev = last
            var prevIn = side.inside(prev)
            for p in ring {
                let pIn = side.inside(p)
                if pIn != prevIn { out.append(side.cut(prev, p)) }
                if pIn { out.append(p) }
                prev = p
                prevIn = pIn
            }
            ring = out
        }
        return alongParallels(ring)
    }

    /// The ring with a point every degree where it runs along the box's south or north side.
    private func alongParallels(_ ring: [LonLat]) -> [LonLat] {
        guard var prev = ring.last else { return ring }
        var out: [LonLat] = []
        out.reserveCapacity(ring.count)
        for p in ring {
            if p.lat == prev.lat && (p.lat == south || p.lat == north) && abs(p.lon - prev.lon) > 1 {
                let steps = Int(abs(p.lon - prev.lon).rounded(.up))
                for k in 1..<steps { out.append(LonLat(lon: prev.lon + (p.lon - prev.lon) * Double(k) / Double(steps), lat: p.lat)) }
            }
            out.append(p)
            prev = p
        }
        return out
    }

    /// The pieces of a line inside the box, in order.
    func line(_ pts: ArraySlice<LonLat>) -> [[LonLat]] {
        var pieces: [[LonLat]] = []
        var current: [LonLat] = []
        var prev: LonLat?
        for p in pts {
            defer { prev = p }
            guard let a = prev else { continue }
            // A step across ±180° (a geodesic's) is no straight segment in degrees; the box
            // does not reach across, so the line is simply broken there.
            guard abs(p.lon - a.lon) <= 180, let (s, e) = clipSegment((a.lon, a.lat), (p.lon, p.lat), x0: west, y0: south, x1: east, y1: north) else {
                if !current.isEmpty { pieces.append(current); current = [] }
                continue
            }
            let start = LonLat(lon: s.0, lat: s.1), end = LonLat(lon: e.0, lat: e.1)
            if current.last != start {
                if !current.isEmpty { pieces.append(current) }
                current = [start]
            }
            current.append(end)
            // Leaving the box ends the piece.
            if end != p { pieces.append(current); current = [] }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
