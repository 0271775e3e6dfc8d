extension Path {
    /// Whether the area this path fills (even-odd, every subpath taken as closed) shares any
    /// point with a rectangle: a vertex inside the rectangle, a corner of the rectangle inside
    /// the area, or an edge crossing a side.
    package func fillIntersects(_ r: Rect) -> Bool {
        guard let b = bounds, b.intersects(r) || r.contains(b) || b.contains(r) else { return false }
        if points.contains(where: { r.contains($0) }) { return true }
        if fillContains(Point(r.minX, r.minY)) { return true }
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        for i in 0..<subpathCount {
            let pts = subpath(i)
            guard var previous = pts.last else { continue }
            for p in pts {
                for k in 0..<4 where Self.segmentsCross(previous, p, corners[k], corners[(k + 1) % 4]) { return true }
                previous = p
            }
        }
        return false
    }

    /// Even-odd test of a point against all subpaths, each taken as closed.
    package func fillContains(_ q: Point) -> Bool {
        var inside = false
        for i in 0..<subpathCount {
            let pts = subpath(i)
            guard var previous = pts.last else { continue }
            for p in pts {
                if (p.y > q.y) != (previous.y > q.y), q.x < p.x + (q.y - p.y) * (previous.x - p.x) / (previous.y - p.y) {
                    inside.toggle()
                }
                previous = p
            }
        }
        return inside
    }

    private static func segmentsCross(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func side(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }
}
