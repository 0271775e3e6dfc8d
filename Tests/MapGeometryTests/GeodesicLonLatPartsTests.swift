import Foundation
import MapGeometry
import Testing
import TestSupport

/// Geodesics as GeoJSON's lines (`Geodesic.lonLatParts`): cut at the antimeridian and at the
/// poles, every point in range, no jump of 180° or more from one point to the next, and nothing
/// of the path lost or added.
@Suite struct GeodesicLonLatPartsTests {
    let nanning = LonLat(lon: 108.3167, lat: 22.8167)
    let g = Geodesic.wgs84

    /// The same place on the Earth (any longitude at a pole; 180 is -180).
    func samePlace(_ a: LonLat, _ b: LonLat, within metres: Double = 0.01) -> Bool {
        g.inverse(a, b).distance <= metres
    }

    /// Checks what every result must hold, and returns it.
    @discardableResult
    func checkedParts(_ a: LonLat, _ b: LonLat, spacing: Double = 50_000, sourceLocation: SourceLocation = #_sourceLocation) -> [[LonLat]] {
        let parts = g.lonLatParts(a, b, spacing: spacing)
        let whole = g.inverse(a, b).distance
        #expect(!parts.isEmpty, sourceLocation: sourceLocation)
        #expect(parts.first?.first.map { samePlace($0, a, within: 0) } == true, "starts at the hub", sourceLocation: sourceLocation)
        #expect(parts.last?.last.map { samePlace($0, b, within: 1e-6) } == true, "ends at the partner", sourceLocation: sourceLocation)
        var length = 0.0
        for part in parts {
            #expect(part.count >= 2, sourceLocation: sourceLocation)
            for p in part {
                #expect((-180...180).contains(p.lon) && (-90...90).contains(p.lat), "\(p) out of range", sourceLocation: sourceLocation)
            }
            for (p, q) in zip(part, part.dropFirst()) {
                #expect(abs(p.lon - q.lon) < 180, "\(p) → \(q)", sourceLocation: sourceLocation)
                let step = g.inverse(p, q).distance
                #expect(step <= spacing + 0.5, "\(p) → \(q) is \(step) m", sourceLocation: sourceLocation)
                length += step
            }
        }
        for (end, start) in zip(parts, parts.dropFirst()) {
            let p = end[end.count - 1], q = start[0]
            #expect(samePlace(p, q, within: 1e-6), "parts meet: \(p), \(q)", sourceLocation: sourceLocation)
            #expect(abs(p.lon) == 180 || abs(p.lat) == 90, "a cut is at the antimeridian or a pole: \(p)", sourceLocation: sourceLocation)
        }
        #expect(abs(length - whole) < 1, "the parts are the whole geodesic: \(length) of \(whole) m", sourceLocation: sourceLocation)
        return parts
    }

    @Test func randomGeodesicsHoldEveryRule() {
        var rng = SplitMix64(seed: 15)
        for _ in 0..<300 { checkedParts(rng.lonLat(), rng.lonLat()) }
    }

    @Test func crossingTheAntimeridianEastwardIsCutAt180WithOneLatitude() throws {
        let honolulu = LonLat(lon: -157.8583, lat: 21.3069)
        let parts = checkedParts(nanning, honolulu)
        try #require(parts.count == 2)
        let end = parts[0][parts[0].count - 1], start = parts[1][0]
        #expect(end.lon == 180 && start.lon == -180 && end.lat == start.lat)
        // The cut is on the geodesic: its distances to both ends add up to the whole.
        let whole = g.inverse(nanning, honolulu).distance
        #expect(abs(g.inverse(nanning, end).distance + g.inverse(end, honolulu).distance - whole) < 0.01)
    }

    @Test func crossingTheAntimeridianWestwardIsCutAtMinus180() throws {
        let seattle = LonLat(lon: -122.3321, lat: 47.6062)
        let parts = checkedParts(seattle, nanning)
        try #require(parts.count == 2)
        #expect(parts[0].last?.lon == -180 && parts[1].first?.lon == 180)
    }

    @Test func partnersOnTheAntimeridianAreOneLine() {
        for lon in [180.0, -180] {
            for lat in [-17.0, 10, 60] {
                let parts = checkedParts(nanning, LonLat(lon: lon, lat: lat))
                #expect(parts.count == 1, "to \(lon), \(lat)")
            }
        }
        // From a hub on the antimeridian, east and west.
        let east = checkedParts(LonLat(lon: 180, lat: -17), LonLat(lon: -150, lat: -10))
        #expect(east.count == 1 && east[0][0] == LonLat(lon: -180, lat: -17) && east[0][1].lon > -180)
        let west = checkedParts(LonLat(lon: -180, lat: -17), nanning)
        #expect(west.count == 1 && west[0][0] == LonLat(lon: 180, lat: -17) && west[0][1].lon < 180)
    }

    @Test func theAntipodeIsReachedOverAPoleAndCutThere() throws {
        let antipode = LonLat(lon: nanning.lon - 180, lat: -nanning.lat)
        let parts = checkedParts(nanning, antipode)
        try #require(parts.count == 2)
        let pole = parts[0][parts[0].count - 1].lat
        #expect(abs(pole) == 90 && parts[1][0].lat == pole)
        #expect(parts[0].allSatisfy { abs($0.lon - nanning.lon) < 1e-9 }, "up the hub's meridian")
        #expect(parts[1].allSatisfy { abs($0.lon - antipode.lon) < 1e-9 }, "down the antipode's")
        // Over the pole between two meridians that are not the antimeridian's neighbours, too.
        checkedParts(LonLat(lon: 10, lat: 70), LonLat(lon: -170, lat: 80))
        checkedParts(LonLat(lon: 0, lat: -60), LonLat(lon: 180, lat: -70))
    }

    @Test func polesAsEndsTakeTheirNeighboursLongitude() {
        for lat in [90.0, -90] {
            let parts = checkedParts(nanning, LonLat(lon: 0, lat: lat))
            #expect(parts.count == 1 && parts[0].last == LonLat(lon: nanning.lon, lat: lat))
            let from = checkedParts(LonLat(lon: 0, lat: lat), nanning)
            #expect(from.count == 1 && from[0][0].lon == nanning.lon)
        }
    }

    @Test func nearlyOverAPoleStaysOneContinuousLine() {
        // Passing a few metres from the pole: the longitude turns through nearly 180° there.
        for dlon in [179.9999, 179.99, 170] {
            checkedParts(LonLat(lon: 20, lat: 60), LonLat(lon: 20 + dlon, lat: 60))
        }
    }

    @Test func aPartnerOnTheHubIsTwoPoints() {
        #expect(g.lonLatParts(nanning, nanning) == [[nanning, nanning]])
    }
}
