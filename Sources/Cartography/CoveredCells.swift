import MapScene

/// Square cells over an area, each marked when some box of a fixed set covers it whole, summed
/// so that whether a rectangle overlaps any marked cell takes four lookups. A rectangle that
/// does surely meets one of the boxes (the cell lies inside that box); one that does not may
/// still meet a box, which only a look at the boxes themselves tells.
struct CoveredCells {
    private let origin: Point
    private let size: Double
    private let columns: Int
    private let rows: Int
    /// Marked cells above and to the left of each grid corner, row by row ((columns + 1) × (rows + 1)).
    private var sums: [Int32]

    /// The cells of `area` marked under `boxes`: cells small enough for the smallest box to
    /// cover one whole (some 2.5 to its side), but no more than a quarter of a million (the
    /// sums a lookup reads then stay in the processor's cache).
    init(area: Rect, boxes: [Rect]) {
        origin = Point(area.minX, area.minY)
        let smallest = boxes.map { min($0.width, $0.height) }.filter { $0 > 0 }.min() ?? 1
        size = max(smallest / 2.5, (area.width * area.height / 250_000).squareRoot(), 1e-6)
        columns = max(1, Int((area.width / size).rounded(.up)))
        rows = max(1, Int((area.height / size).rounded(.up)))
        var marked = [Int32](repeating: 0, count: columns * rows)
        for b in boxes {
            let x = Self.inside(b.minX, b.maxX, from: origin.x, size: size, count: columns)
            let y = Self.inside(b.minY, b.maxY, from: origin.y, size: size, count: rows)
            guard let x, let y else { continue }
            for r in y { for c in x { marked[r * columns + c] = 1 } }
        }
        var sums = [Int32](repeating: 0, count: (columns + 1) * (rows + 1))
        for r in 0..<rows {
            var run: Int32 = 0
            for c in 0..<columns {
                run += marked[r * columns + c]
                sums[(r + 1) * (columns + 1) + c + 1] = sums[r * (columns + 1) + c + 1] + run
            }
        }
        self.sums = sums
    }

    /// Where cell `k`'s side starts (the same sum wherever it is asked for).
    private static func edge(_ k: Int, from origin: Double, size: Double) -> Double { origin + Double(k) * size }

    /// The cells whose sides lie within `lo...hi` (nil: none).
    private static func inside(_ lo: Double, _ hi: Double, from origin: Double, size: Double, count: Int) -> ClosedRange<Int>? {
        guard lo.isFinite, hi.isFinite else { return nil }
        var first = Int(max(-1, min(Double(count), ((lo - origin) / size).rounded(.up))))
        while first > 0 && edge(first - 1, from: origin, size: size) >= lo { first -= 1 }
        while first < count && edge(first, from: origin, size: size) < lo { first += 1 }
        var last = Int(max(-1, min(Double(count), ((hi - origin) / size).rounded(.down)))) - 1
        while last + 1 < count && edge(last + 2, from: origin, size: size) <= hi { last += 1 }
        while last >= 0 && edge(last + 1, from: origin, size: size) > hi { last -= 1 }
        first = max(first, 0); last = min(last, count - 1)
        return first <= last ? first...last : nil
    }

    /// Cells whose insides the open interval `lo..<hi` surely overlaps: those from the first
    /// side at or past `lo` to the last side at or before `hi` (cells it only partly covers at
    /// either end are left out, so rounding can never count a cell it misses).
    @inline(__always)
    private static func overlapped(_ lo: Double, _ hi: Double, from origin: Double, size: Double, count: Int) -> (Int, Int) {
        let first = ((lo - origin) / size).rounded(.up), last = ((hi - origin) / size).rounded(.down) - 1
        return (Int(max(0, min(Double(count), first))), Int(max(-1, min(Double(count - 1), last))))
    }

    /// Whether `r` overlaps the inside of a marked cell (then it surely meets one of the boxes).
    func surelyMeets(_ r: Rect) -> Bool {
        let (x0, x1) = Self.overlapped(r.minX, r.maxX, from: origin.x, size: size, count: columns)
        let (y0, y1) = Self.overlapped(r.minY, r.maxY, from: origin.y, size: size, count: rows)
        guard x0 <= x1, y0 <= y1 else { return false }
        let w = columns + 1
        return sums.withUnsafeBufferPointer { s in
            s[(y1 + 1) * w + x1 + 1] - s[y0 * w + x1 + 1] - s[(y1 + 1) * w + x0] + s[y0 * w + x0] > 0
        }
    }
}
