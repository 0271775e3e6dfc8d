import Basemap
import MapGeometry

/// How many coastline edges each meridian crosses: a map edge there cuts that many land masses.
/// Used to put an automatic map edge in open sea where the data allow.
struct MeridianCrossings {
    private let bins: [Double]
    private static let perDegree = 2

    init(_ level: BasemapLevel) {
        let n = 360 * Self.perDegree
        var bins = [Double](repeating: 0, count: n)
        for ring in level.rings where ring.count > 2 {
            var prev = level.points[ring.upperBound - 1]
            for i in ring {
                let p = level.points[i]
                let lo = min(prev.lon, p.lon), hi = max(prev.lon, p.lon)
                if hi - lo < 180 {
                    let b0 = Int(((lo + 180) * Double(Self.perDegree)).rounded(.up))
                    let b1 = Int(((hi + 180) * Double(Self.perDegree)).rounded(.down))
                    if b0 <= b1 { for b in b0...b1 { bins[min(max(b, 0), n - 1)] += 1 } }
                }
                prev = p
            }
        }
        self.bins = bins
    }

    /// Coastline crossings of the meridian at `lon` (degrees).
    func cost(_ lon: Double) -> Double {
        var l = lon
        while l < -180 { l += 360 }
        while l >= 180 { l -= 360 }
        return bins[min(Int(((l + 180) * Double(Self.perDegree)).rounded()), bins.count - 1)]
    }
}
