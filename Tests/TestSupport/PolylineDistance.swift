import MapScene

/// The largest distance from a vertex of the polylines `a` to the nearest segment of `b`: how
/// far one drawing of a line strays from another (both ways, for the two to be the same line).
package func farthestVertex(of a: [[Point]], from b: [[Point]]) -> Double {
    let segments = b.flatMap { zip($0, $0.dropFirst()) }
    return a.joined().map { p in
        segments.map { s, e in
            let dx = e.x - s.x, dy = e.y - s.y, l2 = dx * dx + dy * dy
            let t = l2 == 0 ? 0 : max(0, min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / l2))
            return p.distance(to: Point(s.x + t * dx, s.y + t * dy))
        }.min() ?? .infinity
    }.max() ?? 0
}
