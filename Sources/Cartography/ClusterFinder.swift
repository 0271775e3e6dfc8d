import MapGeometry
import PartnerData

/// Finds where partners cluster (outside regions already shown), for a poster's second inset:
/// the largest group of at least three partners within `radius` of one of them.
enum ClusterFinder {
    static func cluster(_ network: Network, excluding regions: [(west: Double, south: Double, east: Double, north: Double)],
                        radius: Double = 1_500_000) -> (region: (west: Double, south: Double, east: Double, north: Double), continent: Continent)? {
        let candidates = network.partners.filter { p in !regions.contains { InsetPlanner.contains($0, LonLat(p)) } }
        var best: [City] = []
        for p in candidates {
            let near = candidates.filter { Geodesic.wgs84.inverse(LonLat(p), LonLat($0)).distance <= radius }
            if near.count > best.count { best = near }
        }
        guard best.count >= 3 else { return nil }
        let lons = best.map(\.lon), lats = best.map(\.lat)
        var w = lons.min()!, e = lons.max()!, s = lats.min()!, n = lats.max()!
        // Room around the cluster, and a sensible least size for a regional map.
        let padLon = max(3, (e - w) * 0.25), padLat = max(2, (n - s) * 0.25)
        w -= padLon; e += padLon; s -= padLat; n += padLat
        if e - w < 16 { let m = (e + w) / 2; w = m - 8; e = m + 8 }
        if n - s < 11 { let m = (n + s) / 2; s = m - 5.5; n = m + 5.5 }
        var counts: [Continent: Int] = [:]
        for c in best { counts[c.continent, default: 0] += 1 }
        let continent = counts.max { $0.value < $1.value }!.key
        return ((max(-180, w), max(-85, s), min(180, e), min(85, n)), continent)
    }
}
