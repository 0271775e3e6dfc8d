/// Douglas–Peucker simplification of polylines and rings in output units: drops every point the
/// simplified line stays within `tolerance` of, keeping no segment longer than `maxSegment`. A
/// line keeps its first and last points; a ring (closed back on its first point) keeps at least
/// three. Keeps its scratch space between calls.
package struct PolylineSimplifier {
    package let tolerance: Double
    /// Longest segment left (infinite: only the tolerance counts).
    package var maxSegment: Double = .infinity
    private var keep: [Bool] = []
    private var stack: [(Int, Int)] = []

    package init(tolerance: Double) { self.tolerance = tolerance }

    /// Removes from `line` the points simplification drops.
    package mutating func simplify(_ line: inout [Point], closed: Bool) {
        guard tolerance > 0, line.count > (closed ? 3 : 2) else { return }
        mark(&line, closed: closed)
        var n = 0
        for i in line.indices where keep[i] {
            line[n] = line[i]
            n += 1
        }
        line.removeSubrange(n...)
    }

    /// Sets `keep` for each point of `line`. A ring is closed back on its first point for the
    /// distance tests and split there and at the point farthest from it.
    private mutating func mark(_ line: inout [Point], closed: Bool) {
        if closed { line.append(line[0]) }
        let n = line.count
        keep = Array(repeating: false, count: n)
        keep[0] = true
        keep[n - 1] = true
        stack.removeAll(keepingCapacity: true)
        var far = 0
        if closed {
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
        let t2 = tolerance * tolerance, s2 = maxSegment * maxSegment
        var kept = 2
        while let (a, b) = stack.popLast() {
            guard b - a > 1 else { continue }
            var (i, d2) = Self.farthest(line, a, b)
            if d2 <= t2 {
                let dx = line[b].x - line[a].x, dy = line[b].y - line[a].y
                guard dx * dx + dy * dy > s2 else { continue }
                i = (a + b) / 2
            }
            keep[i] = true
            kept += 1
            stack.append((a, i))
            stack.append((i, b))
        }
        if closed {
            // A thin ring keeps a third point, so it keeps its area.
            if kept < 3 {
                let (i, di) = Self.farthest(line, 0, far), (j, dj) = Self.farthest(line, far, n - 1)
                keep[di >= dj ? i : j] = true
            }
            line.removeLast()
            keep.removeLast()
        }
    }

    /// The point strictly between `a` and `b` farthest from the segment between them, and its
    /// squared distance (`a` itself, at -1, when there is none).
    private static func farthest(_ line: [Point], _ a: Int, _ b: Int) -> (Int, Double) {
        var best = -1.0, index = a
        guard b - a > 1 else { return (a, best) }
        let p = line[a]
        let dx = line[b].x - p.x, dy = line[b].y - p.y
        let l2 = dx * dx + dy * dy
        for i in (a + 1)..<b {
            var qx = line[i].x - p.x, qy = line[i].y - p.y
            let t = l2 == 0 ? 0 : min(1, max(0, (qx * dx + qy * dy) / l2))
            qx -= t * dx
            qy -= t * dy
            let d2 = qx * qx + qy * qy
            if d2 > best { best = d2; index = i }
        }
        return (index, best)
    }
}
