import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

@Suite struct ResampleTests {
    func pointCount(tolerance: Double) throws -> Int {
        let map = try MapProjection(setup: .preset(.orthographic, center: LonLat(lon: 20, lat: 30)), frame: worldFrame, fit: .world,
                                    tolerance: tolerance)
        return map.linesPath(Graticule.lines(step: 30)).points.count
    }

    /// Halving the tolerance at most roughly doubles the number of points.
    @Test func halvingToleranceAtMostDoublesPoints() throws {
        var previous = try pointCount(tolerance: 2)
        for t in [1.0, 0.5, 0.25, 0.125] {
            let n = try pointCount(tolerance: t)
            #expect(n >= previous)
            #expect(Double(n) <= Double(previous) * 2.2, "\(previous) → \(n) at \(t) px")
            previous = n
        }
    }

    /// A meridian is straight in the equirectangular projection: nothing is inserted, and the
    /// simplification keeps only its ends.
    @Test func straightMeridianIsNotSubdivided() throws {
        let map = try MapProjection(setup: .preset(.equirectangular, center: LonLat(lon: 0, lat: 0)), frame: worldFrame, fit: .world)
        let before = map.resampledPointCount
        let meridian = stride(from: -80.0, through: 80, by: 10).map { LonLat(lon: 30, lat: $0) }
        let path = map.linesPath([meridian])
        #expect(map.resampledPointCount == before)
        #expect(path.points == [meridian[0], meridian[meridian.count - 1]].compactMap { map.point($0) })
    }

    /// Simplified lines and rings stay within the tolerance of every vertex they were given,
    /// keep their ends, and rings keep at least three points.
    @Test(arguments: [0.5, 2.0])
    func simplificationStaysWithinTheTolerance(tolerance: Double) throws {
        let map = try worldMap(.equalEarth, lon: 10, tolerance: tolerance)
        var rng = SplitMix64(seed: 3)
        for _ in 0..<100 {
            var p = LonLat(lon: Double.random(in: -120...120, using: &rng), lat: Double.random(in: -50...50, using: &rng))
            var line = [p]
            for _ in 0..<Int.random(in: 3...80, using: &rng) {
                // Steps of a few degrees, many pixels long, so no point is thinned away.
                func step() -> Double { Double.random(in: 1.5...3, using: &rng) * (Bool.random(using: &rng) ? 1 : -1) }
                p = LonLat(lon: min(170, max(-170, p.lon + step())), lat: min(80, max(-80, p.lat + step())))
                line.append(p)
            }
            for closed in [false, true] {
                let path = closed ? map.polygonPath([line.reversed()]) : map.linesPath([line])
                guard path.subpathCount == 1 else { continue }  // only unbroken lines (none cross the edge here)
                var out = Array(path.subpath(0))
                if closed {
                    #expect(out.count >= 3)
                    out.append(out[0])
                } else {
                    #expect(out.first == map.point(line[0]) && out.last == map.point(line[line.count - 1]))
                }
                for q in line.compactMap({ map.point($0) }) {
                    var best = Double.infinity
                    for (p0, p1) in zip(out, out.dropFirst()) { best = min(best, distanceToSegment(q, p0, p1)) }
                    #expect(best <= tolerance * 1.000001, "vertex \(q) is \(best) px from the simplified line")
                }
            }
        }
    }

    /// The resampled (and simplified) line stays within the tolerance of the true curve: check
    /// points of a fine geodesic.
    @Test func resampledArcIsWithinTolerance() throws {
        let map = try worldMap(.orthographic, lon: 100, lat: 20, tolerance: 0.5)
        let a = LonLat(lon: 60, lat: 10), b = LonLat(lon: 140, lat: 40)
        let coarse = Geodesic.wgs84.path(a, b, spacing: 2_000_000)
        let pts = Array(map.pieces(of: coarse).joined())
        let fine = Geodesic.wgs84.path(a, b, spacing: 5_000).compactMap { map.point($0) }
        for q in fine {
            var best = Double.infinity
            for (p0, p1) in zip(pts, pts.dropFirst()) { best = min(best, distanceToSegment(q, p0, p1)) }
            // Resampling and simplification each stay within the tolerance.
            #expect(best < 1.0, "fine point \(q) is \(best) px from the resampled line")
        }
    }

    func distanceToSegment(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let l2 = dx * dx + dy * dy
        let t = l2 == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2))
        return p.distance(to: Point(a.x + t * dx, a.y + t * dy))
    }
}
