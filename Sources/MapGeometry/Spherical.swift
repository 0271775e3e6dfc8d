import Foundation

/// Constants and small helpers shared by the spherical stages (angles in radians).
enum Sphere {
    static let epsilon = 1e-6
    static let epsilon2 = 1e-12
    static let pi = Double.pi
    static let halfPi = Double.pi / 2
    static let quarterPi = Double.pi / 4
    static let tau = 2 * Double.pi
    static let radians = Double.pi / 180
    static let degrees = 180 / Double.pi

    /// Wraps a longitude into [-π, π].
    static func wrap(_ lambda: Double) -> Double {
        if lambda > pi || lambda < -pi {
            let w = (lambda + pi).truncatingRemainder(dividingBy: tau)
            return (w < 0 ? w + tau : w) - pi
        }
        return lambda
    }

    /// asin and acos clamped to their domain, so rounding never yields NaN.
    static func asinClamped(_ x: Double) -> Double { x > 1 ? halfPi : x < -1 ? -halfPi : asin(x) }
    static func acosClamped(_ x: Double) -> Double { x > 1 ? 0 : x < -1 ? pi : acos(x) }

    /// Whether two spherical points coincide within epsilon.
    static func equal(_ a: (Double, Double), _ b: (Double, Double)) -> Bool {
        abs(a.0 - b.0) < epsilon && abs(a.1 - b.1) < epsilon
    }
}

/// A point of the unit sphere in Cartesian coordinates.
struct Vec3 {
    var x: Double, y: Double, z: Double

    init(_ x: Double, _ y: Double, _ z: Double) { self.x = x; self.y = y; self.z = z }

    /// The Cartesian point of longitude λ and latitude φ (radians).
    init(lambda: Double, phi: Double) {
        let c = cos(phi)
        self.init(c * cos(lambda), c * sin(lambda), sin(phi))
    }

    /// Longitude and latitude (radians) of this direction.
    var spherical: (Double, Double) { (atan2(y, x), Sphere.asinClamped(z)) }

    func dot(_ o: Vec3) -> Double { x * o.x + y * o.y + z * o.z }
    func cross(_ o: Vec3) -> Vec3 { Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x) }
    func scaled(_ k: Double) -> Vec3 { Vec3(x * k, y * k, z * k) }
    static func + (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x + b.x, a.y + b.y, a.z + b.z) }
    var length: Double { (x * x + y * y + z * z).squareRoot() }
    var normalized: Vec3 { let l = length; return l > 0 ? scaled(1 / l) : self }
}
