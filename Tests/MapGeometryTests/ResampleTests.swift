import Foundation
import MapGeometry
import MapScene
import Testing

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

    /// A meridian is straight in the equirectangular projection: nothing is inserted.
    @Test func straightMeridianIsNotSubdivided() throws {
        let map = try MapProjection(setup: .preset(.equirectangular, center: LonLat(lon: 0, lat: 0)), frame: worldFrame, fit: .world)
        let before = map.resampledPointCount
        let meridian = stride(from: -80.0, through: 80, by: 10).map { LonLat(lon: 30, lat: $0) }
        let path = map.linesPath([meridian])
        #expect(map.resampledPointCount == before)
        #expect(path.points.count == meridian.count)
    }

    /// The resampled line stays within the tolerance of the true curve: check midpoints.
    @Test func resampledArcIsWithinTolerance() throws {
        let map = try worldMap(.orthographic, lon: 100, lat: 20, tolerance: 0.5)
        let a = LonLat(lon: 60, lat: 10), b = LonLat(lon: 140, lat: 40)
        let coarse = Geodesic.wgs84.path(a, b, spacing: 2_000_000)
        let pts = Array(map.pieces(of: coarse).joined())
        let fine = Geodesic.wgs84.path(a, b, spacing: 5_000).compactMap { map.point($0) }
        for q in fine {
            var best = Double.infinity
            for (p0, p1) in zip(pts, pts.dropFirst()) { best = min(best, distanceToSegment(q, p0, p1)) }
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
