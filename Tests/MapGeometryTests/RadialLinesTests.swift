import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

/// On an azimuthal equidistant map, geodesics from the centre are placed as the straight lines
/// they are: the same lines the pipeline draws through PROJ, point for point within a pixel.
@Suite struct RadialLinesTests {
    /// Random hubs (a pole's neighbourhood and the antimeridian among them) and partners: the
    /// straight line ends where PROJ puts the partner, keeps its steps short, and lies on the
    /// line the pipeline draws, and that line on it.
    @Test func straightLinesAreThePipelinesLines() throws {
        var rng = SplitMix64(seed: 11)
        var hubs = (0..<8).map { _ in rng.lonLat() }
        hubs += [LonLat(lon: 179.9, lat: -17), LonLat(lon: 20, lat: 89.5), LonLat(lon: -60, lat: -88)]
        var drawn = 0
        for hub in hubs {
            let map = try worldMap(.azimuthalEquidistant, lon: hub.lon, lat: hub.lat)
            for _ in 0..<15 {
                let partner = rng.lonLat()
                let path = Geodesic.wgs84.path(hub, partner)
                guard let straight = map.radialPieces(from: hub, to: partner, maxStep: 16) else {
                    // Only ends near the antipode are left to the pipeline.
                    #expect(Geodesic.wgs84.inverse(hub, partner).distance > 19_000_000, "\(hub) → \(partner)")
                    continue
                }
                drawn += 1
                let piped = map.pieces(of: path, maxStep: 16)
                if let end = map.point(partner) { #expect(straight.last?.last.map { $0.distance(to: end) < 1e-6 } == true) }
                #expect(longestStep(straight) <= 16 + 1e-9)
                #expect(farthestVertex(of: straight, from: piped) < 1, "\(hub) → \(partner)")
                #expect(farthestVertex(of: piped, from: straight) < 1, "\(hub) → \(partner)")
            }
        }
        #expect(drawn > 150)
    }

    /// Another projection, a line that does not start at the centre, and an end by the
    /// antipode all go through the pipeline.
    @Test func otherLinesAreLeftToThePipeline() throws {
        let hub = LonLat(lon: 108.3, lat: 22.8)
        let aeqd = try worldMap(.azimuthalEquidistant, lon: hub.lon, lat: hub.lat)
        #expect(aeqd.radialPieces(from: hub, to: LonLat(lon: 2.3, lat: 48.9), maxStep: 16) != nil)
        #expect(try worldMap(.equalEarth, lon: hub.lon).radialPieces(from: hub, to: LonLat(lon: 2.3, lat: 48.9), maxStep: 16) == nil)
        #expect(aeqd.radialPieces(from: LonLat(lon: 100, lat: 22.8), to: LonLat(lon: 2.3, lat: 48.9), maxStep: 16) == nil)
        #expect(aeqd.radialPieces(from: hub, to: LonLat(lon: hub.lon - 180, lat: -hub.lat + 0.5), maxStep: 16) == nil)
    }
}
