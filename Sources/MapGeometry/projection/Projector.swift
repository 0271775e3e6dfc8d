import Foundation

/// Maps rotated spherical coordinates (radians, as the clip stages emit them) to output units:
/// project with PROJ (its centre meridian at 0, as the sphere is already rotated), then scale and
/// translate into the frame (y down).
final class Projector {
    let transform: ProjTransform
    /// The stream's rotation (to take points back to the globe).
    let rotation: SphereRotation
    /// The stream's tilt, undone before PROJ when PROJ tilts itself (nil: PROJ takes the rotated
    /// coordinates as they are).
    let untilt: SphereRotation?
    /// Latitude limit (radians) for projections that send a pole to infinity (Mercator, conics).
    let latitudeLimit: Double?
    /// Whether the operation is plain longitude/latitude (then the "projection" is the identity).
    let isLongLat: Bool
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) var scale = 1.0
    @exclusivity(unchecked) var tx = 0.0
    @exclusivity(unchecked) var ty = 0.0

    init(transform: ProjTransform, rotation: SphereRotation, tiltsInPROJ: Bool, latitudeLimit: Double?, isLongLat: Bool) {
        self.transform = transform
        self.rotation = rotation
        untilt = tiltsInPROJ && rotation.phi != 0 ? SphereRotation(lambda: 0, phi: rotation.phi) : nil
        self.latitudeLimit = latitudeLimit
        self.isLongLat = isLongLat
    }

    /// What PROJ takes of a rotated point (radians): untilted when PROJ tilts, clamped when needed.
    @inline(__always)
    private func input(_ lambda: Double, _ phi: Double) -> (Double, Double) {
        var g = untilt?.invert(lambda, phi) ?? (lambda, phi)
        if let lim = latitudeLimit { g.1 = min(max(g.1, -lim), lim) }
        return g
    }

    /// Projected metres (before scaling) of a rotated point.
    @inline(__always)
    func raw(_ lambda: Double, _ phi: Double) -> (Double, Double) {
        let g = input(lambda, phi)
        return isLongLat ? g : transform.forward(g.0, g.1)
    }

    /// Output units of a rotated point; non-finite when it cannot be projected.
    @inline(__always)
    func project(_ lambda: Double, _ phi: Double) -> (Double, Double) {
        let r = raw(lambda, phi)
        return (tx + scale * r.0, ty - scale * r.1)
    }

    /// Geographic radians (longitude not wrapped) of a point in output units; non-finite when
    /// PROJ cannot invert it.
    func unproject(_ x: Double, _ y: Double) -> (Double, Double) {
        let m = ((x - tx) / scale, (ty - y) / scale)
        let g = isLongLat ? m : transform.inverse(m.0, m.1)
        // PROJ gives the rotated sphere back, or (tilting itself) the globe less the centre meridian.
        return untilt == nil ? rotation.invert(g.0, g.1) : (g.0 - rotation.lambda, g.1)
    }

    /// Projects many rotated points at once, in place, into output units.
    func projectAll(_ xs: inout [Double], _ ys: inout [Double]) {
        let n = xs.count
        if untilt != nil || latitudeLimit != nil {
            for i in 0..<n {
                let g = input(xs[i], ys[i])
                xs[i] = g.0
                ys[i] = g.1
            }
        }
        if !isLongLat {
            xs.withUnsafeMutableBufferPointer { xb in
                ys.withUnsafeMutableBufferPointer { yb in
                    transform.forward(x: xb.baseAddress!, y: yb.baseAddress!, count: n, stride: MemoryLayout<Double>.stride)
                }
            }
        }
        for i in 0..<n {
            xs[i] = tx + scale * xs[i]
            ys[i] = ty - scale * ys[i]
        }
    }
}
