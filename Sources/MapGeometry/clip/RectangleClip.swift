import Foundation

/// Pipeline stage: clips projected lines and polygons to a rectangle (the map frame or an
/// inset box), re-closing cut polygons along the rectangle's edge, so no geometry outside the
/// frame reaches the output (d3-geo's clip/rectangle).
final class RectangleClipStage: GeoStream {
    private let x0: Double, y0: Double, x1: Double, y1: Double
    private let next: GeoStream
    private let buffer = ClipBuffer()
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var inPolygon = false
    @exclusivity(unchecked) private var segments: [[ClipPoint]] = []
    @exclusivity(unchecked) private var polygon: [[(Double, Double)]] = []
    @exclusivity(unchecked) private var inLine = false
    @exclusivity(unchecked) private var first = true
    @exclusivity(unchecked) private var firstPoint = (0.0, 0.0), firstVisible = false
    @exclusivity(unchecked) private var prev = (0.0, 0.0), prevVisible = false
    @exclusivity(unchecked) private var clean = true
    /// Coordinates are clamped to this magnitude before clipping, so huge values stay finite.
    private static let clampLimit = 1e9

    init(x0: Double, y0: Double, x1: Double, y1: Double, next: GeoStream) {
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
        self.next = next
    }

    private func visible(_ x: Double, _ y: Double) -> Bool { x0 <= x && x <= x1 && y0 <= y && y <= y1 }

    // MARK: output, either straight to the next stage or into the polygon buffer

    private func outLineStart() { if inPolygon { buffer.lineStart() } else { next.lineStart() } }
    private func outPoint(_ x: Double, _ y: Double) { if inPolygon { buffer.point(x, y) } else { next.point(x, y) } }
    private func outLineEnd() { if inPolygon { buffer.lineEnd() } else { next.lineEnd() } }

    func point(_ x: Double, _ y: Double) {
        if inLine { linePoint(x, y) } else if visible(x, y) { next.point(x, y) }
    }

    func lineStart() {
        inLine = true
        if inPolygon { polygon.append([]) }
        first = true
        prevVisible = false
        prev = (.nan, .nan)
    }

    func lineEnd() {
        if inPolygon {
            linePoint(firstPoint.0, firstPoint.1)
            if firstVisible && prevVisible { buffer.rejoinLastWithFirst() }
            segments.append(contentsOf: buffer.take())
        }
        inLine = false
        if prevVisible && !inPolygon { next.lineEnd() }
    }

    private func linePoint(_ xIn: Double, _ yIn: Double) {
        let lim = Self.clampLimit
        let x = min(max(xIn, -lim), lim), y = min(max(yIn, -lim), lim)
        let v = visible(x, y)
        if inPolygon { polygon[polygon.count - 1].append((x, y)) }
        if first {
            firstPoint = (x, y)
            firstVisible = v
            first = false
            if v {
                outLineStart()
                outPoint(x, y)
            }
        } else if v && prevVisible {
            outPoint(x, y)
        } else if let (a, b) = clipSegment(prev, (x, y), x0: x0, y0: y0, x1: x1, y1: y1) {
            if !prevVisible {
                outLineStart()
                outPoint(a.0, a.1)
            }
            outPoint(b.0, b.1)
            if !v { outLineEnd() }
            clean = false
        } else if v {
            outLineStart()
            outPoint(x, y)
            clean = false
        }
        prev = (x, y)
        prevVisible = v
    }

    func polygonStart() {
        inPolygon = true
        segments.removeAll(keepingCapacity: true)
        polygon.removeAll(keepingCapacity: true)
        clean = true
    }

    func polygonEnd() {
        let startInside = windingAtStart() != 0
        let cleanInside = clean && startInside
        let pieces = segments.filter { $0.count > 1 }
        inPolygon = false
        if cleanInside || !pieces.isEmpty {
            next.polygonStart()
            if cleanInside {
                next.lineStart()
                interpolate(from: nil, to: nil, direction: 1, sink: next)
                next.lineEnd()
            }
            if !pieces.isEmpty {
                Rejoin.run(pieces: pieces, edgeKey: edgeKey, startInside: startInside,
                           interpolate: { self.interpolate(from: $0, to: $1, direction: $2, sink: $3) }, sink: next)
            }
            next.polygonEnd()
        }
        segments.removeAll(keepingCapacity: true)
        polygon.removeAll(keepingCapacity: true)
    }

    func sphere() { next.sphere() }

    /// Winding number of the polygon around the rectangle's corner (x0, y1), where the edge order starts.
    private func windingAtStart() -> Int {
        var winding = 0
        for ring in polygon where ring.count > 1 {
            var (b0, b1) = ring[0]
            for j in 1..<ring.count {
                let (a0, a1) = (b0, b1)
                (b0, b1) = ring[j]
                if a1 <= y1 {
                    if b1 > y1 && (b0 - a0) * (y1 - a1) > (b1 - a1) * (x0 - a0) { winding += 1 }
                } else if b1 <= y1 && (b0 - a0) * (y1 - a1) < (b1 - a1) * (x0 - a0) {
                    winding -= 1
                }
            }
        }
        return winding
    }

    /// Which side of the rectangle a point on its edge lies on, numbered for `direction`.
    private func corner(_ p: ClipPoint, _ direction: Int) -> Int {
        let eps = Sphere.epsilon
        if abs(p.x - x0) < eps { return direction > 0 ? 0 : 3 }
        if abs(p.x - x1) < eps { return direction > 0 ? 2 : 1 }
        if abs(p.y - y0) < eps { return direction > 0 ? 1 : 0 }
        return direction > 0 ? 3 : 2
    }

    /// Position along the edge: up the left side, along the top, down the right, back along the bottom.
    private func edgeKey(_ p: ClipPoint) -> Double {
        let w = x1 - x0, h = y1 - y0
        switch corner(p, 1) {
        case 0: return y1 - p.y
        case 1: return h + (p.x - x0)
        case 2: return h + w + (p.y - y0)
        default: return 2 * h + w + (x1 - p.x)
        }
    }

    private func interpolate(from: ClipPoint?, to: ClipPoint?, direction: Int, sink: GeoStream) {
        func cornerPoint(_ a: Int) { sink.point(a == 0 || a == 3 ? x0 : x1, a > 1 ? y1 : y0) }
        guard let from, let to else {
            var a = direction > 0 ? 0 : 3
            for _ in 0..<4 { cornerPoint(a); a = (a + direction + 4) % 4 }
            return
        }
        var a = corner(from, direction)
        let a1 = corner(to, direction)
        if a != a1 || ((edgeKey(from) - edgeKey(to) < 0) != (direction > 0)) {
            repeat {
                cornerPoint(a)
                a = (a + direction + 4) % 4
            } while a != a1
        } else {
            sink.point(to.x, to.y)
        }
    }
}
