import MapScene

/// Everything already drawn that a label must not cover: boxes of labels, markers, the legend,
/// title, inset frames and credits. Also keeps labels inside their allowed area.
struct CollisionIndex {
    private(set) var boxes: [Rect] = []
    /// Where labels may go (the map frame or an inset's frame).
    var allowed: Rect

    init(allowed: Rect) { self.allowed = allowed }

    mutating func insert(_ r: Rect) { boxes.append(r) }

    /// Whether `r` fits: inside the allowed area and clear of everything inserted.
    func isFree(_ r: Rect) -> Bool {
        guard allowed.contains(r) else { return false }
        for b in boxes where b.intersects(r) { return false }
        return true
    }

    /// Whether a thin line from a to b crosses any inserted box other than `except`.
    func lineIsFree(_ a: Point, _ b: Point, except: Set<Int> = []) -> Bool {
        for (i, box) in boxes.enumerated() where !except.contains(i) {
            if segmentHitsRect(a, b, box.insetBy(0.5)) { return false }
        }
        return true
    }

    private func segmentHitsRect(_ a: Point, _ b: Point, _ r: Rect) -> Bool {
        if r.contains(a) || r.contains(b) { return true }
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        for i in 0..<4 where segmentsCross(a, b, corners[i], corners[(i + 1) % 4]) { return true }
        return false
    }

    private func segmentsCross(_ p1: Point, _ p2: Point, _ p3: Point, _ p4: Point) -> Bool {
        func orient(_ a: Point, _ b: Point, _ c: Point) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
        let d1 = orient(p3, p4, p1), d2 = orient(p3, p4, p2), d3 = orient(p1, p2, p3), d4 = orient(p1, p2, p4)
        return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0)
    }
}
