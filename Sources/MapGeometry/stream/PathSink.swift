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
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var simplifier: PolylineSimplifier
    @exclusivity(unchecked) private var inPolygon = false
    @exclusivity(unchecked) private var lineOpen = false
    @exclusivity(unchecked) private var thinner: LineThinner

    init(minStep: Double = 0, tolerance: Double = 0) {
        thinner = LineThinner(minStep: minStep)
        simplifier = PolylineSimplifier(tolerance: tolerance)
    }

    func point(_ x: Double, _ y: Double) {
        if lineOpen { thinner.add(x, y) }
    }

    func lineStart() { lineOpen = true; thinner.start() }

    func lineEnd() {
        lineOpen = false
        let line = thinner.finish(dropLast: inPolygon, simplifier: &simplifier, closed: inPolygon)
        guard let first = line.first else { return }
        path.move(to: first)
        for p in line.dropFirst() { path.line(to: p) }
        if inPolygon { path.close() }
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
