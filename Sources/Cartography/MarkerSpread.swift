import Foundation
import MapScene

/// Moves markers that would hide each other just far enough apart to be seen, the way a
/// cartographer displaces symbols: the hub stays, partners move at most a few marker widths,
/// and each moved marker keeps a hairline tick to its true place.
struct MarkerSpread {
    let hubRadius: Double
    let partnerRadius: Double

    /// Markers drawn, by id, and ticks from true places to moved markers.
    struct Result {
        var points: [String: Point]
        var ticks: [(Point, Point)]
        /// How many pairs of markers were looked at (the work spreading took).
        var looked = 0
    }

    /// The most pairs spreading looks at for each marker, in all its rounds. The pairs near a
    /// marker grow with the markers on the map, so without a bound the work grows with their
    /// square: a crowd that dense (some 50 pairs a marker a round for 8,000 partners on a
    /// 1920×1080 map) is spread for as many rounds as this allows, the last of them perhaps
    /// part-way, not the full 40; its markers could not stand apart anyway. Up to some 1,000
    /// partners on such a map, spreading stops well before.
    static let lookedPerMarker = 500

    /// Spreads `points` (the hub's, under `hubID`, stays put); ids in `keep` don't move either.
    func spread(_ points: [String: Point], hubID: String, keep: Set<String> = []) -> Result {
        let ids = points.keys.sorted()
        guard ids.count > 1 else { return Result(points: points, ticks: []) }
        var pos = ids.map { points[$0]! }
        let origin = pos
        let radius = ids.map { $0 == hubID ? hubRadius : partnerRadius }
        let fixed = ids.map { $0 == hubID || keep.contains($0) }
        let maxShift = 3 * (hubRadius + partnerRadius)
        let reach = 2 * max(hubRadius, partnerRadius)
        var looked = 0
        let budget = Self.lookedPerMarker * ids.count
        for _ in 0..<40 where looked < budget {
            var moved = false
            // The pairs close enough to overlap as the round starts, in order, each pushed apart
            // from where the pairs before it left them.
            let grid = PointGrid(pos, within: reach), left = budget - looked
            looked += pos.withUnsafeMutableBufferPointer { pos in grid.forEachClosePair(inOrder: true, limit: left) { i, j in
                let need = 0.95 * (radius[i] + radius[j])
                var dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y
                guard dx * dx + dy * dy <= need * need * (1 + 1e-9) else { return }
                var d = hypot(dx, dy)
                guard d < need, !(fixed[i] && fixed[j]) else { return }
                if d < 1e-6 {
                    // Coincident: part them along a direction of their own (golden angle).
                    let angle = Double(j) * 2.399963
                    dx = cos(angle); dy = sin(angle); d = 0
                } else { dx /= d; dy /= d }
                let push = need - d
                let (si, sj) = fixed[i] ? (0.0, push) : fixed[j] ? (push, 0.0) : (push / 2, push / 2)
                pos[i] = Point(pos[i].x - dx * si, pos[i].y - dy * si)
                pos[j] = Point(pos[j].x + dx * sj, pos[j].y + dy * sj)
                moved = true
            } }
            for k in pos.indices {
                let sx = pos[k].x - origin[k].x, sy = pos[k].y - origin[k].y, s = hypot(sx, sy)
                if s > maxShift { pos[k] = Point(origin[k].x + sx / s * maxShift, origin[k].y + sy / s * maxShift) }
            }
            if !moved { break }
        }
        var out = points
        var ticks: [(Point, Point)] = []
        for (k, id) in ids.enumerated() {
            out[id] = pos[k]
            if origin[k].distance(to: pos[k]) > 0.5 { ticks.append((origin[k], pos[k])) }
        }
        return Result(points: out, ticks: ticks, looked: looked)
    }
}
