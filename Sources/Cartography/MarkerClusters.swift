import Foundation
import MapScene

/// Partners gathered by place on a dense map, where hundreds of markers would only cover one
/// another: one disc with their count stands where the most of them crowd, the way a web map
/// clusters its pins. The arcs still run to every partner's true place, and the key and the
/// poster table still name each one.
struct MarkerClusters {
    /// One disc: at a member's true place (its seed), with the ids of all its members.
    struct Cluster: Sendable {
        var centre: Point
        var members: [String]
        /// Each member's year (nil where unknown), in the order of `members`.
        var years: [Int?]
    }

    /// More partner markers than this on the main map are clustered.
    static let denseMarkers = 200

    /// Groups of two or more, each drawn as a disc.
    let clusters: [Cluster]
    /// The ids drawn in a cluster, not as markers of their own.
    let members: Set<String>
    /// How far a cluster gathers partners from its seed (output units); no two seeds are closer.
    let reach: Double
    let partnerRadius: Double
    /// Pairs of markers looked at while gathering (the work it took).
    private(set) var looked = 0

    /// Gathers `points` (true places by id): seeds in turn, partners in the most crowded grid
    /// cells (counting the cells round them) first, each taking every partner within `reach`
    /// not yet taken. Every later seed was left by the earlier ones, so it lies farther than
    /// `reach` from them, and discs no wider than `reach` never overlap. A seed looks only at
    /// the partners left in the cells round it and drops those it takes; as seeds stand `reach`
    /// apart, only a few ever look at any one partner, so the work grows with the partners,
    /// however densely they crowd.
    init(_ points: [String: Point], years: [String: Int], reach: Double, partnerRadius: Double) {
        self.reach = reach
        self.partnerRadius = partnerRadius
        let ids = points.keys.sorted()
        let pos = ids.map { points[$0]! }
        let cell = pos.map { GridCell($0, size: reach) }
        var grid: [GridCell: [Int]] = [:]
        for (i, c) in cell.enumerated() { grid[c, default: []].append(i) }
        func block(_ c: GridCell) -> [GridCell] { (-1...1).flatMap { dy in (-1...1).map { dx in GridCell(x: c.x + dx, y: c.y + dy) } } }
        var crowd: [GridCell: Int] = [:]
        for c in grid.keys { crowd[c] = block(c).reduce(0) { $0 + (grid[$1]?.count ?? 0) } }
        let order = pos.indices.sorted { a, b in
            let ca = crowd[cell[a]]!, cb = crowd[cell[b]]!
            return ca != cb ? ca > cb : a < b
        }
        var taken = [Bool](repeating: false, count: pos.count)
        var clusters: [Cluster] = []
        var looked = 0
        let r2 = reach * reach
        for seed in order where !taken[seed] {
            var members = [seed]
            taken[seed] = true
            for c in block(cell[seed]) {
                guard let here = grid[c] else { continue }
                looked += here.count
                for j in here where !taken[j] {
                    let ex = pos[j].x - pos[seed].x, ey = pos[j].y - pos[seed].y
                    if ex * ex + ey * ey <= r2 { taken[j] = true; members.append(j) }
                }
                grid[c] = here.filter { !taken[$0] }
            }
            if members.count > 1 {
                clusters.append(Cluster(centre: pos[seed], members: members.map { ids[$0] }, years: members.map { years[ids[$0]] }))
            }
        }
        self.clusters = clusters
        self.members = Set(clusters.flatMap(\.members))
        self.looked = looked
    }

    /// How far a dense map's clusters gather: six marker radii, at least a fortieth of the
    /// frame's shorter side (27 px on a 1920×1080 map).
    static func reach(frame: Rect, partnerRadius: Double) -> Double {
        max(6 * partnerRadius, min(frame.width, frame.height) / 40)
    }

    /// A disc's radius for `count` members: growing with the count's logarithm, from about twice
    /// a marker's to half the reach.
    func radius(_ count: Int) -> Double {
        min(reach / 2, partnerRadius * (2.4 + 0.5 * log(Double(max(count, 2)))))
    }

    /// The box a disc of `count` members covers (an obstacle for labels).
    func box(_ cluster: Cluster) -> Rect {
        let r = radius(cluster.members.count) + 1
        return Rect(x: cluster.centre.x - r, y: cluster.centre.y - r, width: 2 * r, height: 2 * r)
    }
}

/// A square cell of a grid over output units.
private struct GridCell: Hashable {
    var x: Int, y: Int
    init(x: Int, y: Int) { self.x = x; self.y = y }
    init(_ p: Point, size: Double) { x = Int((p.x / size).rounded(.down)); y = Int((p.y / size).rounded(.down)) }
}
