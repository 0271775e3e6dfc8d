import MapScene

/// Last pipeline stage: collects projected lines and rings into a Path for the canvas.
/// Rings of polygons become closed subpaths; each line piece becomes an open subpath.
/// Points closer than `minStep` to the last one kept are dropped (nothing that small shows),
/// except a line's last point.
final class PathSink: GeoStream {
    private(set) var path = Path()
    /// Squared thinning distance; 0 keeps every point.
    var minStep2: Double
    private var inPolygon = false
    private var lineOpen = false
    private var lineHasPoint = false
    private var last = Point(0, 0)
    private var pending: Point?

    init(minStep: Double = 0) { minStep2 = minStep * minStep }

    func point(_ x: Double, _ y: Double) {
        guard lineOpen else { return }
        let p = Point(x, y)
        if !lineHasPoint {
            path.move(to: p)
            last = p
            lineHasPoint = true
            return
        }
        let dx = x - last.x, dy = y - last.y
        if dx * dx + dy * dy < minStep2 {
            pending = p
            return
        }
        path.line(to: p)
        last = p
        pending = nil
    }
    func lineStart() { lineOpen = true; lineHasPoint = false; pending = nil }
    func lineEnd() {
        if let p = pending, !inPolygon { path.line(to: p) }
        pending = nil
        if inPolygon && lineHasPoint { path.close() }
        lineOpen = false
    }
    func polygonStart() { inPolygon = true }
    func polygonEnd() { inPolygon = false }
    func sphere() {}

    /// Returns the path collected so far and starts a new one.
    func take() -> Path {
        defer { path = Path() }
        return path
    }
}
