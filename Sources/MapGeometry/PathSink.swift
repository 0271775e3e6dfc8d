import MapScene

/// Last pipeline stage: collects projected lines and rings into a Path for the canvas.
/// Rings of polygons become closed subpaths; each line piece becomes an open subpath.
///
/// Each line is simplified before it is kept, so the canvas draws (and a PDF stores) no point
/// it cannot show: points closer than `minStep` to the last one kept are dropped, then
/// Douglas–Peucker removes every point whose line stays within `tolerance` of it. A line's
/// first and last points always stay; rings stay rings of at least three points.
final class PathSink: GeoStream {
    private(set) var path = Path()
    /// Squared thinning distance; 0 keeps every point (and skips simplification too).
    var minStep2: Double
    /// Largest distance a simplified line may stray from the points it drops.
    let tolerance: Double
    /// Whether lines are simplified (thinning aside).
    var simplifies = true
    private var inPolygon = false
    private var lineOpen = false
    private var line: [Point] = []
    private var pending: Point?
    private var keep: [Bool] = []
    private var stack: [(Int, Int)] = []

    init(minStep: Double = 0, tolerance: Double = 0) {
        minStep2 = minStep * minStep
        self.tolerance = tolerance
    }

    func point(_ x: Double, _ y: Double) {
        guard lineOpen else { return }
        let p = Point(x, y)
        if let last = line.last {
            let dx = x - last.x, dy = y - last.y
            if dx * dx + dy * dy < minStep2 {
                pending = p
                return
            }
        }
        line.append(p)
        pending = nil
    }

    func lineStart() { lineOpen = true; line.removeAll(keepingCapacity: true); pending = nil }

    func lineEnd() {
        if let p = pending, !inPolygon { line.append(p) }
        pending = nil
        lineOpen = false
        guard let first = line.first else { return }
        if simplifies && minStep2 > 0 && tolerance > 0 && line.count > 2 { simplify() }
        path.move(to: first)
        for i in 1..<line.count where keep.isEmpty || keep[i] { path.line(to: line[i]) }
        if inPolygon { path.close() }
        keep.removeAll(keepingCapacity: true)
    }

    func polygonStart() { inPolygon = true }
    func polygonEnd() { inPolygon = false }
    func sphere() {}

    /// Returns the path collected so far and starts a new one.
    func take() -> Path {
        defer { path = Path() }
        return path
    }

    /// Marks in `keep` the points Douglas–Peucker keeps. A ring is closed back on its first
    /// point for the chord tests and split there and at the point farthest from it.
    private func simplify() {
        if inPolygon { line.append(line[0]) }
        let n = line.count
        keep = Array(repeating: false, count: n)
        keep[0] = true
        keep[n - 1] = true
        stack.removeAll(keepingCapacity: true)
        var far = 0
        if inPolygon {
            var best = -1.0
            for i in 1..<(n - 1) {
                let dx = line[i].x - line[0].x, dy = line[i].y - line[0].y
                if dx * dx + dy * dy > best { best = dx * dx + dy * dy; far = i }
            }
            keep[far] = true
            stack = [(0, far), (far, n - 1)]
        } else {
            stack = [(0, n - 1)]
        }
        let t2 = tolerance * tolerance
        var kept = 2
        while let (a, b) = stack.popLast() {
            guard b - a > 1 else { continue }
            let (i, d2) = farthest(a, b)
            if d2 > t2 { keep[i] = true; kept += 1; stack.append((a, i)); stack.append((i, b)) }
        }
        if inPolygon {
            // A thin ring keeps a third point, so it keeps its area.
            if kept < 3 {
                let (i, _) = farthest(0, far), (j, _) = farthest(far, n - 1)
                let di = distance2(i, from: 0, to: far), dj = distance2(j, from: far, to: n - 1)
                keep[di >= dj ? i : j] = true
            }
            line.removeLast()
            keep.removeLast()
        }
    }

    /// The point strictly between `a` and `b` farthest from the segment between them, and its
    /// squared distance (`a` itself, at -1, when there is none).
    private func farthest(_ a: Int, _ b: Int) -> (Int, Double) {
        var best = -1.0, index = a
        guard b - a > 1 else { return (a, best) }
        for i in (a + 1)..<b {
            let d2 = distance2(i, from: a, to: b)
            if d2 > best { best = d2; index = i }
        }
        return (index, best)
    }

    /// Squared distance of point `i` from the segment between points `a` and `b`.
    @inline(__always)
    private func distance2(_ i: Int, from a: Int, to b: Int) -> Double {
        let p = line[a], q = line[i]
        let dx = line[b].x - p.x, dy = line[b].y - p.y
        var qx = q.x - p.x, qy = q.y - p.y
        let l2 = dx * dx + dy * dy
        let t = l2 == 0 ? 0 : min(1, max(0, (qx * dx + qy * dy) / l2))
        qx -= t * dx
        qy -= t * dy
        return qx * qx + qy * qy
    }
}
