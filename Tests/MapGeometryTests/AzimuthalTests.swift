import Foundation
import MapGeometry
import MapScene
import Testing

@Suite struct AzimuthalTests {
    let nanning = LonLat(lon: 108.3167, lat: 22.8167)
    let partners = [LonLat(lon: -16.578, lat: 13.4527), LonLat(lon: -70.1503, lat: -20.2133), LonLat(lon: -111.6585, lat: 40.2338),
                    LonLat(lon: 14.3053, lat: 46.6247), LonLat(lon: 152.3479, lat: -24.8662), LonLat(lon: 140.1167, lat: 39.7167)]

    /// Centred on the hub, every hub arc is a straight line to within half a pixel.
    @Test func hubArcsAreStraight() throws {
        let map = try worldMap(.azimuthalEquidistant, lon: nanning.lon, lat: nanning.lat)
        for p in partners {
            let pts = map.pieces(of: Geodesic.wgs84.path(nanning, p)).joined().map { $0 }
            let a = pts.first!, b = pts.last!
            let len = a.distance(to: b)
            for q in pts {
                let d = abs((b.x - a.x) * (a.y - q.y) - (a.x - q.x) * (b.y - a.y)) / len
                #expect(d < 0.5, "deviation \(d) px towards \(p)")
            }
        }
    }

    /// A partner's distance from the centre in pixels is its geodesic distance at the map scale.
    @Test func distanceFromCentreIsGeodesicDistance() throws {
        let map = try worldMap(.azimuthalEquidistant, lon: nanning.lon, lat: nanning.lat)
        let centre = map.point(nanning)!
        for p in partners {
            let px = map.point(p)!.distance(to: centre)
            let metres = Geodesic.wgs84.inverse(nanning, p).distance
            #expect(abs(px / map.scale - metres) / metres < 1e-6)
        }
    }
}
