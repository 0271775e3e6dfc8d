import MapGeometry

/// Polygons stored flat: rings index `points` (not closed), polygons index `rings`, the first
/// ring of each polygon its exterior (clockwise in the lon right, lat up plane), holes after it.
package struct PolygonSet: Sendable {
    package var points: [LonLat] = []
    package var rings: [Range<Int>] = []
    package var polygons: [Range<Int>] = []

    package init(points: [LonLat] = [], rings: [Range<Int>] = [], polygons: [Range<Int>] = []) {
        self.points = points
        self.rings = rings
        self.polygons = polygons
    }
}

/// The land of a level as land masses: the union of its features, without the borders inside
/// it. A map fills land in one colour, so its countries' rings (every border twice) were a
/// third of the land's points for nothing. The arcs used by one ring only (shores, and the
/// cuts along ±180° and −90°) are chained end to start into rings, which keep the direction
/// their features gave them (exteriors clockwise, holes counter-clockwise); holes such as the
/// Caspian Sea go to the exterior that contains them.
enum LandMasses {
    /// `references` name arcs as in the level file (i forwards, ~i backwards), `arcStarts`
    /// delimits each arc's points. Nil when the arcs used once do not chain into closed rings
    /// (then the features' own rings are the land).
    static func assemble(references: [Int], arcPoints: [LonLat], arcStarts: [Int]) -> PolygonSet? {
        var uses = [Int](repeating: 0, count: arcStarts.count - 1)
        for ref in references { uses[ref >= 0 ? ref : ~ref] += 1 }
        let shore = references.filter { uses[$0 >= 0 ? $0 : ~$0] == 1 }
        func first(_ ref: Int) -> LonLat { ref >= 0 ? arcPoints[arcStarts[ref]] : arcPoints[arcStarts[~ref + 1] - 1] }
        func last(_ ref: Int) -> LonLat { ref >= 0 ? arcPoints[arcStarts[ref + 1] - 1] : arcPoints[arcStarts[~ref]] }
        // Shore arcs sorted by their first point, to find those leaving a point by binary search.
        func before(_ a: LonLat, _ b: LonLat) -> Bool { a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat) }
        let leaving = shore.indices.sorted { before(first(shore[$0]), first(shore[$1])) || (first(shore[$0]) == first(shore[$1]) && $0 < $1) }
        let starts = leaving.map { first(shore[$0]) }
        var used = [Bool](repeating: false, count: shore.count)
        /// The first unused shore arc leaving `p`, in file order.
        func next(from p: LonLat) -> Int? {
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if before(starts[mid], p) { lo = mid + 1 } else { hi = mid }
            }
            while lo < starts.count && starts[lo] == p {
                if !used[leaving[lo]] { return leaving[lo] }
                lo += 1
            }
            return nil
        }

        // Every point has as many shore arcs leaving as arriving, so a walk that takes unused
        // arcs only ends where it began; ending anywhere else means the topology is broken.
        var points: [LonLat] = []
        points.reserveCapacity(shore.reduce(0) { $0 + arcStarts[($1 >= 0 ? $1 : ~$1) + 1] - arcStarts[$1 >= 0 ? $1 : ~$1] })
        var rings: [Range<Int>] = []
        for start in shore.indices where !used[start] {
            let ringStart = points.count
            let origin = first(shore[start])
            var k = start
            while true {
                used[k] = true
                let ref = shore[k]
                let arc = ref >= 0 ? ref : ~ref
                let (a, b) = (arcStarts[arc], arcStarts[arc + 1])
                if ref >= 0 {
                    points += arcPoints[a..<(b - 1)]
                } else {
                    for i in stride(from: b - 1, to: a, by: -1) { points.append(arcPoints[i]) }
                }
                let end = last(ref)
                if end == origin { break }
                guard let following = next(from: end) else { return nil }
                k = following
            }
            if points.count - ringStart >= 3 { rings.append(ringStart..<points.count) } else { points.removeSubrange(ringStart...) }
        }

        var set = PolygonSet(points: points)
        for polygon in RingAssembly.polygons(points: points, rings: rings) {
            let first = set.rings.count
            set.rings += polygon.map { rings[$0] }
            set.polygons.append(first..<set.rings.count)
        }
        return set
    }
}
