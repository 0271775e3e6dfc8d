/// A feature whose rings are lists of arc references: `i` is arc i forwards, `~i` arc i backwards.
struct TopoFeature {
    var attributes: FeatureAttributes
    /// Polygons of rings of arc references; the first ring of each polygon is its exterior.
    var polygons: [[[Int]]]
}

/// Polygons cut into shared arcs in the style of TopoJSON: rings are cut at junctions (points whose
/// neighbours differ between the rings passing through them) and arcs used by two rings, forwards
/// or backwards, are stored once. Rings are also cut where they join or leave an artificial cut
/// line (the ±180° meridian or the −90° parallel), so each arc lies wholly on such a line or off it.
struct Topology {
    /// Arc point sequences of at least 2 points; a ring that is a single arc has first == last.
    var arcs: [[GridPoint]]
    /// Whether each arc lies along an artificial cut line.
    var isCutLine: [Bool]
    var features: [TopoFeature]

    init(features: [GridFeature], unitsPerDegree: Int) {
        let lonLimit = Int32(180 * unitsPerDegree)
        let southPole = Int32(-90 * unitsPerDegree)
        let isCut: (GridPoint, GridPoint) -> Bool = { a, b in
            (a.x == b.x && abs(a.x) == lonLimit) || (a.y == southPole && b.y == southPole)
        }
        let rings = features.flatMap { $0.polygons.flatMap { $0 } }
        let junctions = Topology.junctions(of: rings, isCut: isCut)

        var builder = ArcBuilder()
        self.features = features.map { feature in
            TopoFeature(attributes: feature.attributes, polygons: feature.polygons.map { polygon in
                polygon.map { builder.cut($0, at: junctions) }
            })
        }
        self.arcs = builder.arcs
        self.isCutLine = builder.arcs.map { isCut($0[0], $0[1]) }
    }

    /// Points where rings meet or part, and where a ring joins or leaves a cut line.
    private static func junctions(of rings: [[GridPoint]], isCut: (GridPoint, GridPoint) -> Bool) -> Set<GridPoint> {
        var neighbours: [GridPoint: (GridPoint, GridPoint)] = [:]
        neighbours.reserveCapacity(rings.reduce(0) { $0 + $1.count })
        var junctions: Set<GridPoint> = []
        for ring in rings {
            let count = ring.count
            for index in 0..<count {
                let point = ring[index]
                let previous = ring[(index + count - 1) % count]
                let next = ring[(index + 1) % count]
                if let (a, b) = neighbours[point] {
                    if !((a == previous && b == next) || (a == next && b == previous)) { junctions.insert(point) }
                } else {
                    neighbours[point] = (previous, next)
                }
                if isCut(previous, point) != isCut(point, next) { junctions.insert(point) }
            }
        }
        return junctions
    }

    /// The points of a ring given as arc references, the closing point not repeated.
    func ringPoints(_ refs: [Int]) -> [GridPoint] {
        var points: [GridPoint] = []
        for ref in refs {
            let arc = arcs[ref >= 0 ? ref : ~ref]
            if ref >= 0 { points.append(contentsOf: arc.dropLast()) } else { points.append(contentsOf: arc.reversed().dropLast()) }
        }
        return points
    }
}

/// Cuts rings into arcs and stores each distinct arc once.
private struct ArcBuilder {
    var arcs: [[GridPoint]] = []
    private var byEnds: [ArcKey: [Int]] = [:]

    private struct ArcKey: Hashable {
        var low: GridPoint
        var high: GridPoint
        var count: Int
    }

    /// The ring as arc references, cut at the junctions it passes. It starts at its least junction
    /// (or least point, if it has none), so the arcs do not depend on where the input ring started.
    mutating func cut(_ ring: [GridPoint], at junctions: Set<GridPoint>) -> [Int] {
        let candidates = ring.indices.filter { junctions.contains(ring[$0]) }
        let start = (candidates.isEmpty ? Array(ring.indices) : candidates).min { precedes(ring[$0], ring[$1]) }!
        var refs: [Int] = []
        var current: [GridPoint] = [ring[start]]
        for step in 1...ring.count {
            let point = ring[(start + step) % ring.count]
            current.append(point)
            if step == ring.count || junctions.contains(point) {
                refs.append(add(current))
                current = [point]
            }
        }
        return refs
    }

    /// The reference of an arc equal to `arc` forwards or backwards, adding it if new.
    private mutating func add(_ arc: [GridPoint]) -> Int {
        let first = arc[0], last = arc[arc.count - 1]
        let key = precedes(last, first)
            ? ArcKey(low: last, high: first, count: arc.count)
            : ArcKey(low: first, high: last, count: arc.count)
        for candidate in byEnds[key] ?? [] {
            if arcs[candidate] == arc { return candidate }
            if arcs[candidate].elementsEqual(arc.reversed()) { return ~candidate }
        }
        arcs.append(arc)
        byEnds[key, default: []].append(arcs.count - 1)
        return arcs.count - 1
    }

    private func precedes(_ a: GridPoint, _ b: GridPoint) -> Bool { a.x < b.x || (a.x == b.x && a.y < b.y) }
}
