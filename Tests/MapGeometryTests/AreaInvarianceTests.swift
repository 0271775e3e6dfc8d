import Foundation
import MapGeometry
import MapScene
import Testing

/// In an equal-area projection a polygon's projected area must not depend on where the map is
/// centred, even when the cut runs through it or it encloses a pole.
@Suite struct AreaInvarianceTests {
    static let centres: [Double] = [0, 90, 150, 179.5, 180, -120, -30]

    func box(_ w: Double, _ s: Double, _ e: Double, _ n: Double) -> [LonLat] {
        // Clockwise in (lon, lat): up the west side, along the north, down the east, back along the south.
        var ring: [LonLat] = []
        let east = GeoBox(west: w, south: s, east: e, north: n)!.unwrappedEast
        for k in 0..<10 { ring.append(LonLat(lon: w, lat: s + (n - s) * Double(k) / 10)) }
        for k in 0..<20 { ring.append(LonLat(lon: w + (east - w) * Double(k) / 20, lat: n)) }
        for k in 0..<10 { ring.append(LonLat(lon: east, lat: n - (n - s) * Double(k) / 10)) }
        for k in 0..<20 { ring.append(LonLat(lon: east - (east - w) * Double(k) / 20, lat: s)) }
        return ring.map { LonLat(lon: $0.lon > 180 ? $0.lon - 360 : $0.lon, lat: $0.lat) }
    }

    func areas(_ rings: [[LonLat]]) throws -> [Double] {
        try Self.centres.map { c in
            // A large frame keeps the resampling tolerance negligible next to the areas compared.
            let map = try MapProjection(setup: .preset(.equalEarth, center: LonLat(lon: c, lat: 0)),
                                        frame: Rect(x: 0, y: 0, width: 40_000, height: 20_000), fit: .world, tolerance: 0.5)
            return abs(signedArea(map.polygonPath(rings))) / (map.scale * map.scale)
        }
    }

    func expectInvariant(_ rings: [[LonLat]], _ what: String) throws {
        let a = try areas(rings)
        let lo = a.min()!, hi = a.max()!
        #expect(lo > 0, "\(what) vanished")
        #expect(hi / lo < 1.005, "\(what): areas \(a)")
    }

    @Test func boxAcrossTheAntimeridian() throws { try expectInvariant([box(170, -20, -170, -10)], "Fiji-like box") }
    @Test func boxOnTheEquator() throws { try expectInvariant([box(-20, -10, 20, 10)], "equator box") }
    @Test func russiaLikeBandAcrossTheCut() throws { try expectInvariant([box(30, 50, -170, 70)], "band across 180°") }

    @Test func southPolarCapLikeAntarctica() throws {
        // Along -65° from west to east and back along the South Pole, as Natural Earth draws Antarctica.
        var ring: [LonLat] = []
        for k in 0...360 { ring.append(LonLat(lon: -180 + Double(k), lat: -65)) }
        for k in stride(from: 360, through: 0, by: -10) { ring.append(LonLat(lon: -180 + Double(k), lat: -90)) }
        try expectInvariant([ring], "south polar cap")
        // A cap south of 65°S covers 4.7 % of the sphere; on the WGS84 authalic sphere that is about 2.4e13 m².
        let a = try areas([ring])[0]
        #expect(abs(a / 2.40e13 - 1) < 0.02, "cap area \(a)")
    }

    @Test func polygonWithAHole() throws {
        let outer = box(-30, -30, 30, 30)
        let hole = Array(box(-10, -10, 10, 10).reversed())
        try expectInvariant([outer, hole], "box with a hole")
        let full = try areas([outer])[0], holed = try areas([outer, hole])[0]
        #expect(holed < full * 0.95)
    }
}
