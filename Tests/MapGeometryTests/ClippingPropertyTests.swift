import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

@Suite struct ClippingPropertyTests {
    /// The longest segment an arc resampled with `maxStep: 4` may keep.
    let longest = 8 * 4 + 0.001

    /// Random hubs, partners and centres: every arc stays inside the frame, its consecutive
    /// points stay a few pixels apart (no segment longer than 8 × maxStep, 32 px of a 1900 px
    /// map: a streak would be hundreds), and where it is cut, it is cut at the map's edge.
    @Test(arguments: [ProjectionPreset.equalEarth, .robinson, .winkelTripel, .mollweide, .equirectangular, .naturalEarth])
    func arcsNeverStreak(_ preset: ProjectionPreset) throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<12 {
            let map = try worldMap(preset, lon: Double.random(in: -180...180, using: &rng))
            for _ in 0..<25 {
                let a = rng.lonLat(), b = rng.lonLat()
                let pieces = map.pieces(of: Geodesic.wgs84.path(a, b), maxStep: 4)
                #expect(longestStep(pieces) <= longest, "step \(longestStep(pieces)) px for \(a) → \(b)")
                for p in pieces.joined() { #expect(worldFrame.insetBy(-1e-6).contains(p)) }
                // A geodesic shorter than half the globe crosses the cut at most once (twice near a pole).
                #expect(pieces.count <= 3)
            }
        }
    }

    @Test func azimuthalArcsStayInsideTheDisk() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<20 {
            let hub = rng.lonLat()
            let map = try worldMap(.orthographic, lon: hub.lon, lat: hub.lat)
            let disk = map.spherePath().bounds!
            for _ in 0..<20 {
                let pieces = map.pieces(of: Geodesic.wgs84.path(rng.lonLat(), rng.lonLat()), maxStep: 4)
                let r = disk.width / 2
                for p in pieces.joined() { #expect(p.distance(to: disk.center) <= r + 0.5) }
                #expect(longestStep(pieces) <= longest)
            }
        }
    }

    @Test func partnerOnTheCutMeridianIsDrawnToTheEdge() throws {
        let map = try worldMap(lon: 150)
        // -30° is the cut of a map centred on 150°.
        let pieces = map.pieces(of: Geodesic.wgs84.path(LonLat(lon: 10, lat: 20), LonLat(lon: -30, lat: 20)), maxStep: 4)
        #expect(pieces.count == 1)
        #expect(longestStep(pieces) <= longest)
    }

    @Test func degenerateInputsDoNotCrash() throws {
        let map = try worldMap(lon: 0)
        let pole = LonLat(lon: 0, lat: 90), southPole = LonLat(lon: 45, lat: -90)
        let cases: [(LonLat, LonLat)] = [
            (pole, LonLat(lon: 108, lat: 22)), (southPole, pole), (LonLat(lon: 180, lat: 0), LonLat(lon: -180, lat: 10)),
            (LonLat(lon: 108, lat: 22), LonLat(lon: 108, lat: 22)), (LonLat(lon: 108, lat: 22), LonLat(lon: -72, lat: -22)),
            (LonLat(lon: -180, lat: -90), LonLat(lon: 180, lat: 90)),
        ]
        for (a, b) in cases {
            let pieces = map.pieces(of: Geodesic.wgs84.path(a, b), maxStep: 4)
            for p in pieces.joined() { #expect(p.x.isFinite && p.y.isFinite && worldFrame.insetBy(-1e-6).contains(p)) }
            #expect(longestStep(pieces) <= longest, "\(a) → \(b)")
        }
        for p in [pole, southPole, LonLat(lon: 180, lat: 0), LonLat(lon: -180, lat: 0)] {
            #expect(map.point(p) != nil)
        }
    }

    @Test func pointsBeyondTheHorizonAreHidden() throws {
        let map = try worldMap(.orthographic, lon: 108, lat: 22)
        #expect(map.point(LonLat(lon: 108, lat: 22)) != nil)
        #expect(map.point(LonLat(lon: -72, lat: -22)) == nil)
    }
}
