import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

/// The runs of a line near a box go through the projection exactly as the whole line does, so a
/// regional map may project only them.
@Suite struct LineRunsTests {
    func wrap(_ lon: Double) -> Double { lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon }

    @Test(arguments: [(5.0, 40.0, 20.0, 55.0), (170.0, -50.0, 200.0, -30.0)])
    func runsProjectLikeTheWholeLine(box: (Double, Double, Double, Double)) throws {
        let (w, s, e, n) = box
        let region = try #require(GeoBox(west: w, south: s, east: e > 180 ? e - 360 : e, north: n))
        let map = try MapProjection(setup: .preset(.lambertConformal, center: region.center, latitudes: s...n),
                                    frame: Rect(x: 0, y: 0, width: 1200, height: 800), fit: .box(region))
        // What the frame shows, a degree to spare (as a regional map grows it), east past 180° where it reaches there.
        let b = try #require(map.lonLatBounds(of: map.frame))
        let clip = try #require(GeoBoxClip(west: b.west - 1, south: b.south - 1, east: b.east + 1, north: b.north + 1))
        var rng = SplitMix64(seed: 7)
        var crossing = 0
        for _ in 0..<60 {
            let a = LonLat(lon: w + Double.random(in: -40...40, using: &rng), lat: Double.random(in: -70...70, using: &rng))
            let b = LonLat(lon: e + Double.random(in: -40...40, using: &rng), lat: Double.random(in: -70...70, using: &rng))
            let line = Geodesic.wgs84.path(LonLat(lon: wrap(a.lon), lat: a.lat), LonLat(lon: wrap(b.lon), lat: b.lat))
            let whole = map.pieces(of: line)
            let runs = clip.runs(of: line).flatMap { map.pieces(of: Array($0)) }
            #expect(runs == whole)
            if !whole.isEmpty { crossing += 1 }
        }
        #expect(crossing >= 10, "only \(crossing) lines cross the map")
    }
}
