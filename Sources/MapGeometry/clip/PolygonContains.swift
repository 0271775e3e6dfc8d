import Foundation

/// Whether a point lies inside a polygon on the sphere (radians; rings not closed).
///
/// Exterior rings run clockwise around the area they enclose (seen from outside the sphere),
/// holes anticlockwise; winding, not ring order, decides what is inside, so a polygon can
/// enclose more than a hemisphere. Follows d3-geo's polygonContains.
enum SphericalPolygon {
    static func contains(_ polygon: [[(Double, Double)]], _ point: (Double, Double)) -> Bool {
        var rings = polygon
        var lambda = point.0
        var phi = point.1
        // Near the South Pole the meridian test degenerates: mirror everything.
        if sin(phi) < -1 + Sphere.epsilon {
            rings = rings.map { $0.map { ($0.0, -$0.1) }.reversed() }
            phi = -phi
        }
        lambda = point.0
        let normal = Vec3(sin(lambda), -cos(lambda), 0)
        var angle = 0.0
        var winding = 0
        var sum = 0.0, compensation = 0.0   // Kahan sum of the signed area terms

        for ring in rings where !ring.isEmpty {
            var p0 = ring[ring.count - 1]
            var lambda0 = p0.0
            var phi0 = p0.1 / 2 + Sphere.quarterPi
            var sinPhi0 = sin(phi0), cosPhi0 = cos(phi0)
            for p1 in ring {
                let lambda1 = p1.0
                let phi1 = p1.1 / 2 + Sphere.quarterPi
                let sinPhi1 = sin(phi1), cosPhi1 = cos(phi1)
                let delta = lambda1 - lambda0
                let sign: Double = delta >= 0 ? 1 : -1
                let absDelta = sign * delta
                let antimeridian = absDelta > Sphere.pi
                let k = sinPhi0 * sinPhi1

                let term = atan2(k * sign * sin(absDelta), cosPhi0 * cosPhi1 + k * cos(absDelta))
                let y = term - compensation
                let t = sum + y
                compensation = (t - sum) - y
                sum = t
                angle += antimeridian ? delta + sign * Sphere.tau : delta

                if (antimeridian != (lambda0 >= lambda)) != (lambda1 >= lambda) {
                    let arc = Vec3(lambda: p0.0, phi: p0.1).cross(Vec3(lambda: p1.0, phi: p1.1)).normalized
                    let intersection = normal.cross(arc).normalized
                    let flip = antimeridian != (delta >= 0)
                    let phiArc = (flip ? -1.0 : 1.0) * Sphere.asinClamped(intersection.z)
                    if phi > phiArc || (phi == phiArc && (arc.x != 0 || arc.y != 0)) {
                        winding += flip ? 1 : -1
                    }
                }
                p0 = p1; lambda0 = lambda1; sinPhi0 = sinPhi1; cosPhi0 = cosPhi1; phi0 = phi1
            }
        }
        let southPoleInside = angle < -Sphere.epsilon || (angle < Sphere.epsilon && sum < -Sphere.epsilon2)
        return southPoleInside != (winding & 1 != 0)
    }
}
