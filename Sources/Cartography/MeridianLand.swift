import Basemap
import MapGeometry

/// How much land each meridian runs through, between 60°S and 80°N (Antarctica and the polar
/// sea ice aside), in "arc equivalents": 14° of latitude on land cost as much as one arc cut.
/// Used to keep an automatic map edge out of continents.
struct MeridianLand {
    private let bins: [Double]
    private static let perDegree = 2
    static let degreesPerArc = 14.0

    init(_ level: BasemapLevel) {
        let n = 360 * Self.perDegree
        var crossings = [[Double]](repeating: [], count: n)
        // Rings reaching a pole (Antarctica) run along it, where they cross no meridian; they
        // lie outside the latitudes counted anyway.
        let land = level.land
        for ring in land.rings where ring.count > 2 && !ring.contains(where: { abs(land.points[$0].lat) > 85 }) {
            var prev = land.points[ring.upperBound - 1]
            for i in ring {
                let p = land.points[i]
                let lo = min(prev.lon, p.lon), hi = max(prev.lon, p.lon)
                if hi - lo < 180 && hi > lo {
                    let b0 = Int(((lo + 180) * Double(Self.perDegree)).rounded(.up))
                    let b1 = Int(((hi + 180) * Double(Self.perDegree)).rounded(.up)) - 1
                    if b0 <= b1 {
                        for b in b0...b1 where b >= 0 && b < n {
                            let lon = Double(b) / Double(Self.perDegree) - 180
                            let t = (lon - prev.lon) / (p.lon - prev.lon)
                            crossings[b].append(prev.lat + t * (p.lat - prev.lat))
                        }
                    }
                }
                prev = p
            }
        }
        bins = crossings.map { c in
            let lats = c.sorted()
            var land = 0.0
            var k = 0
            while k + 1 < lats.count {
                land += max(0, min(lats[k + 1], 80) - max(lats[k], -60))
                k += 2
            }
            return land / Self.degreesPerArc
        }
    }

    /// The land cost of a map edge at `lon` (degrees).
    func cost(_ lon: Double) -> Double {
        var l = lon
        while l < -180 { l += 360 }
        while l >= 180 { l -= 360 }
        return bins[min(Int(((l + 180) * Double(Self.perDegree)).rounded()), bins.count - 1)]
    }
}
