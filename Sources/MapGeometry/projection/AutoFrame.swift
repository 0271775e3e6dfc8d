import Foundation

/// Chooses where a map is centred and how much of the world it shows, from the data.
package enum AutoFrame {
    /// Bins per degree of the longitude occupancy histogram.
    private static let binsPerDegree = 2

    /// The centre meridian whose opposite (the map edge) cuts least: every line crossing the
    /// edge counts 1 (lines are followed along their paths, not just their ends), `edgeCost`
    /// adds what else the edge would cut (e.g. land, in the same units), and a soft margin keeps
    /// the edge off lines and points close to it. So where an edge through open sea cuts no arc
    /// it wins; where the only arc-free gap would split a continent, an arc may cross instead.
    package static func centerLongitude(lines: [[LonLat]], points: [LonLat] = [],
                                       edgeCost: ((Double) -> Double)? = nil) -> Double {
        let n = 360 * binsPerDegree
        var cover = [Double](repeating: 0, count: n)
        func bin(_ lon: Double) -> Int {
            let b = Int(((lon + 180) * Double(binsPerDegree)).rounded(.down))
            return ((b % n) + n) % n
        }
        func lon(ofBin b: Int) -> Double { (Double(b) + 0.5) / Double(binsPerDegree) - 180 }
        for p in points { cover[bin(p.lon)] += 1 }
        // Each line counts once in every bin it touches: `mark` holds the last line counted there.
        var mark = [Int](repeating: -1, count: n)
        for (l, line) in lines.enumerated() {
            func touch(_ b: Int) {
                if mark[b] != l { mark[b] = l; cover[b] += 1 }
            }
            for (a, b) in zip(line, line.dropFirst()) {
                var d = b.lon - a.lon
                if d > 180 { d -= 360 } else if d < -180 { d += 360 }
                let steps = max(1, Int((abs(d) * Double(binsPerDegree)).rounded(.up)))
                for k in 0...steps { touch(bin(a.lon + d * Double(k) / Double(steps))) }
            }
            if line.count == 1 { touch(bin(line[0].lon)) }
        }
        guard cover.contains(where: { $0 > 0 }) else { return 0 }
        // Soft margins: an edge near an arc costs up to half an arc; near a city, up to a whole one
        // per city (its marker and label would sit on the rim).
        let margin = 10 * binsPerDegree
        var pointBins = [Int](repeating: 0, count: n)
        for p in points { pointBins[bin(p.lon)] += 1 }
        var score = [Double](repeating: 0, count: n)
        for b in 0..<n {
            var nearLine = 0.0, nearPoints = 0.0
            for k in -margin...margin where k != 0 {
                let j = ((b + k) % n + n) % n
                let w = 1 - Double(abs(k)) / Double(margin + 1)
                if cover[j] > 0 { nearLine = max(nearLine, 0.5 * w) }
                nearPoints += Double(pointBins[j]) * w
            }
            score[b] = cover[b] + (cover[b] > 0 ? 0 : nearLine) + nearPoints + (edgeCost?(lon(ofBin: b)) ?? 0)
        }
        // The best score; among equal ones, the middle of the longest run.
        let best = score.min()!
        var bestStart = 0, bestLength = 0, i = 0
        let start = score.firstIndex { $0 > best + 1e-9 } ?? 0
        while i < n {
            let b = (start + i) % n
            if score[b] <= best + 1e-9 {
                var len = 0
                while len < n && score[(b + len) % n] <= best + 1e-9 { len += 1 }
                if len > bestLength { bestLength = len; bestStart = b }
                i += len
            } else {
                i += 1
            }
        }
        let edge = lon(ofBin: (bestStart + bestLength / 2) % n) - (bestLength % 2 == 0 ? 0.5 / Double(binsPerDegree) : 0)
        var center = edge + 180
        while center > 180 { center -= 360 }
        while center <= -180 { center += 360 }
        return (center * 100).rounded() / 100
    }

    /// A longitude/latitude box around lines and points with `margin` degrees added, with the
    /// west edge chosen so the box is as narrow as possible (it may cross the antimeridian:
    /// then west > east). Nil for empty input.
    package static func bounds(lines: [[LonLat]], margin: Double = 0) -> GeoBox? {
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
        if hi - lo + 2 * margin >= 360 { return GeoBox(unchecked: -180, max(-90, s - margin), 180, min(90, n + margin)) }
        return GeoBox(unchecked: GeoBox.wrap(center + lo - margin), max(-90, s - margin), GeoBox.wrap(center + hi + margin), min(90, n + margin))
    }
}
