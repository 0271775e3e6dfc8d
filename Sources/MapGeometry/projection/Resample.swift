import Foundation
import MapScene

/// Pipeline stage: projects rotated spherical points into output units and adaptively adds
/// points along each great-circle segment until the projected line is within `tolerance`
/// output units of the true curve (d3-geo's resample), up to a fixed recursion depth.
/// A line's vertices are projected in one bulk PROJ call; only inserted midpoints go one by one.
/// Given the frame the map is clipped to, a segment of a line (not of a ring, whose course off
/// the map decides how the frame's clip closes it) lying well beyond one side of the frame is
/// left as it is: however large the scale, only the parts of a line near the frame are refined.
final class ResampleStage: GeoStream {
    /// Largest angular step left unsubdivided whatever the tolerance (cos 30°).
    static let cosMinDistance = cos(30 * Sphere.radians)
    static let maxDepth = 16

    private let projector: Projector
    private let next: GeoStream
    private let delta2: Double
    /// Squared longest step allowed between output points (infinite: only the tolerance counts).
    private let maxStep2: Double
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var inPolygon = false
    @exclusivity(unchecked) private var inLine = false
    @exclusivity(unchecked) private var lambdas: [Double] = []
    @exclusivity(unchecked) private var phis: [Double] = []
    @exclusivity(unchecked) private var xs: [Double] = []
    @exclusivity(unchecked) private var ys: [Double] = []
    /// The frame the output is clipped to (nil: all of it is refined).
    private let frame: Rect?
    /// Midpoints inserted since creation (for measuring the effect of the tolerance).
    private(set) var insertedPoints = 0

    /// With `maxStep`, no step between output points is left longer than that (output units)
    /// where it may show.
    init(projector: Projector, tolerance: Double, maxStep: Double? = nil, frame: Rect? = nil, next: GeoStream) {
        self.projector = projector
        self.next = next
        self.frame = frame
        delta2 = tolerance * tolerance
        maxStep2 = maxStep.map { $0 * $0 } ?? .infinity
    }

    func point(_ x: Double, _ y: Double) {
        if inLine {
            lambdas.append(x)
            phis.append(y)
        } else {
            let p = projector.project(x, y)
            if p.0.isFinite && p.1.isFinite { next.point(p.0, p.1) }
        }
    }

    func lineStart() {
        inLine = true
        lambdas.removeAll(keepingCapacity: true)
        phis.removeAll(keepingCapacity: true)
    }

    func lineEnd() {
        inLine = false
        flush(closed: inPolygon)
    }

    func polygonStart() { inPolygon = true; next.polygonStart() }
    func polygonEnd() { inPolygon = false; next.polygonEnd() }
    func sphere() { next.sphere() }

    private struct Vertex {
        var x: Double, y: Double, lambda: Double, a: Double, b: Double, c: Double
        init(x: Double, y: Double, lambda: Double, phi: Double) {
            self.x = x; self.y = y; self.lambda = lambda
            let cp = cos(phi)
            a = cp * cos(lambda); b = cp * sin(lambda); c = sin(phi)
        }
    }

    /// Emits the buffered line: projected vertices with resampled points between them.
    private func flush(closed: Bool) {
        let n = lambdas.count
        guard n > 0 else { return }
        xs = lambdas
        ys = phis
        projector.projectAll(&xs, &ys)
        var started = false
        var previous: Vertex?
        var first: Vertex?
        for i in 0..<n {
            guard xs[i].isFinite && ys[i].isFinite else {
                // A point PROJ cannot project breaks the line there.
                if started && !closed { next.lineEnd(); started = false }
                previous = nil
                continue
            }
            let v = Vertex(x: xs[i], y: ys[i], lambda: lambdas[i], phi: phis[i])
            if !started { next.lineStart(); started = true }
            if let p = previous { subdivide(p, v, depth: Self.maxDepth) }
            next.point(v.x, v.y)
            previous = v
            if first == nil { first = v }
        }
        if closed, let last = previous, let f = first { subdivide(last, f, depth: Self.maxDepth) }
        if started { next.lineEnd() }
    }

    private func subdivide(_ p0: Vertex, _ p1: Vertex, depth: Int) {
        let dx = p1.x - p0.x, dy = p1.y - p0.y
        let d2 = dx * dx + dy * dy
        guard (d2 > 4 * delta2 || d2 > maxStep2), depth > 0 else { return }
        var a = p0.a + p1.a, b = p0.b + p1.b, c = p0.c + p1.c
        let m = (a * a + b * b + c * c).squareRoot()
        guard m > 0 else { return }
        c /= m
        let phi2 = Sphere.asinClamped(c)
        let lambda2 = abs(abs(c) - 1) < Sphere.epsilon || abs(p0.lambda - p1.lambda) < Sphere.epsilon
            ? (p0.lambda + p1.lambda) / 2 : atan2(b, a)
        let q = projector.project(lambda2, phi2)
        guard q.0.isFinite && q.1.isFinite else { return }
        let short = p0.a * p1.a + p0.b * p1.b + p0.c * p1.c >= Self.cosMinDistance
        if short && !inPolygon && beyondFrame(p0, p1, q, by: d2.squareRoot()) { return }
        let dx2 = q.0 - p0.x, dy2 = q.1 - p0.y
        let dz = dy * dx2 - dx * dy2
        if dz * dz / d2 > delta2
            || d2 > maxStep2
            || abs((dx * dx2 + dy * dy2) / d2 - 0.5) > 0.3
            || !short {
            a /= m; b /= m
            var mid = Vertex(x: q.0, y: q.1, lambda: lambda2, phi: phi2)
            mid.a = a; mid.b = b; mid.c = c
            subdivide(p0, mid, depth: depth - 1)
            next.point(mid.x, mid.y)
            insertedPoints += 1
            subdivide(mid, p1, depth: depth - 1)
        }
    }

    /// Whether a segment's ends and midpoint `q` all lie beyond one side of the frame, farther
    /// out than `margin` (its length): then no part of a short segment's curve reaches the frame.
    private func beyondFrame(_ p0: Vertex, _ p1: Vertex, _ q: (Double, Double), by margin: Double) -> Bool {
        guard let f = frame else { return false }
        let xs = (p0.x, p1.x, q.0), ys = (p0.y, p1.y, q.1)
        return max(xs.0, xs.1, xs.2) < f.minX - margin || min(xs.0, xs.1, xs.2) > f.maxX + margin
            || max(ys.0, ys.1, ys.2) < f.minY - margin || min(ys.0, ys.1, ys.2) > f.maxY + margin
    }
}
