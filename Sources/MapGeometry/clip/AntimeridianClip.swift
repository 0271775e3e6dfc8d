import Foundation

/// Clip edge along the antimeridian (λ = ±π) of the rotated sphere: lines are cut where they
/// cross it, and cut rings are closed along it (over the poles when they change sides).
struct AntimeridianEdge: SphereEdge {
    func isVisible(_ lambda: Double, _ phi: Double) -> Bool { true }
    func makeCutter() -> LineCutter { AntimeridianCutter() }
    var startPoint: (Double, Double) { (-Sphere.pi, -Sphere.halfPi) }
    /// An uncut polygon cannot wind around the South Pole (that would cross the cut).
    var uncutPolygonMayContainStart: Bool { false }

    func interpolate(from: ClipPoint?, to: ClipPoint?, direction: Int, sink: GeoStream) {
        let pi = Sphere.pi
        guard let from, let to else {
            let phi = Double(direction) * Sphere.halfPi
            for (l, p) in [(-pi, phi), (0, phi), (pi, phi), (pi, 0), (pi, -phi), (0, -phi), (-pi, -phi), (-pi, 0), (-pi, phi)] {
                sink.point(l, p)
            }
            return
        }
        if abs(from.x - to.x) > Sphere.epsilon {
            // From one side of the cut to the other: along the pole line.
            let lambda = from.x < to.x ? pi : -pi
            let phi = Double(direction) * lambda / 2
            sink.point(-lambda, phi)
            sink.point(0, phi)
            sink.point(lambda, phi)
        } else {
            sink.point(to.x, to.y)
        }
    }
}

/// Cuts one line where it crosses the antimeridian, interpolating the crossing latitude on the
/// great circle between the two points.
final class AntimeridianCutter: LineCutter {
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private var lambda0 = Double.nan, phi0 = Double.nan, sign0 = Double.nan
    @exclusivity(unchecked) private var cleanFlag = 1

    var clean: Int { 2 - cleanFlag }

    func lineStart(_ out: ClipBuffer) {
        out.lineStart()
        cleanFlag = 1
    }

    func point(_ lambdaIn: Double, _ phi1: Double, _ out: ClipBuffer) {
        var lambda1 = lambdaIn
        let pi = Sphere.pi, eps = Sphere.epsilon
        let sign1 = lambda1 > 0 ? pi : -pi
        let delta = abs(lambda1 - lambda0)
        if abs(delta - pi) < eps {
            // The segment runs over a pole.
            phi0 = (phi0 + phi1) / 2 > 0 ? Sphere.halfPi : -Sphere.halfPi
            out.point(lambda0, phi0)
            out.point(sign0, phi0)
            out.lineEnd()
            out.lineStart()
            out.point(sign1, phi0)
            out.point(lambda1, phi0)
            cleanFlag = 0
        } else if sign0 != sign1 && delta >= pi {
            // The segment crosses the antimeridian.
            if abs(lambda0 - sign0) < eps { lambda0 -= sign0 * eps }
            if abs(lambda1 - sign1) < eps { lambda1 -= sign1 * eps }
            phi0 = Self.crossingLatitude(lambda0, phi0, lambda1, phi1)
            out.point(sign0, phi0)
            out.lineEnd()
            out.lineStart()
            out.point(sign1, phi0)
            cleanFlag = 0
        }
        out.point(lambda1, phi1)
        lambda0 = lambda1
        phi0 = phi1
        sign0 = sign1
    }

    func lineEnd(_ out: ClipBuffer) {
        out.lineEnd()
        lambda0 = .nan
        phi0 = .nan
    }

    /// Latitude where the great circle through two points crosses the antimeridian.
    static func crossingLatitude(_ lambda0: Double, _ phi0: Double, _ lambda1: Double, _ phi1: Double) -> Double {
        let s = sin(lambda0 - lambda1)
        guard abs(s) > Sphere.epsilon else { return (phi0 + phi1) / 2 }
        let cosPhi0 = cos(phi0), cosPhi1 = cos(phi1)
        return atan((sin(phi0) * cosPhi1 * sin(lambda1) - sin(phi1) * cosPhi0 * sin(lambda0)) / (cosPhi0 * cosPhi1 * s))
    }
}
