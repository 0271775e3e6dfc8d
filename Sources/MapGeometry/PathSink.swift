import MapScene

/// Last pipeline stage: collects projected lines and rings into a Path for the canvas.
/// Rings of polygons become closed subpaths; each line piece becomes an open subpath.
final class PathSink: GeoStream {
    private(set) var path = Path()
    private var inPolygon = false
    private var lineOpen = false
    private var lineHasPoint = false

    func point(_ x: Double, _ y: Double) {
        if lineOpen {
            if lineHasPoint { path.line(to: Point(x, y)) } else { path.move(to: Point(x, y)); lineHasPoint = true }
        }
    }
    func lineStart() { lineOpen = true; lineHasPoint = false }
    func lineEnd() {
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
