import MapScene

/// A coarse raster of how much is drawn where (land, arcs, markers, labels), used to put
/// insets and legends where they hide the least. Cells hold weights; lookups sum a rectangle.
struct CoverageGrid {
    /// Weight of a city marker: an overlay covering one costs more than any amount of land or arcs.
    static let markerWeight = 1e6

    let bounds: Rect
    let columns: Int
    let rows: Int
    private(set) var cells: [Double]

    init(bounds: Rect, cellSize: Double) {
        self.bounds = bounds
        columns = max(1, Int((bounds.width / cellSize).rounded(.up)))
        rows = max(1, Int((bounds.height / cellSize).rounded(.up)))
        cells = [Double](repeating: 0, count: columns * rows)
    }

    private var cellWidth: Double { bounds.width / Double(columns) }
    private var cellHeight: Double { bounds.height / Double(rows) }

    /// Adds `weight` to every cell whose centre is inside the path's closed subpaths (even-odd).
    mutating func fill(_ path: Path, weight: Double) {
        for row in 0..<rows {
            let y = bounds.minY + (Double(row) + 0.5) * cellHeight
            var xs: [Double] = []
            for i in 0..<path.subpathCount {
                let pts = path.subpath(i)
                guard pts.count > 2 else { continue }
                var prev = pts.last!
                for p in pts {
                    if (prev.y > y) != (p.y > y) {
                        xs.append(prev.x + (y - prev.y) / (p.y - prev.y) * (p.x - prev.x))
                    }
                    prev = p
                }
            }
            xs.sort()
            var k = 0
            while k + 1 < xs.count {
                let c0 = max(0, Int(((xs[k] - bounds.minX) / cellWidth - 0.5).rounded(.up)))
                let c1 = min(columns - 1, Int(((xs[k + 1] - bounds.minX) / cellWidth - 0.5).rounded(.down)))
                if c0 <= c1 { for c in c0...c1 { cells[row * columns + c] += weight } }
                k += 2
            }
        }
    }

    /// Adds `weight` to every cell a line passes through.
    mutating func stroke(_ path: Path, weight: Double) {
        let step = min(cellWidth, cellHeight) / 2
        for i in 0..<path.subpathCount {
            let pts = Array(path.subpath(i))
            for (a, b) in zip(pts, pts.dropFirst()) {
                let n = max(1, Int((a.distance(to: b) / step).rounded(.up)))
                var last = -1
                for k in 0...n {
                    let t = Double(k) / Double(n)
                    let idx = cellIndex(Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
                    if let idx, idx != last { cells[idx] += weight; last = idx }
                }
            }
        }
    }

    /// Adds `weight` to the cells a rectangle covers.
    mutating func add(_ r: Rect, weight: Double) {
        forEachCell(in: r) { cells[$0] += weight }
    }

    /// The summed weight under a rectangle (cells partly covered count in full).
    func cost(of r: Rect) -> Double {
        var total = 0.0
        forEachCell(in: r) { total += cells[$0] }
        return total
    }

    /// The share of a rectangle's cells that hold any weight (e.g. how much of it is land).
    func share(of r: Rect) -> Double {
        var covered = 0, total = 0
        forEachCell(in: r) { total += 1; if cells[$0] > 0 { covered += 1 } }
        return total == 0 ? 0 : Double(covered) / Double(total)
    }

    private func cellIndex(_ p: Point) -> Int? {
        let c = Int(((p.x - bounds.minX) / cellWidth).rounded(.down))
        let r = Int(((p.y - bounds.minY) / cellHeight).rounded(.down))
        guard c >= 0, c < columns, r >= 0, r < rows else { return nil }
        return r * columns + c
    }

    private func forEachCell(in r: Rect, _ body: (Int) -> Void) {
        let c0 = max(0, Int(((r.minX - bounds.minX) / cellWidth).rounded(.down)))
        let c1 = min(columns - 1, Int(((r.maxX - bounds.minX) / cellWidth).rounded(.up)) - 1)
        let r0 = max(0, Int(((r.minY - bounds.minY) / cellHeight).rounded(.down)))
        let r1 = min(rows - 1, Int(((r.maxY - bounds.minY) / cellHeight).rounded(.up)) - 1)
        guard c0 <= c1, r0 <= r1 else { return }
        for row in r0...r1 { for c in c0...c1 { body(row * columns + c) } }
    }
}
