import Foundation

/// A rotation of the sphere: first about the polar axis by `lambda`, then about the
/// y axis by `phi`, then about the x axis by `gamma` (radians). Rotating by
/// (-λc, -φc, 0) brings the point (λc, φc) to (0, 0).
package struct SphereRotation: Sendable, Equatable {
    package let lambda: Double
    package let phi: Double
    package let gamma: Double
    private let cosPhi: Double, sinPhi: Double, cosGamma: Double, sinGamma: Double

    package init(lambda: Double, phi: Double = 0, gamma: Double = 0) {
        self.lambda = lambda; self.phi = phi; self.gamma = gamma
        cosPhi = cos(phi); sinPhi = sin(phi); cosGamma = cos(gamma); sinGamma = sin(gamma)
    }

    /// The rotation that brings the geographic point `center` (degrees) to the origin.
    package init(centeringOn center: LonLat, oblique: Bool) {
        self.init(lambda: -center.lon * Sphere.radians, phi: oblique ? -center.lat * Sphere.radians : 0)
    }

    package static let identity = SphereRotation(lambda: 0)

    var isLongitudeOnly: Bool { phi == 0 && gamma == 0 }

    /// Rotates a point (radians); the result's longitude lies in [-π, π].
    package func rotate(_ lambda0: Double, _ phi0: Double) -> (Double, Double) {
        let lambda1 = Sphere.wrap(lambda0 + lambda)
        if isLongitudeOnly { return (lambda1, phi0) }
        let c = cos(phi0)
        let x = cos(lambda1) * c, y = sin(lambda1) * c, z = sin(phi0)
        let k = z * cosPhi + x * sinPhi
        return (atan2(y * cosGamma - k * sinGamma, x * cosPhi - z * sinPhi),
                Sphere.asinClamped(k * cosGamma + y * sinGamma))
    }

    /// Undoes `rotate` (radians); the longitude is NOT wrapped, so a point on the cut keeps its side.
    package func invert(_ lambda0: Double, _ phi0: Double) -> (Double, Double) {
        var l = lambda0, p = phi0
        if !isLongitudeOnly {
            let c = cos(phi0)
            let x = cos(lambda0) * c, y = sin(lambda0) * c, z = sin(phi0)
            let k = z * cosGamma - y * sinGamma
            l = atan2(y * cosGamma + z * sinGamma, x * cosPhi + k * sinPhi)
            p = Sphere.asinClamped(k * cosPhi - x * sinPhi)
        }
        return (l - lambda, p)
    }
}

/// Pipeline stage: takes degrees, emits rotated radians.
final class RotateStage: GeoStream {
    private let rotation: SphereRotation
    private let next: GeoStream

    init(_ rotation: SphereRotation, next: GeoStream) { self.rotation = rotation; self.next = next }

    func point(_ x: Double, _ y: Double) {
        let r = rotation.rotate(x * Sphere.radians, y * Sphere.radians)
        next.point(r.0, r.1)
    }
    func lineStart() { next.lineStart() }
    func lineEnd() { next.lineEnd() }
    func polygonStart() { next.polygonStart() }
    func polygonEnd() { next.polygonEnd() }
    func sphere() { next.sphere() }
}
