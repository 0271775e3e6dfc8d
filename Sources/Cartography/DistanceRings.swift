import MapGeometry
import MapScene
import PartnerData

/// Circles of equal distance from the hub (every 2,000 km) for azimuthal equidistant maps,
/// where they are true circles and read like a scale; labelled along the emptiest bearing.
struct DistanceRings {
    static let spacing = 2_000_000.0

    var lines: [[LonLat]]
    /// Ring radii in metres.
    var radii: [Double]
    /// Candidate bearings for the labels, those crossed by fewest arcs first.
    var bearings: [Double]
    let centre: LonLat

    init(hub: City, partners: [City], maxDistance: Double = 19_000_000) {
        centre = LonLat(hub)
        let arcBearings = partners.map { Geodesic.wgs84.inverse(LonLat(hub), LonLat($0)).initialBearing }
        func crowding(_ b: Double) -> Int {
            arcBearings.filter { x in abs((x - b + 540).truncatingRemainder(dividingBy: 360) - 180) < 20 }.count
        }
        bearings = [135.0, 225, 45, 315, 180, 90, 270, 0].sorted { crowding($0) < crowding($1) }
        radii = Array(stride(from: Self.spacing, through: maxDistance, by: Self.spacing))
        lines = radii.map { d in
            let ring = Geodesic.wgs84.circle(around: LonLat(hub), radius: d)
            return ring + [ring[0]]
        }
    }

    /// Where each ring's label goes along `bearing`.
    func anchors(bearing: Double) -> [(metres: Double, point: LonLat)] {
        radii.map { ($0, Geodesic.wgs84.direct(centre, azimuth: bearing, distance: $0)) }
    }
}
