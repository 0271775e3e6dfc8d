/// The main map's arcs as the frames of an animation draw them: in the order they become whole
/// (the first frame in which a partner's arc has stopped growing), longest first among those
/// that become whole together, so short arcs stay on top as on a map and each year's new arcs
/// lie over the older ones. Every frame's whole arcs are then a first part of this order, so a
/// frame can be drawn over the arcs an earlier frame kept, adding only those that became whole
/// since: each arc is drawn once in a run instead of once in every frame that shows it.
struct FrameArcs: Sendable {
    /// The arcs in drawing order: those that become whole, then any that never do, longest first.
    let order: [ProjectedArc]
    /// For each frame (by its position in the run), how many of `order` are whole in it.
    let whole: [Int]

    /// The arcs of `arcs` in frame order for the run `frames`; nil when the frames do not keep
    /// every arc once it is whole (a run whose network does not only grow), so that no frame may
    /// be drawn over another's.
    init?(arcs: [ProjectedArc], frames: [AnimationFrame]) {
        guard !frames.isEmpty else { return nil }
        var firstWhole: [String: Int] = [:]
        var wholeCounts: [Int] = []
        wholeCounts.reserveCapacity(frames.count)
        for (k, f) in frames.enumerated() {
            let growing: Set<String> = f.growth < 1 ? Set(f.new) : []
            var count = 0
            for id in f.shown where !growing.contains(id) {
                count += 1
                if firstWhole[id] == nil { firstWhole[id] = k }
            }
            wholeCounts.append(count)
        }
        // A frame's whole arcs are those whole in an earlier frame as well only if no arc, once
        // whole, is hidden or grows again later: then the counts match.
        var becoming = [Int](repeating: 0, count: frames.count)
        for k in firstWhole.values { becoming[k] += 1 }
        var sum = 0
        for k in frames.indices {
            sum += becoming[k]
            guard sum == wholeCounts[k] else { return nil }
        }
        let rank = { (arc: ProjectedArc) -> Int in firstWhole[arc.city.id] ?? frames.count }
        order = arcs.sorted { a, b in
            let ra = rank(a), rb = rank(b)
            if ra != rb { return ra < rb }
            return a.distance != b.distance ? a.distance > b.distance : a.city.id < b.city.id
        }
        // Counted over the map's arcs only: a partner with no arc on the main map takes no place.
        var ranks = [Int](repeating: 0, count: frames.count + 1)
        for arc in order { ranks[rank(arc)] += 1 }
        var running = 0
        whole = frames.indices.map { k in running += ranks[k]; return running }
    }
}
