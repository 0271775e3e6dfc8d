import MapGeometry
import PartnerData

/// Finds where partners cluster (outside regions already shown), for a poster's second inset:
/// the largest group of at least three partners within `radius` of one of them.
enum ClusterFinder {
    static func cluster(_ network: Network, excluding regions: [GeoBox],
                        radius: Double = 1_500_000) -> (region: GeoBox, continent: Continent)? {
        let candidates = network.partners.filter { p in !regions.contains { $0.contains(LonLat(p)) } }
        var best: [City] = []
        for p in candidates {
            let near = candidates.filter { Geodesic.wgs84.inverse(LonLat(p), LonLat($0)).distance <= radius }
            if near.count > best.count { best = near }
        }
        guard best.count >= 3 else { return nil }
        // The narrowest box round the cluster (across ±180° if that is narrower).
        let tight = best.dropFirst().reduce(GeoBox(around: LonLat(best[0]))) { $0.including(LonLat($1)) }
        // Room around the cluster, and a sensible least size for a regional map.
        let padLon = max(3, tight.width * 0.25), padLat = max(2, tight.height * 0.25)
        let padded = tight.expanded(lon: padLon + max(0, 8 - (tight.width / 2 + padLon)),
                                    lat: padLat + max(0, 5.5 - (tight.height / 2 + padLat)), latitudeLimit: 85)
        var counts: [Continent: Int] = [:]
        for c in best { counts[c.continent, default: 0] += 1 }
        let continent = counts.max { $0.value < $1.value }!.key
        return (padded, continent)
    }
}
