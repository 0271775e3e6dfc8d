import Foundation
import MapGeometry

/// Areas on the authalic sphere, with ring edges taken as straight lines in the Lambert cylindrical
/// equal-area projection (x = longitude, y = sin latitude), so the shoelace sum there is an exact
/// area on the sphere for that reading of the edges (as Turf and OpenLayers compute geodesic area).
package enum SphericalArea {
    /// Radius of the sphere with the WGS84 ellipsoid's surface area, in km.
    package static let earthRadiusKm = 6371.0072

    /// Signed area in km² of a ring given without its closing point: positive for counter-clockwise
    /// rings in the (lon right, lat up) plane.
    package static func signedArea<C: Collection>(of ring: C) -> Double where C.Element == LonLat {
        guard let first = ring.first else { return 0 }
        let radians = Double.pi / 180
        var sum = 0.0
        var previous = first
        var previousY = sin(first.lat * radians)
        for point in ring.dropFirst() {
            let y = sin(point.lat * radians)
            sum += (previous.lon - first.lon) * y - (point.lon - first.lon) * previousY
            previous = point
            previousY = y
        }
        sum += (previous.lon - first.lon) * sin(first.lat * radians)
        return sum / 2 * radians * earthRadiusKm * earthRadiusKm
    }

    /// Area in km² of polygon `index` of a level: its exterior less its holes.
    package static func polygonArea(_ level: BasemapLevel, polygon index: Int) -> Double {
        var total = 0.0
        for ring in level.polygons[index] {
            total += abs(signedArea(of: level.points[level.rings[ring]])) * (ring == level.polygons[index].lowerBound ? 1 : -1)
        }
        return total
    }

    /// Signed area in km² of a grid ring.
    static func signedArea(ofGrid ring: [GridPoint], unitsPerDegree: Int) -> Double {
        let scale = Double(unitsPerDegree)
        return signedArea(of: ring.lazy.map { LonLat(lon: Double($0.x) / scale, lat: Double($0.y) / scale) })
    }
}
