import Foundation

/// Maps rotated spherical coordinates (radians, as the clip stages emit them) to output units:
/// undo the rotation, project with PROJ, then scale and translate into the frame (y down).
final class Projector {
    let transform: ProjTransform
    let rotation: SphereRotation
    /// Latitude limit (radians) for projections that send a pole to infinity (Mercator, conics).
    let latitudeLimit: Double?
    /// Whether the operation is plain longitude/latitude (then the "projection" is the identity).
    let isLongLat: Bool
    var scale = 1.0
    var tx = 0.0
    var ty = 0.0

    init(transform: ProjTransform, rotation: SphereRotation, latitudeLimit: Double?, isLongLat: Bool) {
        self.transform = transform
        self.rotation = rotation
        self.latitudeLimit = latitudeLimit
        self.isLongLat = isLongLat
    }

    /// Geographic radians (unwrapped longitude) of a rotated point, clamped when needed.
    @inline(__always)
    private func geographic(_ lambda: Double, _ phi: Double) -> (Double, Double) {
        var g = rotation.invert(lambda, phi)
        if let lim = latitudeLimit { g.1 = min(max(g.1, -lim), lim) }
        return g
    }

    /// Projected metres (before scaling) of a rotated point.
    @inline(__always)
    func raw(_ lambda: Double, _ phi: Double) -> (Double, Double) {
        let g = geographic(lambda, phi)
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
        return isLongLat ? m : transform.inverse(m.0, m.1)
    }

    /// Projects many rotated points at once, in place, into output units.
    func projectAll(_ xs: inout [Double], _ ys: inout [Double]) {
        let n = xs.count
        for i in 0..<n {
            let g = geographic(xs[i], ys[i])
            xs[i] = g.0
            ys[i] = g.1
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
