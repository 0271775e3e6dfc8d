import MapScene

/// The points of one projected line as a sink keeps them: a point closer than `minStep` to the
/// last one kept is held back, and kept only if it ends the line.
struct LineThinner {
    /// Squared thinning distance; 0 keeps every point.
    private let minStep2: Double
    private(set) var line: [Point] = []
    private var pending: Point?

    init(minStep: Double) { minStep2 = minStep * minStep }

    mutating func start() {
        line.removeAll(keepingCapacity: true)
        pending = nil
    }

    mutating func add(_ x: Double, _ y: Double) {
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

    /// Ends the line, with its held-back last point unless `dropLast` (a ring closes by itself),
    /// and simplifies it.
    mutating func finish(dropLast: Bool, simplifier: inout PolylineSimplifier, closed: Bool) -> [Point] {
        if let p = pending, !dropLast { line.append(p) }
        pending = nil
        if !line.isEmpty { simplifier.simplify(&line, closed: closed) }
        return line
    }
}
