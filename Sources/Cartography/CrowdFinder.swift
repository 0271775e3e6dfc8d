import Foundation
import MapGeometry
import MapScene
import PartnerData

/// Finds where a map is too crowded to label: groups of cities close together on the map, at
/// least one of which could not be labelled beside its dot or has its marker half hidden. Each
/// group small enough on the map to gain from a larger scale becomes a candidate inset region.
struct CrowdFinder {
    /// Cities within this distance of each other on the map (output units) join one group.
    var link: Double
    /// The largest a group may be on the map (its box, output units) to be worth an inset.
    var largest: Size

    /// A crowded group: its cities, the box that shows them, and how many were in trouble.
    struct Group {
        var ids: [String]
        var region: InsetRegion
        var troubled: Int
    }

    /// Groups, most troubled first. `points` are the cities on the map (the hub's id included);
    /// `troubled` those that need more room.
    func groups(points: [String: Point], places: [String: LonLat], troubled: Set<String>) -> [Group] {
        let ids = points.keys.sorted()
        var found: [Group] = []
        split(ids, points: points, places: places, troubled: troubled, link: link, into: &found)
        return found.sorted { ($0.troubled, $0.ids.count) > ($1.troubled, $1.ids.count) }
    }

    /// Groups `ids` by single linkage at `link`; a group too big for an inset is split again at half the distance.
    private func split(_ ids: [String], points: [String: Point], places: [String: LonLat], troubled: Set<String>,
                       link: Double, into found: inout [Group]) {
        for members in Self.components(ids, points: points, link: link) {
            let hurt = members.filter(troubled.contains).count
            guard members.count >= 2, hurt > 0 else { continue }
            let pts = members.map { points[$0]! }
            let w = (pts.map(\.x).max()! - pts.map(\.x).min()!) * 1.4
            let h = (pts.map(\.y).max()! - pts.map(\.y).min()!) * 1.4
            if w <= largest.width && h <= largest.height {
                found.append(Group(ids: members, region: Self.region(members.map { places[$0]! }), troubled: hurt))
            } else if link > 2 {
                split(members, points: points, places: places, troubled: troubled, link: link / 2, into: &found)
            }
        }
    }

    /// Connected components of the cities closer than `link` on the map.
    static func components(_ ids: [String], points: [String: Point], link: Double) -> [[String]] {
        components(ids.map { points[$0]! }, link: link).map { $0.map { ids[$0] } }
    }

    /// Connected components of points closer than `link`, as index lists in order. The points
    /// are filed in cells half as wide as `link`: those of one cell are all that close to each
    /// other and join at once, and two cells near each other join at the first close pair
    /// found between them, so a dense crowd costs about a look per point, not one per pair of
    /// points near each other (there, hundreds for each).
    static func components(_ points: [Point], link: Double) -> [[Int]] {
        var looked = 0
        return components(points, link: link, looked: &looked)
    }

    /// `components(_:link:)`, adding to `looked` how many pairs of points it measured.
    static func components(_ points: [Point], link: Double, looked: inout Int) -> [[Int]] {
        var parent = Array(points.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        // Each component's root is its first point, whatever order the pairs join in.
        func join(_ i: Int, _ j: Int) {
            let a = root(i), b = root(j)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        if link > 0 && link.isFinite {
            let side = link / 2, clearlyFar = link * link * (1 + 1e-9)
            func key(_ v: Double) -> Int { Int(max(-1e15, min(1e15, (v / side).rounded(.down)))) }
            var cells: [SIMD2<Int>: [Int]] = [:]
            for (i, p) in points.enumerated() where p.x.isFinite && p.y.isFinite {
                cells[SIMD2(key(p.x), key(p.y)), default: []].append(i)
            }
            // Cells up to two away may hold points closer than `link`; each pair of cells once,
            // nearest first (cells side by side join at once in a crowd, and the farther pairs
            // are then already joined), in a fixed order (the work is the same each run).
            func order(_ o: SIMD2<Int>) -> Int { (o.x * o.x + o.y * o.y) * 100 + (o.y + 2) * 10 + (o.x + 2) }
            let offsets: [SIMD2<Int>] = (-2...2).flatMap { dy in (-2...2).map { dx in SIMD2(dx, dy) } }
                .filter { $0.y > 0 || ($0.y == 0 && $0.x > 0) }
                .sorted { order($0) < order($1) }
            let keys = cells.keys.sorted { ($0.y, $0.x) < ($1.y, $1.x) }
            for members in cells.values {
                for m in members.dropFirst() { join(members[0], m) }
            }
            for offset in offsets {
                for cell in keys {
                    let members = cells[cell]!
                    guard let others = cells[cell &+ offset], root(members[0]) != root(others[0]) else { continue }
                    search: for i in members { for j in others {
                        looked += 1
                        let p = points[i], q = points[j], dx = q.x - p.x, dy = q.y - p.y
                        if dx * dx + dy * dy <= clearlyFar && p.distance(to: q) < link { join(i, j); break search }
                    } }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in points.indices { groups[root(i), default: []].append(i) }
        return groups.keys.sorted().map { groups[$0]! }
    }

    /// The box that shows a group with room round it (across ±180° when that is narrower),
    /// named after the smallest named region that holds the group.
    static func region(_ places: [LonLat]) -> InsetRegion {
        let tight = places.dropFirst().reduce(GeoBox(around: places[0])) { $0.including($1) }
        let midLat = (tight.south + tight.north) / 2
        let shrink = max(0.2, cos(midLat * .pi / 180))
        // Room round the group; at least a little, so a pair of nearby towns is not cut at the edge.
        var padLon = max(tight.width * 0.22, 0.25 / shrink), padLat = max(tight.height * 0.22, 0.2)
        // Not much more than twice as wide as high on the map, nor the other way round.
        let mapW = (tight.width + 2 * padLon) * shrink, mapH = tight.height + 2 * padLat
        if mapW > 2 * mapH { padLat += (mapW / 2 - mapH) / 2 }
        if mapH > 1.5 * mapW { padLon += (mapH / 1.5 - mapW) / 2 / shrink }
        let box = tight.expanded(lon: padLon, lat: padLat, latitudeLimit: 85)
        return InsetRegion(box: box, name: NamedRegion.naming(points: places))
    }
}
