import MapScene

/// City markers filed in square cells with their counts summed, so that whether a rectangle
/// holds any of them takes four lookups for the cells it covers whole and a look at the few
/// points in the cells along its edges, not a look at every marker (placing an inset or the
/// key tries hundreds of spots, each once against every one of thousands of markers before).
struct MarkerField {
    private let points: [Point]
    private let origin: Point
    private let size: Double
    private let columns: Int
    private let rows: Int
    /// Markers above and to the left of each grid corner, row by row ((columns + 1) × (rows + 1)).
    private let sums: [Int32]
    /// Point indices by cell: cell k holds `order[start[k]..<start[k + 1]]`.
    private let start: [Int]
    private let order: [Int]

    /// The markers (points not finite are left out) over `area`; those outside it are filed in
    /// its edge cells.
    init(_ points: [Point], area: Rect) {
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        self.points = finite
        origin = Point(area.minX, area.minY)
        // About two markers a cell, and no more than a quarter of a million cells.
        let cells = Double(min(250_000, max(1, finite.count / 2)))
        let side = (max(area.width * area.height, 1e-12) / cells).squareRoot()
        size = side.isFinite && side > 0 ? side : 1
        columns = max(1, min(2048, Int((area.width / size).rounded(.up))))
        rows = max(1, min(2048, Int((area.height / size).rounded(.up))))
        var count = [Int](repeating: 0, count: columns * rows + 1)
        var cellOf = [Int](repeating: 0, count: finite.count)
        for (i, p) in finite.enumerated() {
            cellOf[i] = Self.cell(p.y, origin.y, size, rows) * columns + Self.cell(p.x, origin.x, size, columns)
            count[cellOf[i] + 1] += 1
        }
        var sums = [Int32](repeating: 0, count: (columns + 1) * (rows + 1))
        for r in 0..<rows {
            var run: Int32 = 0
            for c in 0..<columns {
                run += Int32(count[r * columns + c + 1])
                sums[(r + 1) * (columns + 1) + c + 1] = sums[r * (columns + 1) + c + 1] + run
            }
        }
        self.sums = sums
        for k in 0..<(columns * rows) { count[k + 1] += count[k] }
        start = count
        var next = count, order = [Int](repeating: 0, count: finite.count)
        for i in finite.indices {
            order[next[cellOf[i]]] = i
            next[cellOf[i]] += 1
        }
        self.order = order
    }

    @inline(__always)
    private static func cell(_ v: Double, _ origin: Double, _ size: Double, _ count: Int) -> Int {
        let c = ((v - origin) / size).rounded(.down)
        return c < 0 ? 0 : c >= Double(count - 1) ? count - 1 : Int(c)
    }

    /// Whether some marker lies in `r` (its edges included), as `Rect.contains` tells.
    func anyIn(_ r: Rect) -> Bool {
        guard !points.isEmpty, r.minX <= r.maxX, r.minY <= r.maxY, !r.minX.isNaN, !r.maxX.isNaN, !r.minY.isNaN, !r.maxY.isNaN else {
            return false
        }
        let x0 = Self.cell(r.minX, origin.x, size, columns), x1 = Self.cell(r.maxX, origin.x, size, columns)
        let y0 = Self.cell(r.minY, origin.y, size, rows), y1 = Self.cell(r.maxY, origin.y, size, rows)
        // The cells strictly inside the span lie inside `r` whole (an edge cell may hold markers
        // beyond the area, so only inner cells are counted blind).
        if x1 - x0 >= 2 && y1 - y0 >= 2 {
            let w = columns + 1
            let inner = sums[y1 * w + x1] - sums[(y0 + 1) * w + x1] - sums[y1 * w + x0 + 1] + sums[(y0 + 1) * w + x0 + 1]
            if inner > 0 { return true }
        }
        for y in y0...y1 {
            let edgeRow = y == y0 || y == y1
            var x = x0
            while x <= x1 {
                let k = y * columns + x
                for m in start[k]..<start[k + 1] where r.contains(points[order[m]]) { return true }
                // Along an inner row only the first and last cells need a look.
                x = edgeRow || x == x1 || x1 - x0 < 2 ? x + 1 : x == x0 ? x1 : x + 1
            }
        }
        return false
    }
}
