import Cartography
import Foundation
import MapScene

/// The rules of automatic layout, checked on a map's or poster's layout facts (what the layout
/// report is written from). Each rule broken is one line of the result.
struct LayoutRules {
    let facts: LayoutFacts
    /// The partners' ids (the hub is not among them).
    let partners: [String]
    /// Land of the main map, for the inset-land rule: whether a point of the page is on land.
    var isLand: ((Point) -> Bool)?

    static let landLimit = 0.25

    func broken() -> [String] {
        named() + keyed() + insetLabels() + blocks() + underInsets() + insetCities() + insetLand() + association() + visibility()
    }

    /// Every partner is named on some map (placed, displaced or keyed), and none is dropped.
    func named() -> [String] {
        let named = Set(facts.labels.filter { $0.status != .dropped }.map(\.id))
        let dropped = facts.labels.filter { $0.status == .dropped && partners.contains($0.id) }.map(\.id)
        return (dropped + partners.filter { !named.contains($0) }).map { "dropped: \($0)" }
    }

    /// A keyed name needs a key.
    func keyed() -> [String] {
        facts.labels.contains { $0.status == .keyed } && !facts.elements.contains { $0.kind == "key" } ? ["keyed but no key"] : []
    }

    /// An inset names only the cities it shows (only the main map names partners beyond it).
    func insetLabels() -> [String] {
        facts.labels.filter { l in
            l.map != "main" && !l.id.hasPrefix("ring-") && !facts.markers.contains { $0.map == l.map && $0.id == l.id }
        }.map { "inset label: \($0.id) named on \($0.map), which does not show it" }
    }

    /// No two blocks overlap, and every block lies on the page.
    func blocks() -> [String] {
        let blocks = facts.elements.filter { $0.kind != "map" }
        var out: [String] = []
        for (i, a) in blocks.enumerated() {
            for b in blocks[(i + 1)...] where Self.overlap(a.box, b.box) { out.append("overlap: \(a.id) and \(b.id)") }
        }
        let page = Rect(x: 0, y: 0, width: facts.size.width, height: facts.size.height).insetBy(-1)
        for e in facts.elements where !page.contains(e.box) { out.append("off the page: \(e.id)") }
        return out
    }

    private var insets: [LayoutFacts.Panel] { facts.maps.filter { $0.id != "main" } }

    /// No marker of the main map under an inset.
    func underInsets() -> [String] {
        facts.markers.filter { $0.map == "main" }.flatMap { m in
            insets.filter { $0.box.contains(m.centre) }.map { "under inset: \(m.id) under \($0.id)" }
        }
    }

    /// Every inset holds at least two of the network's cities.
    func insetCities() -> [String] {
        insets.compactMap { i in
            let n = Set(facts.markers.filter { $0.map == i.id }.map(\.id)).count
            return n < 2 ? "inset cities: \(i.id) holds \(n)" : nil
        }
    }

    /// An inset hides at most a quarter of land of the main map (sampled every 2 units).
    func insetLand() -> [String] {
        guard let isLand else { return [] }
        return insets.compactMap { i in
            var land = 0, all = 0
            for y in stride(from: i.box.minY + 1, to: i.box.maxY, by: 2) {
                for x in stride(from: i.box.minX + 1, to: i.box.maxX, by: 2) {
                    all += 1
                    if isLand(Point(x, y)) { land += 1 }
                }
            }
            let share = Double(land) / Double(max(all, 1))
            return share > Self.landLimit ? "inset land: \(i.id) hides \(Int(share * 100))% land" : nil
        }
    }

    /// A label without a leader is nearer its own marker than any other; a leader ends at its marker.
    func association() -> [String] {
        var out: [String] = []
        for l in facts.labels where l.status == .placed || l.status == .displaced {
            let markers = facts.markers.filter { $0.map == l.map }
            guard let own = markers.first(where: { $0.id == l.id }) else { continue }
            if let leader = l.leader {
                let d = min(leader.first!.distance(to: own.centre), leader.last!.distance(to: own.centre))
                if d > own.radius + 4 { out.append("association: leader of \(l.id) ends \(Int(d)) from its marker") }
                continue
            }
            let mine = Self.distance(own.centre, l.box)
            if let other = markers.first(where: { $0.id != l.id && Self.distance($0.centre, l.box) + 0.5 < mine }) {
                out.append("association: \(l.id) (\(l.map)) is nearer \(other.id)")
            }
        }
        return out
    }

    /// Every city's marker is at least half free of other markers on some map.
    func visibility() -> [String] {
        let ids = Set(facts.markers.map(\.id))
        return ids.sorted().compactMap { id in
            let seen = facts.maps.contains { map in
                let ms = facts.markers.filter { $0.map == map.id }
                guard let a = ms.first(where: { $0.id == id }) else { return false }
                let r = max(a.radius, 0.5)
                let covered = ms.filter { $0.id != id }.map { Self.lens(r, max($0.radius, 0.5), a.centre.distance(to: $0.centre)) }.reduce(0, +)
                return covered <= 0.5 * Double.pi * r * r
            }
            return seen ? nil : "visible: \(id) is more than half covered on every map"
        }
    }

    static func overlap(_ a: Rect, _ b: Rect) -> Bool {
        min(a.maxX, b.maxX) - max(a.minX, b.minX) > 1 && min(a.maxY, b.maxY) - max(a.minY, b.minY) > 1
    }

    static func distance(_ p: Point, _ r: Rect) -> Double {
        hypot(max(r.minX - p.x, 0, p.x - r.maxX), max(r.minY - p.y, 0, p.y - r.maxY))
    }

    /// The area two circles share.
    static func lens(_ r1: Double, _ r2: Double, _ d: Double) -> Double {
        if d >= r1 + r2 { return 0 }
        if d <= abs(r1 - r2) { return Double.pi * min(r1, r2) * min(r1, r2) }
        let a = r1 * r1 * acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1))
        let b = r2 * r2 * acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2))
        let c = 0.5 * sqrt(max(0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)))
        return a + b - c
    }
}
