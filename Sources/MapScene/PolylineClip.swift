/// Cutting polylines to a rectangle, in screen space.
extension Rect {
    /// The parts of `line` inside this rectangle, in order (each segment cut where it crosses
    /// an edge, by Liang–Barsky).
    package func clip(polyline line: [Point]) -> [[Point]] {
        var out: [[Point]] = []
        var current: [Point] = []
        for (a, b) in zip(line, line.dropFirst()) {
            guard let (p, q) = clip(a, b) else {
                if !current.isEmpty { out.append(current); current = [] }
                continue
            }
            if let last = current.last, last.x == p.x, last.y == p.y {
                current.append(q)
            } else {
                if current.count > 1 { out.append(current) }
                current = [p, q]
            }
            // Leaving the rectangle ends this part.
            if q.x != b.x || q.y != b.y { out.append(current); current = [] }
        }
        if current.count > 1 { out.append(current) }
        return out.filter { $0.count > 1 }
    }

    /// The part of segment a–b inside, or nil.
    private func clip(_ a: Point, _ b: Point) -> (Point, Point)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; t0 = max(t0, r) } else { if r < t0 { return nil }; t1 = min(t1, r) }
            }
        }
        return (Point(a.x + t0 * dx, a.y + t0 * dy), Point(a.x + t1 * dx, a.y + t1 * dy))
    }
}
