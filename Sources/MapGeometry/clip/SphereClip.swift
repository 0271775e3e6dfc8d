/// The edge a spherical clip cuts along: the antimeridian of the rotated sphere, or a small circle.
protocol SphereEdge {
    /// Whether a lone point (not part of a line) is visible.
    func isVisible(_ lambda: Double, _ phi: Double) -> Bool
    /// A fresh cutter that splits one line at the edge.
    func makeCutter() -> LineCutter
    /// Emits the edge from `from` to `to` (both nil: the whole edge) in `direction` (+1 or -1).
    func interpolate(from: ClipPoint?, to: ClipPoint?, direction: Int, sink: GeoStream)
    /// A point on the edge; whether it lies inside a polygon decides how cut rings rejoin.
    var startPoint: (Double, Double) { get }
    /// Whether a polygon none of whose rings the edge cut, and which reaches no pole, can still
    /// contain `startPoint` (a circle's can; the antimeridian's, at a pole, cannot).
    var uncutPolygonMayContainStart: Bool { get }
}

/// Splits a line into its visible pieces, writing them into a ClipBuffer.
protocol LineCutter: AnyObject {
    func lineStart(_ out: ClipBuffer)
    func point(_ lambda: Double, _ phi: Double, _ out: ClipBuffer)
    func lineEnd(_ out: ClipBuffer)
    /// Bit 1: the line was never cut. Bit 2: first and last pieces are parts of one piece.
    var clean: Int { get }
}

/// Orders points along the sphere clip edge (the same order serves the antimeridian and circles).
func sphereEdgeKey(_ p: ClipPoint) -> Double {
    p.x < 0 ? p.y - Sphere.halfPi - Sphere.epsilon : Sphere.halfPi - p.y
}

/// Pipeline stage: clips lines and polygons on the (rotated) sphere and re-closes cut rings
/// along the edge, so nothing streaks across the map and polygons fill the right side.
final class SphereClipStage: GeoStream {
    private let edge: SphereEdge
    private let next: GeoStream
    private let lineCutter: LineCutter
    private let ringCutter: LineCutter
    private let lineBuffer = ClipBuffer()
    private let ringBuffer = ClipBuffer()
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var inLine = false
    @exclusivity(unchecked) private var inPolygon = false
    @exclusivity(unchecked) private var polygonStarted = false
    @exclusivity(unchecked) private var rings: [[(Double, Double)]] = []
    @exclusivity(unchecked) private var ring: [(Double, Double)] = []
    @exclusivity(unchecked) private var segments: [[ClipPoint]] = []
    /// Whether the polygon being clipped comes within a hair of a pole.
    @exclusivity(unchecked) private var reachesPole = false

    init(edge: SphereEdge, next: GeoStream) {
        self.edge = edge
        self.next = next
        lineCutter = edge.makeCutter()
        ringCutter = edge.makeCutter()
    }

    func point(_ x: Double, _ y: Double) {
        if inPolygon {
            ring.append((x, y))
            if abs(y) > Sphere.halfPi - 1e-6 { reachesPole = true }
            ringCutter.point(x, y, ringBuffer)
        } else if inLine {
            lineCutter.point(x, y, lineBuffer)
        } else if edge.isVisible(x, y) {
            next.point(x, y)
        }
    }

    func lineStart() {
        if inPolygon {
            ring.removeAll(keepingCapacity: true)
            ringCutter.lineStart(ringBuffer)
        } else {
            inLine = true
            lineCutter.lineStart(lineBuffer)
        }
    }

    func lineEnd() {
        if inPolygon { ringEnd(); return }
        inLine = false
        lineCutter.lineEnd(lineBuffer)
        for piece in lineBuffer.take() where piece.count > 1 {
            next.lineStart()
            for p in piece { next.point(p.x, p.y) }
            next.lineEnd()
        }
    }

    private func ringEnd() {
        guard let first = ring.first else { ringCutter.lineEnd(ringBuffer); _ = ringBuffer.take(); return }
        ringCutter.point(first.0, first.1, ringBuffer)
        ringCutter.lineEnd(ringBuffer)
        let clean = ringCutter.clean
        rings.append(ring)
        if clean & 1 != 0 {
            // Never cut: emit the ring as it is (without the repeated closing point).
            let pieces = ringBuffer.take()
            guard let piece = pieces.first, piece.count > 1 else { return }
            startPolygon()
            next.lineStart()
            for p in piece.dropLast() { next.point(p.x, p.y) }
            next.lineEnd()
            return
        }
        if clean & 2 != 0 { ringBuffer.rejoinLastWithFirst() }
        segments.append(contentsOf: ringBuffer.take().filter { $0.count > 1 })
    }

    func polygonStart() {
        inPolygon = true
        reachesPole = false
        rings.removeAll(keepingCapacity: true)
        segments.removeAll(keepingCapacity: true)
    }

    func polygonEnd() {
        inPolygon = false
        // The containment test walks every point with trigonometry; skip it where it cannot matter.
        let mustTest = !segments.isEmpty || reachesPole || edge.uncutPolygonMayContainStart
        let startInside = mustTest && SphericalPolygon.contains(rings, edge.startPoint)
        if !segments.isEmpty {
            startPolygon()
            let edge = self.edge
            Rejoin.run(pieces: segments, edgeKey: sphereEdgeKey, startInside: startInside,
                       interpolate: { edge.interpolate(from: $0, to: $1, direction: $2, sink: $3) }, sink: next)
        } else if startInside {
            startPolygon()
            next.lineStart()
            edge.interpolate(from: nil, to: nil, direction: 1, sink: next)
            next.lineEnd()
        }
        if polygonStarted { next.polygonEnd(); polygonStarted = false }
        rings.removeAll(keepingCapacity: true)
        segments.removeAll(keepingCapacity: true)
    }

    private func startPolygon() {
        if !polygonStarted { next.polygonStart(); polygonStarted = true }
    }

    func sphere() {
        next.polygonStart()
        next.lineStart()
        edge.interpolate(from: nil, to: nil, direction: 1, sink: next)
        next.lineEnd()
        next.polygonEnd()
    }
}
