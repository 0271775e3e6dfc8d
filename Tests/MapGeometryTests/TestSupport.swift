import Foundation
import MapGeometry
import MapScene
import TestSupport

extension SplitMix64 {
    mutating func lonLat() -> LonLat {
        // Uniform on the sphere.
        let z = Double.random(in: -1...1, using: &self)
        return LonLat(lon: Double.random(in: -180...180, using: &self), lat: asin(z) * 180 / .pi)
    }
}

let worldFrame = Rect(x: 10, y: 10, width: 1900, height: 1060)

/// A fitted world map in a preset, centred at `lon` (and `lat` for azimuthal views).
func worldMap(_ preset: ProjectionPreset = .equalEarth, lon: Double, lat: Double = 0, tolerance: Double = 0.5) throws -> MapProjection {
    try MapProjection(setup: .preset(preset, center: LonLat(lon: lon, lat: lat)), frame: worldFrame, fit: .world, tolerance: tolerance)
}

/// Signed area of a path's closed subpaths (shoelace), in output units squared.
func signedArea(_ path: Path) -> Double {
    var total = 0.0
    for i in 0..<path.subpathCount {
        let pts = Array(path.subpath(i))
        guard pts.count > 2 else { continue }
        var a = 0.0
        for k in 0..<pts.count {
            let p = pts[k], q = pts[(k + 1) % pts.count]
            a += p.x * q.y - q.x * p.y
        }
        total += a / 2
    }
    return total
}

/// Largest distance between consecutive points within any subpath.
func longestStep(_ pieces: [[Point]]) -> Double {
    var m = 0.0
    for piece in pieces { for (a, b) in zip(piece, piece.dropFirst()) { m = max(m, a.distance(to: b)) } }
    return m
}
