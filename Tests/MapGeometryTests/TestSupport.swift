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

/// How far (output units, up to 8) the drawn pieces of `line` stray from its true curve: the
/// largest distance from a point a quarter, half and three quarters along any segment to the
/// nearest point of `fine` (the same curve projected densely, well under a unit apart). A streak,
/// a chord across the map where the line should bend or end, strays by hundreds.
func strayFromCurve(_ pieces: [[Point]], fine: [Point]) -> Double {
    var cells: [Int: [Point]] = [:]
    func key(_ x: Int, _ y: Int) -> Int { x &* 65_537 &+ y }
    for p in fine { cells[key(Int(p.x.rounded(.down)), Int(p.y.rounded(.down))), default: []].append(p) }
    var worst = 0.0
    for piece in pieces {
        for (a, b) in zip(piece, piece.dropFirst()) {
            for t in [0.25, 0.5, 0.75] {
                let q = Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
                var best = 8.0
                let cx = Int(q.x.rounded(.down)), cy = Int(q.y.rounded(.down))
                for dx in -8...8 { for dy in -8...8 { for p in cells[key(cx + dx, cy + dy)] ?? [] { best = min(best, p.distance(to: q)) } } }
                worst = max(worst, best)
            }
        }
    }
    return worst
}
