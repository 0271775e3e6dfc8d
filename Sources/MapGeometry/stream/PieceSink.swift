import MapScene

/// Last pipeline stage for one line (an arc): keeps its visible pieces in order as point lists,
/// each simplified within `tolerance` when it ends. Points closer than `minStep` to the last one
/// kept are dropped first (a piece keeps its last point). With `maxStep`, no segment is left
/// longer than a twenty-fourth of its piece (at least `maxStep`, at most 8 × `maxStep`), so an
/// animation can draw the piece part-way by length.
final class PieceSink: GeoStream {
    private(set) var pieces: [[Point]] = []
    private let maxStep: Double?
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var simplifier: PolylineSimplifier
    @exclusivity(unchecked) private var lineOpen = false
    @exclusivity(unchecked) private var thinner: LineThinner

    init(minStep: Double, tolerance: Double, maxStep: Double?) {
        thinner = LineThinner(minStep: minStep)
        self.maxStep = maxStep
        simplifier = PolylineSimplifier(tolerance: tolerance)
    }

    func point(_ x: Double, _ y: Double) {
        if lineOpen { thinner.add(x, y) }
    }

    func lineStart() { lineOpen = true; thinner.start() }

    func lineEnd() {
        lineOpen = false
        if let m = maxStep {
            let line = thinner.line
            let length = zip(line, line.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
            simplifier.maxSegment = min(8 * m, max(m, length / 24))
        }
        let line = thinner.finish(dropLast: false, simplifier: &simplifier, closed: false)
        if !line.isEmpty { pieces.append(line) }
    }

    func polygonStart() {}
    func polygonEnd() {}
    func sphere() {}
}
