import MapGeometry
import PartnerData

extension LonLat {
    /// The position of a table row.
    init(_ c: City) { self.init(lon: c.lon, lat: c.lat) }
}

/// The geodesic from the hub to one partner.
struct PartnerGeodesic {
    var city: City
    /// Points along the geodesic (empty when the partner sits on the hub).
    var path: [LonLat]
    /// Length in metres.
    var distance: Double

    /// Largest distance (metres) between the points a geodesic is sampled at.
    static let spacing = 100_000.0

    /// Geodesics for every partner of a network, sampled every `spacing` (on every core when there are many).
    static func all(_ network: Network) -> [PartnerGeodesic] {
        let hub = LonLat(network.hub)
        return concurrentMap(network.partners) { p in
            let d = Geodesic.wgs84.inverse(hub, LonLat(p)).distance
            return PartnerGeodesic(city: p, path: d < 1 ? [] : Geodesic.wgs84.path(hub, LonLat(p), spacing: spacing), distance: d)
        }
    }
}
