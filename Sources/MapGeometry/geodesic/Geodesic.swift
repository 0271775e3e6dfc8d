import CProj
import Foundation

/// Geodesics on the WGS84 ellipsoid (Karney's algorithms from PROJ's geodesic.h).
package struct Geodesic: Sendable {
    /// Distance and directions of the shortest path between two points.
    package struct Inverse: Sendable, Equatable {
        /// Length in metres.
        package var distance: Double
        /// Direction at the start, degrees clockwise from north in (-180, 180].
        package var initialBearing: Double
        /// Direction at the end, degrees clockwise from north.
        package var finalBearing: Double
    }

    let geod: geod_geodesic

    /// The WGS84 ellipsoid.
    package static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563)

    package init(equatorialRadius: Double, flattening: Double) {
        var g = geod_geodesic()
        geod_init(&g, equatorialRadius, flattening)
        geod = g
    }

    /// Solves the inverse problem from `a` to `b`.
    ///
    /// For exactly antipodal points every meridian is equally short; geod_inverse then returns
    /// the path that leaves due north (or due south from the northern point), over a pole.
    package func inverse(_ a: LonLat, _ b: LonLat) -> Inverse {
        var g = geod
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        geod_inverse(&g, a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2)
        return Inverse(distance: s12, initialBearing: azi1, finalBearing: azi2)
    }

    /// The point `distance` metres from `a` in direction `azimuth` (degrees clockwise from north).
    package func direct(_ a: LonLat, azimuth: Double, distance: Double) -> LonLat {
        var g = geod
        var lat = 0.0, lon = 0.0
        geod_direct(&g, a.lat, a.lon, azimuth, distance, &lat, &lon, nil)
        return LonLat(lon: lon, lat: lat)
    }

    /// The closed ring of points `radius` metres from `center` (the first point not repeated),
    /// one every `step` degrees of azimuth, starting due north and turning clockwise.
    package func circle(around center: LonLat, radius: Double, step: Double = 2) -> [LonLat] {
        stride(from: 0.0, to: 360, by: step).map { direct(center, azimuth: $0, distance: radius) }
    }

    /// Points along the shortest path from `a` to `b`, both ends included, no two more than
    /// `spacing` metres apart (at least `minimumCount` points). Longitudes are in [-180, 180].
    /// An end at a pole takes the longitude of its neighbour on the path.
    package func path(_ a: LonLat, _ b: LonLat, spacing: Double = 100_000, minimumCount: Int = 2) -> [LonLat] {
        var g = geod
        var line = geod_geodesicline()
        geod_inverseline(&line, &g, a.lat, a.lon, b.lat, b.lon, GEOD_LATITUDE.rawValue | GEOD_LONGITUDE.rawValue | GEOD_DISTANCE_IN.rawValue)
        let length = line.s13
        guard length > 0 else { return [a, b] }
        let segments = max(minimumCount - 1, Int((length / spacing).rounded(.up)))
        var out: [LonLat] = []
        out.reserveCapacity(segments + 1)
        out.append(a)
        for i in 1..<segments {
            var lat = 0.0, lon = 0.0
            geod_position(&line, length * Double(i) / Double(segments), &lat, &lon, nil)
            out.append(LonLat(lon: lon, lat: lat))
        }
        out.append(b)
        // A pole's longitude is arbitrary: give a polar end the longitude of the path next to it,
        // so where a pole is a line (pseudocylindrical maps) the arc leaves it along its own meridian.
        if abs(out[0].lat) == 90 { out[0].lon = out[1].lon }
        if abs(out[out.count - 1].lat) == 90 { out[out.count - 1].lon = out[out.count - 2].lon }
        return out
    }
}
