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

    /// Distance rings are circles around the hub in its azimuthal equidistant map.
    @Test func distanceRingsAreCircles() throws {
        let map = try worldMap(.azimuthalEquidistant, lon: nanning.lon, lat: nanning.lat)
        let centre = map.point(nanning)!
        for km in [2_000.0, 10_000, 18_000] {
            let ring = Geodesic.wgs84.circle(around: nanning, radius: km * 1000)
            for p in ring {
                let r = map.point(p)!.distance(to: centre) / map.scale
                #expect(abs(r - km * 1000) < 1, "\(km) km ring point at \(r) m")
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
