import MapGeometry

/// Groups a shapefile record's rings into polygons: clockwise rings are exteriors, counter-clockwise
/// rings are holes of the smallest exterior containing them (or exteriors themselves if none does).
enum RingAssembly {
    static func polygons(from rings: [[LonLat]]) -> [[[LonLat]]] {
        let areas = rings.map(PlanarRing.signedArea)
        var exteriorIndices = rings.indices.filter { areas[$0] <= 0 }
        var holesOf: [Int: [Int]] = [:]
        for hole in rings.indices where areas[hole] > 0 {
            if let owner = smallestContaining(rings[hole], candidates: exteriorIndices, rings: rings, areas: areas) {
                holesOf[owner, default: []].append(hole)
            } else {
                exteriorIndices.append(hole)
            }
        }
        exteriorIndices.sort()
        return exteriorIndices.map { exterior in [rings[exterior]] + (holesOf[exterior] ?? []).map { rings[$0] } }
    }

    /// The exterior of least area whose ring contains most of the hole's sampled vertices.
    private static func smallestContaining(_ hole: [LonLat], candidates: [Int], rings: [[LonLat]],
                                           areas: [Double]) -> Int? {
        let box = PlanarRing.bounds(hole)
        let step = max(1, hole.count / 9)
        let samples = stride(from: 0, to: hole.count, by: step).map { hole[$0] }
        var best: Int?
        for candidate in candidates where areas[candidate] < 0 {
            let outer = PlanarRing.bounds(rings[candidate])
            guard outer.minLon <= box.minLon, outer.minLat <= box.minLat,
                  outer.maxLon >= box.maxLon, outer.maxLat >= box.maxLat else { continue }
            let inside = samples.filter { PlanarRing.contains(rings[candidate], $0) }.count
            guard inside * 2 > samples.count else { continue }
            if let current = best, -areas[current] <= -areas[candidate] { continue }
            best = candidate
        }
        return best
    }
}
