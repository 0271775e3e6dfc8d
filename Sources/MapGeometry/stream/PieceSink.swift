import MapScene

/// Last pipeline stage for one line (an arc): keeps its visible pieces in order as point lists,
/// each simplified within `tolerance` when it ends. Points closer than `minStep` to the last one
/// kept are dropped first (a piece keeps its last point). With `maxStep`, no segment is left
/// longer than a twenty-fourth of its piece (at least `maxStep`, at most 8 × `maxStep`), so an
/// animation can draw the piece part-way by length.
final class PieceSink: GeoStream {
    private(set) var pieces: [[Point]] = []
    private let minStep2: Double
    private let maxStep: Double?
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var simplifier: PolylineSimplifier
    @exclusivity(unchecked) private var lineOpen = false
    @exclusivity(unchecked) private var line: [Point] = []
    @exclusivity(unchecked) private var pending: Point?

    init(minStep: Double, tolerance: Double, maxStep: Double?) {
        minStep2 = minStep * minStep
        self.maxStep = maxStep
        simplifier = PolylineSimplifier(tolerance: tolerance)
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

    func lineStart() { lineOpen = true; line = []; pending = nil }

    func lineEnd() {
        if let p = pending { line.append(p) }
        pending = nil
        lineOpen = false
        guard !line.isEmpty else { return }
        if let m = maxStep {
            let length = zip(line, line.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
            simplifier.maxSegment = min(8 * m, max(m, length / 24))
        }
        simplifier.simplify(&line, closed: false)
        pieces.append(line)
    }

    func polygonStart() {}
    func polygonEnd() {}
    func sphere() {}
}
