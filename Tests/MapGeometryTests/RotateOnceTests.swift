import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

/// The sphere is rotated once, in the stream, and PROJ works at lon_0 = 0: every map must
/// still place points where PROJ's own definition with its centre would, up to the fit's scale
/// and offset (PROJ wrapping longitudes round its centre as the map does).
@Suite struct RotateOnceTests {
    static let cases: [(name: String, setup: @Sendable () throws -> ProjectionSetup, reference: String)] = [
        ("equal earth at 150°", { .preset(.equalEarth, center: LonLat(lon: 150, lat: 0)) }, "+proj=eqearth +ellps=WGS84 +lon_0=150"),
        ("orthographic", { .preset(.orthographic, center: LonLat(lon: 108, lat: 22)) }, "+proj=ortho +R=6371008.8 +lat_0=22 +lon_0=108 +over"),
        ("azimuthal equidistant", { .preset(.azimuthalEquidistant, center: LonLat(lon: 108, lat: 22)) },
         "+proj=aeqd +ellps=WGS84 +lat_0=22 +lon_0=108 +over"),
        ("a PROJ string", { try .custom("+proj=robin +lon_0=-120", center: nil) }, "+proj=robin +lon_0=-120"),
        ("a tilted ellipsoidal string", { try .custom("+proj=laea +lat_0=52 +lon_0=10 +ellps=GRS80", center: nil) },
         "+proj=laea +lat_0=52 +lon_0=10 +ellps=GRS80 +over"),
    ]

    @Test(arguments: 0..<cases.count)
    func pointsLandWherePROJPutsThem(_ k: Int) throws {
        let c = Self.cases[k]
        let map = try MapProjection(setup: try c.setup(), frame: worldFrame, fit: .world)
        let proj = try ProjTransform(definition: c.reference)
        var rng = SplitMix64(seed: 31)
        var pairs: [(Point, (Double, Double))] = []
        while pairs.count < 200 {
            let p = rng.lonLat()
            guard let q = map.point(p) else { continue }
            pairs.append((q, proj.forward(p.lon * .pi / 180, p.lat * .pi / 180)))
        }
        // The fit: x = tx + s X, y = ty - s Y, from the first two points.
        let (a, ma) = pairs[0], (b, mb) = pairs[1]
        let s = (b.x - a.x) / (mb.0 - ma.0)
        let tx = a.x - s * ma.0, ty = a.y + s * ma.1
        for (q, m) in pairs {
            #expect(abs(tx + s * m.0 - q.x) < 1e-6 && abs(ty - s * m.1 - q.y) < 1e-6, "\(c.name): \(q) vs \(m)")
        }
    }
}
