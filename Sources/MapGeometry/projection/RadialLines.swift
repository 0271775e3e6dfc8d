import Foundation
import MapScene

extension MapProjection {
    /// The visible pieces of the geodesic from the map's centre to `end` on an azimuthal
    /// equidistant map, no segment longer than `maxStep`. There the projection keeps each
    /// point's geodesic distance and direction from the centre (PROJ solves that geodesic for
    /// every point), so a geodesic from the centre is the straight line to its end's place and
    /// its points are placed along that line, not resampled through PROJ one by one: on a map of
    /// thousands of partners that resampling was most of the cost of its arcs.
    ///
    /// nil where this does not hold, and `pieces(of:maxStep:)` projects the line: a map of
    /// another projection, a `start` that is not the centre, an end near the antipode (where the
    /// map is clipped), or an end whose place PROJ puts elsewhere than the distance and direction
    /// say (a custom definition on another ellipsoid).
    package func radialPieces(from start: LonLat, to end: LonLat, maxStep: Double?) -> [[Point]]? {
        guard setup.preset == .azimuthalEquidistant, !setup.isLongLat,
              abs(start.lat - setup.center.lat) < 1e-9, abs(Sphere.wrap((start.lon - setup.center.lon) * Sphere.radians)) < 1e-9,
              Self.centralAngle(start, end) < Self.radialLimit else { return nil }
        let g = Geodesic.wgs84.inverse(start, end)
        let azimuth = g.initialBearing * Sphere.radians
        let centre = Point(projector.tx, projector.ty)
        let tip = Point(projector.tx + projector.scale * g.distance * sin(azimuth), projector.ty - projector.scale * g.distance * cos(azimuth))
        guard let placed = unclippedPoint(end), placed.distance(to: tip) < 1e-6 * max(1, frame.width) else { return nil }
        return frame.clip(polyline: [centre, tip]).map { piece in Self.stepped(piece, maxStep: maxStep) }
    }

    /// Ends farther than this from the centre (degrees on the sphere) are left to the pipeline:
    /// the map is clipped a degree short of the antipode.
    static let radialLimit = 178.0

    /// The angle (degrees) between two places on the sphere.
    static func centralAngle(_ a: LonLat, _ b: LonLat) -> Double {
        let p1 = a.lat * Sphere.radians, p2 = b.lat * Sphere.radians, dl = (b.lon - a.lon) * Sphere.radians
        return Sphere.acosClamped(sin(p1) * sin(p2) + cos(p1) * cos(p2) * cos(dl)) * Sphere.degrees
    }

    /// A straight piece with points added along it, no step longer than `maxStep`.
    private static func stepped(_ piece: [Point], maxStep: Double?) -> [Point] {
        guard let m = maxStep, m > 0 else { return piece }
        var out: [Point] = []
        for (a, b) in zip(piece, piece.dropFirst()) {
            let n = max(1, Int((a.distance(to: b) / m).rounded(.up)))
            for k in 0..<n {
                let t = Double(k) / Double(n)
                out.append(Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
            }
        }
        if let last = piece.last { out.append(last) }
        return out
    }
}
