import Foundation
import MapGeometry
import Testing

@Suite struct GeodesicTests {
    let nanning = LonLat(lon: 108.3167, lat: 22.8167)

    // Reference: GeographicLib 2.1 for Python (Geodesic.WGS84.Inverse) gives 12,803,865.861 m,
    // and Vincenty's inverse formula (1975, iterated to 1e-12) 12,803,865.861 m.
    @Test func nanningToBanjulMatchesIndependentReference() {
        let r = Geodesic.wgs84.inverse(nanning, LonLat(lon: -16.5780, lat: 13.4527))
        #expect(abs(r.distance - 12_803_865.861) < 0.01)
        #expect(abs(r.initialBearing - (-61.545059)) < 1e-5)
    }

    // Reference: GeographicLib 2.1 (Python) 11,893,966.630 m; Vincenty 11,893,966.630 m.
    @Test func nanningToProvoMatchesIndependentReference() {
        let r = Geodesic.wgs84.inverse(nanning, LonLat(lon: -111.6585, lat: 40.2338))
        #expect(abs(r.distance - 11_893_966.630) < 0.01)
    }

    @Test func pathEndsAtBothPointsWithBoundedSpacing() {
        let banjul = LonLat(lon: -16.5780, lat: 13.4527)
        let path = Geodesic.wgs84.path(nanning, banjul, spacing: 100_000)
        #expect(path.first == nanning)
        #expect(path.last == banjul)
        for (a, b) in zip(path, path.dropFirst()) {
            #expect(Geodesic.wgs84.inverse(a, b).distance <= 100_000.5)
        }
        // The points lie on the geodesic: their distances from the start add up to the whole.
        let total = zip(path, path.dropFirst()).map { Geodesic.wgs84.inverse($0, $1).distance }.reduce(0, +)
        #expect(abs(total - Geodesic.wgs84.inverse(nanning, banjul).distance) < 1)
    }

    @Test func partnerAtTheHubGivesTwoPointPath() {
        let path = Geodesic.wgs84.path(nanning, nanning)
        #expect(path == [nanning, nanning])
        #expect(Geodesic.wgs84.inverse(nanning, nanning).distance == 0)
    }

    // Exact antipode: every meridian is equally short; the path taken leaves due north
    // (azimuth 0) over the North Pole, as geod_inverse defines it.
    @Test func exactAntipodeTakesADefinedPathOverThePole() {
        let antipode = LonLat(lon: nanning.lon - 180, lat: -nanning.lat)
        let r = Geodesic.wgs84.inverse(nanning, antipode)
        #expect(abs(r.initialBearing) < 1e-9)
        let path = Geodesic.wgs84.path(nanning, antipode)
        #expect(path.contains { $0.lat > 89 })
        #expect(abs(r.distance - 20_003_931.459) < 0.01)  // GeographicLib 2.1: 20,003,931.4586 m
    }
}
