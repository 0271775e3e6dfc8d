import MapGeometry

/// Groups rings into polygons: clockwise rings are exteriors, counter-clockwise rings are holes
/// of the smallest exterior containing them (or exteriors themselves if none does).
enum RingAssembly {
    static func polygons(from rings: [[LonLat]]) -> [[[LonLat]]] {
        var points: [LonLat] = []
        var ranges: [Range<Int>] = []
        for ring in rings {
            ranges.append(points.count..<(points.count + ring.count))
            points += ring
        }
        return polygons(points: points, rings: ranges).map { $0.map { rings[$0] } }
    }

    /// Rings stored flat (`rings` index `points`) grouped into polygons, as ring indices: the
    /// exterior first, then its holes; exteriors in ring order.
    static func polygons(points: [LonLat], rings: [Range<Int>]) -> [[Int]] {
        let areas = rings.map { PlanarRing.signedArea(points[$0]) }
        let boxes = rings.map { PlanarRing.bounds(points[$0]) }
        var exteriorIndices = rings.indices.filter { areas[$0] <= 0 }
        var holesOf: [Int: [Int]] = [:]
        for hole in rings.indices where areas[hole] > 0 {
            if let owner = smallestContaining(hole, candidates: exteriorIndices, points: points, rings: rings, areas: areas, boxes: boxes) {
                holesOf[owner, default: []].append(hole)
            } else {
                exteriorIndices.append(hole)
            }
        }
        exteriorIndices.sort()
        return exteriorIndices.map { [$0] + (holesOf[$0] ?? []) }
    }

    /// The exterior of least area whose ring contains most of three of the hole's vertices (one
    /// may lie on the exterior, where a hole touches it).
    private static func smallestContaining(_ hole: Int, candidates: [Int], points: [LonLat], rings: [Range<Int>],
                                           areas: [Double], boxes: [(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double)]) -> Int? {
        let box = boxes[hole]
        let ring = points[rings[hole]]
        let step = max(1, ring.count / 3)
        let samples = stride(from: ring.startIndex, to: ring.endIndex, by: step).map { ring[$0] }
        var best: Int?
        for candidate in candidates where areas[candidate] < 0 {
            let outer = boxes[candidate]
            guard outer.minLon <= box.minLon, outer.minLat <= box.minLat,
                  outer.maxLon >= box.maxLon, outer.maxLat >= box.maxLat else { continue }
            if let current = best, -areas[current] <= -areas[candidate] { continue }
            let inside = samples.filter { PlanarRing.contains(points[rings[candidate]], $0) }.count
            guard inside * 2 > samples.count else { continue }
            best = candidate
        }
        return best
    }
}
