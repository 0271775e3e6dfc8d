/// Clips the segment a→b to a rectangle (Liang–Barsky); returns the visible part, or nil.
func clipSegment(_ a: (Double, Double), _ b: (Double, Double),
                 x0: Double, y0: Double, x1: Double, y1: Double) -> ((Double, Double), (Double, Double))? {
    var t0 = 0.0, t1 = 1.0
    let dx = b.0 - a.0, dy = b.1 - a.1
    func edge(_ p: Double, _ q: Double) -> Bool {
        if p == 0 { return q >= 0 }
        let r = q / p
        if p < 0 {
            if r > t1 { return false }
            if r > t0 { t0 = r }
        } else {
            if r < t0 { return false }
            if r < t1 { t1 = r }
        }
        return true
    }
    guard edge(-dx, a.0 - x0), edge(dx, x1 - a.0), edge(-dy, a.1 - y0), edge(dy, y1 - a.1) else { return nil }
    let start = t0 > 0 ? (a.0 + t0 * dx, a.1 + t0 * dy) : a
    let end = t1 < 1 ? (a.0 + t1 * dx, a.1 + t1 * dy) : b
    return (start, end)
}
