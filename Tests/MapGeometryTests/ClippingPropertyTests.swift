import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

@Suite struct ClippingPropertyTests {
    /// How far a drawn arc may stray from its true curve: the resampling and the simplification
    /// each keep within the tolerance of 0.5, and the dense reference is a quarter unit apart.
    let stray = 1.25

    /// The longest segment an arc drawn with `maxStep: 16` may keep (a point a unit from the
    /// last kept may be dropped).
    let longest = 16 + 1.001

    /// The geodesic from `a` to `b` as drawn (no segment over 16 units), and how far it strays
    /// from its true curve.
    func drawn(_ a: LonLat, _ b: LonLat, on map: MapProjection) -> (pieces: [[Point]], stray: Double) {
        let pieces = map.pieces(of: Geodesic.wgs84.path(a, b), maxStep: 16)
        return (pieces, strayFromCurve(pieces, fine: denseCurve(a, b, on: map)))
    }

    /// The geodesic from `a` to `b` projected point by point, no two points a unit apart except
    /// across a cut (where a step of 2 km near a pole can cross much of the map, it is sampled
    /// finer).
    func denseCurve(_ a: LonLat, _ b: LonLat, on map: MapProjection) -> [Point] {
        let coarse = Geodesic.wgs84.path(a, b, spacing: 2_000)
        var out = coarse.prefix(1).compactMap { map.point($0) }
        for (p, q) in zip(coarse, coarse.dropFirst()) {
            if let pp = map.point(p), let qq = map.point(q), case let d = pp.distance(to: qq), d > 0.5, d < 200 {
                out += Geodesic.wgs84.path(p, q, spacing: .infinity, minimumCount: Int(d / 0.25) + 2).dropFirst().compactMap { map.point($0) }
            } else if let qq = map.point(q) {
                out.append(qq)
            }
        }
        return out
    }

    /// Random hubs, partners and centres: every arc stays inside the frame, every segment of
    /// it lies on its true curve (a streak would stray by hundreds of pixels) and is short,
    /// and where it is cut, it is cut at the map's edge.
    @Test(arguments: [ProjectionPreset.equalEarth, .robinson, .winkelTripel, .mollweide, .equirectangular, .naturalEarth])
    func arcsNeverStreak(_ preset: ProjectionPreset) throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<12 {
            let map = try worldMap(preset, lon: Double.random(in: -180...180, using: &rng))
            for _ in 0..<25 {
                let a = rng.lonLat(), b = rng.lonLat()
                let (pieces, off) = drawn(a, b, on: map)
                #expect(off <= stray, "\(off) px off the curve for \(a) → \(b)")
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
                let (pieces, off) = drawn(rng.lonLat(), rng.lonLat(), on: map)
                let r = disk.width / 2
                for p in pieces.joined() { #expect(p.distance(to: disk.center) <= r + 0.5) }
                #expect(off <= stray)
            }
        }
    }

    @Test func partnerOnTheCutMeridianIsDrawnToTheEdge() throws {
        let map = try worldMap(lon: 150)
        // -30° is the cut of a map centred on 150°.
        let (pieces, off) = drawn(LonLat(lon: 10, lat: 20), LonLat(lon: -30, lat: 20), on: map)
        #expect(pieces.count == 1)
        #expect(off <= stray)
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
            let (pieces, off) = drawn(a, b, on: map)
            for p in pieces.joined() { #expect(p.x.isFinite && p.y.isFinite && worldFrame.insetBy(-1e-6).contains(p)) }
            // Antipodal ends, and a line along the cut meridian, may take either of their ways
            // (over a pole, along the pole line; on either edge), the dense curve the other.
            let eitherWay = abs(Geodesic.wgs84.inverse(a, b).distance - 20_003_931) < 1_000 || (abs(a.lon) == 180 && abs(b.lon) == 180)
            #expect(eitherWay || off <= stray, "\(a) → \(b)")
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
