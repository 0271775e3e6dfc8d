import Foundation

/// Chooses where a map is centred and how much of the world it shows, from the data.
public enum AutoFrame {
    /// Bins per degree of the longitude occupancy histogram.
    private static let binsPerDegree = 2

    /// The centre meridian that keeps every given line (and point) away from the map edge when
    /// possible: the edge goes into the middle of the widest longitude gap no line crosses
    /// (lines are followed along their paths, not just their ends). `edgeCost` (degrees → cost),
    /// e.g. land crossed by that meridian, breaks ties inside the gap. When the lines cover every
    /// longitude, the edge goes where the fewest lines cross.
    public static func centerLongitude(lines: [[LonLat]], points: [LonLat] = [],
                                       edgeCost: ((Double) -> Double)? = nil) -> Double {
        let n = 360 * binsPerDegree
        var cover = [Int](repeating: 0, count: n)
        func bin(_ lon: Double) -> Int {
            let b = Int(((lon + 180) * Double(binsPerDegree)).rounded(.down))
            return ((b % n) + n) % n
        }
        for p in points { cover[bin(p.lon)] += 1 }
        for line in lines {
            var touched = Set<Int>()
            for (a, b) in zip(line, line.dropFirst()) {
                var d = b.lon - a.lon
                if d > 180 { d -= 360 } else if d < -180 { d += 360 }
                let steps = max(1, Int((abs(d) * Double(binsPerDegree)).rounded(.up)))
                for k in 0...steps { touched.insert(bin(a.lon + d * Double(k) / Double(steps))) }
            }
            if line.count == 1 { touched.insert(bin(line[0].lon)) }
            for t in touched { cover[t] += 1 }
        }
        // Longest circular run of empty bins.
        var bestStart = -1, bestLength = 0
        if let firstCovered = cover.firstIndex(where: { $0 > 0 }) {
            var i = 0, runStart = -1
            while i <= n {
                let idx = (firstCovered + i) % n
                if cover[idx] == 0 && i < n {
                    if runStart < 0 { runStart = i }
                } else if runStart >= 0 {
                    let length = i - runStart
                    if length > bestLength { bestLength = length; bestStart = (firstCovered + runStart) % n }
                    runStart = -1
                }
                i += 1
            }
        } else {
            return 0
        }
        func lon(ofBin b: Double) -> Double { b / Double(binsPerDegree) - 180 }
        var edge: Double
        if bestLength > 0 {
            // Middle of the gap, or the cheapest meridian in its central 60 %.
            let mid = Double(bestStart) + Double(bestLength) / 2
            edge = lon(ofBin: mid)
            if let cost = edgeCost, bestLength > 4 {
                let half = Double(bestLength) * 0.3
                var best = (cost(edge), 0.0)
                var off = -half
                while off <= half {
                    let e = lon(ofBin: mid + off)
                    let c = cost(e)
                    if c < best.0 - 1e-9 || (abs(c - best.0) < 1e-9 && abs(off) < abs(best.1)) { best = (c, off) }
                    off += 1
                }
                edge = lon(ofBin: mid + best.1)
            }
        } else {
            let m = cover.min()!
            let b = cover.firstIndex(of: m)!
            edge = lon(ofBin: Double(b) + 0.5)
        }
        var center = edge + 180
        while center > 180 { center -= 360 }
        while center <= -180 { center += 360 }
        return (center * 100).rounded() / 100
    }

    /// A longitude/latitude box around lines and points with `margin` degrees added, with the
    /// west edge chosen so the box is as narrow as possible (it may cross the antimeridian:
    /// then west > east). Nil for empty input.
    public static func bounds(lines: [[LonLat]], margin: Double = 0) -> (west: Double, south: Double, east: Double, north: Double)? {
        let all = lines.flatMap { $0 }
        guard !all.isEmpty else { return nil }
        let center = centerLongitude(lines: lines)
        var lo = Double.infinity, hi = -Double.infinity, s = Double.infinity, n = -Double.infinity
        for p in all {
            var d = p.lon - center
            while d > 180 { d -= 360 }
            while d < -180 { d += 360 }
            lo = min(lo, d); hi = max(hi, d)
            s = min(s, p.lat); n = max(n, p.lat)
        }
        func wrap(_ x: Double) -> Double { var v = x; while v > 180 { v -= 360 }; while v < -180 { v += 360 }; return v }
        let west = wrap(center + lo - margin), east = wrap(center + hi + margin)
        return (west, max(-90, s - margin), east, min(90, n + margin))
    }
}
