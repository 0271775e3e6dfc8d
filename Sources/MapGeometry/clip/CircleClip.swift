import Foundation

/// Clip edge along a small circle of angular `radius` around the rotated origin (0, 0):
/// 90° shows one hemisphere (orthographic), nearly 180° the whole sphere less the antipode
/// (azimuthal equidistant).
struct CircleEdge: SphereEdge {
    let radius: Double
    let cr: Double
    let smallRadius: Bool
    let notHemisphere: Bool
    static let step = 2 * Sphere.radians

    init(radius: Double) {
        self.radius = radius
        cr = cos(radius)
        smallRadius = cr > 0
        notHemisphere = abs(cr) > Sphere.epsilon
    }

    func isVisible(_ lambda: Double, _ phi: Double) -> Bool { cos(lambda) * cos(phi) > cr }
    func makeCutter() -> LineCutter { CircleCutter(edge: self) }
    var startPoint: (Double, Double) { smallRadius ? (0, -radius) : (-Sphere.pi, radius - Sphere.pi) }
    var uncutPolygonMayContainStart: Bool { true }

    func interpolate(from: ClipPoint?, to: ClipPoint?, direction: Int, sink: GeoStream) {
        let cosR = cos(radius), sinR = sin(radius)
        let step = Double(direction) * Self.step
        var t0: Double, t1: Double
        if let from, let to {
            t0 = circleAngle(from)
            t1 = circleAngle(to)
            if direction > 0 ? t0 < t1 : t0 > t1 { t0 += Double(direction) * Sphere.tau }
        } else {
            t0 = radius + Double(direction) * Sphere.tau
            t1 = radius - step / 2
        }
        var t = t0
        while direction > 0 ? t > t1 : t < t1 {
            let p = Vec3(cosR, -sinR * cos(t), -sinR * sin(t)).spherical
            sink.point(p.0, p.1)
            t -= step
        }
    }

    /// Signed angle of a point of the circle, measured around the circle's centre.
    private func circleAngle(_ p: ClipPoint) -> Double {
        var v = Vec3(lambda: p.x, phi: p.y)
        v.x -= cr
        v = v.normalized
        let a = Sphere.acosClamped(-v.y)
        return ((-v.z < 0 ? -a : a) + Sphere.tau - Sphere.epsilon).truncatingRemainder(dividingBy: Sphere.tau)
    }

    /// Where the great circle through a and b meets the clip circle: the first crossing, or both when `two`.
    func intersect(_ a: (Double, Double), _ b: (Double, Double), two: Bool) -> [(Double, Double)]? {
        let pa = Vec3(lambda: a.0, phi: a.1), pb = Vec3(lambda: b.0, phi: b.1)
        let n1 = Vec3(1, 0, 0)
        let n2 = pa.cross(pb)
        let n2n2 = n2.dot(n2)
        let n1n2 = n2.x
        let determinant = n2n2 - n1n2 * n1n2
        if determinant == 0 { return two ? nil : [a] }
        let c1 = cr * n2n2 / determinant
        let c2 = -cr * n1n2 / determinant
        let u = n1.cross(n2)
        let A = n1.scaled(c1) + n2.scaled(c2)
        let w = A.dot(u)
        let uu = u.dot(u)
        let t2 = w * w - uu * (A.dot(A) - 1)
        if t2 < 0 { return nil }
        let t = t2.squareRoot()
        let q = (u.scaled((-w - t) / uu) + A).spherical
        if !two { return [q] }

        var lambda0 = a.0, lambda1 = b.0, phi0 = a.1, phi1 = b.1
        if lambda1 < lambda0 { swap(&lambda0, &lambda1) }
        let delta = lambda1 - lambda0
        let polar = abs(delta - Sphere.pi) < Sphere.epsilon
        let meridian = polar || delta < Sphere.epsilon
        if !polar && phi1 < phi0 { swap(&phi0, &phi1) }
        let between: Bool
        if meridian {
            if polar {
                between = (phi0 + phi1 > 0) != (q.1 < (abs(q.0 - lambda0) < Sphere.epsilon ? phi0 : phi1))
            } else {
                between = phi0 <= q.1 && q.1 <= phi1
            }
        } else {
            between = (delta > Sphere.pi) != (lambda0 <= q.0 && q.0 <= lambda1)
        }
        guard between else { return nil }
        let q1 = (u.scaled((-w + t) / uu) + A).spherical
        return [q, q1]
    }

    /// Bits telling where a point lies relative to the circle's bounding box.
    func code(_ lambda: Double, _ phi: Double) -> Int {
        let r = smallRadius ? radius : Sphere.pi - radius
        var c = 0
        if lambda < -r { c |= 1 } else if lambda > r { c |= 2 }
        if phi < -r { c |= 4 } else if phi > r { c |= 8 }
        return c
    }
}

/// Cuts one line where it enters or leaves the clip circle.
final class CircleCutter: LineCutter {
    private let edge: CircleEdge
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var point0: (Double, Double)?
    @exclusivity(unchecked) private var c0 = 0
    @exclusivity(unchecked) private var v0 = false, v00 = false
    @exclusivity(unchecked) private var cleanFlag = 1

    init(edge: CircleEdge) { self.edge = edge }

    var clean: Int { cleanFlag | ((v00 && v0) ? 2 : 0) }

    func lineStart(_ out: ClipBuffer) {
        v00 = false; v0 = false
        cleanFlag = 1
    }

    func point(_ lambda: Double, _ phi: Double, _ out: ClipBuffer) {
        let point1 = (lambda, phi)
        var point1Flag = false
        let v = edge.isVisible(lambda, phi)
        let c = edge.smallRadius
            ? (v ? 0 : edge.code(lambda, phi))
            : (v ? edge.code(lambda + (lambda < 0 ? Sphere.pi : -Sphere.pi), phi) : 0)
        if point0 == nil {
            v00 = v; v0 = v
            if v { out.lineStart() }
        }
        if v != v0, let p0 = point0 {
            let p2 = edge.intersect(p0, point1, two: false)?.first
            if p2 == nil || Sphere.equal(p0, p2!) || Sphere.equal(point1, p2!) { point1Flag = true }
        }
        if v != v0 {
            cleanFlag = 0
            if v {
                // Outside going in.
                out.lineStart()
                let p2 = point0.flatMap { edge.intersect(point1, $0, two: false)?.first } ?? point1
                out.point(p2.0, p2.1)
                point0 = p2
            } else {
                // Inside going out.
                let p2 = point0.flatMap { edge.intersect($0, point1, two: false)?.first } ?? point1
                out.point(p2.0, p2.1, onEdge: true)
                out.lineEnd()
                point0 = p2
            }
        } else if edge.notHemisphere, let p0 = point0, edge.smallRadius != v {
            // Both ends on the same side, but the segment may dip through the circle.
            if c & c0 == 0, let t = edge.intersect(point1, p0, two: true), t.count == 2 {
                cleanFlag = 0
                if edge.smallRadius {
                    out.lineStart()
                    out.point(t[0].0, t[0].1)
                    out.point(t[1].0, t[1].1)
                    out.lineEnd()
                } else {
                    out.point(t[1].0, t[1].1)
                    out.lineEnd()
                    out.lineStart()
                    out.point(t[0].0, t[0].1, onEdge: true)
                }
            }
        }
        if v && (point0 == nil || !Sphere.equal(point0!, point1)) {
            out.point(point1.0, point1.1, onEdge: point1Flag)
        }
        point0 = point1
        v0 = v
        c0 = c
    }

    func lineEnd(_ out: ClipBuffer) {
        if v0 { out.lineEnd() }
        point0 = nil
    }
}
