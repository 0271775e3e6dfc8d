import MapScene

/// Points filed in square cells at least as large as a distance, so that the pairs closer than
/// it are found by comparing each point only with those in the cells around it (not with every
/// other point). The cells are one flat array over the points' bounds, each listing its points
/// in order.
struct PointGrid {
    private let points: [Point]
    private let distance: Double
    private let size: Double
    private let minX: Double
    private let minY: Double
    private let columns: Int
    private let rows: Int
    /// Point indices by cell, ascending in each: cell k holds `order[start[k]..<start[k + 1]]`.
    private let start: [Int]
    private let order: [Int]

    init(_ points: [Point], within distance: Double) {
        self.points = points
        self.distance = distance
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        let x0 = finite.map(\.x).min() ?? 0, x1 = finite.map(\.x).max() ?? 0
        let y0 = finite.map(\.y).min() ?? 0, y1 = finite.map(\.y).max() ?? 0
        minX = x0; minY = y0
        // Larger cells where the points are far apart for the distance (at most some four cells a point).
        let cap = Double(max(1024, 4 * points.count))
        let size = distance > 0 && distance.isFinite ? max(distance, ((x1 - x0) * (y1 - y0) / cap).squareRoot()) : 1
        self.size = size
        let columns = Int(min(cap, ((x1 - x0) / size).rounded(.down) + 1))
        let rows = Int(min((cap / Double(columns)).rounded(.down), ((y1 - y0) / size).rounded(.down) + 1))
        self.columns = columns
        self.rows = max(1, rows)
        var count = [Int](repeating: 0, count: columns * self.rows + 1)
        var cellOf = [Int](repeating: -1, count: points.count)
        for (i, p) in points.enumerated() where p.x.isFinite && p.y.isFinite {
            let c = Self.cell(p, minX: x0, minY: y0, size: size, columns: columns, rows: self.rows)
            cellOf[i] = c.y * columns + c.x
            count[cellOf[i] + 1] += 1
        }
        let cells = columns * self.rows
        for k in 0..<cells { count[k + 1] += count[k] }
        start = count
        var next = count, order = [Int](repeating: 0, count: count[cells])
        for i in points.indices where cellOf[i] >= 0 {
            order[next[cellOf[i]]] = i
            next[cellOf[i]] += 1
        }
        self.order = order
    }

    private static func cell(_ p: Point, minX: Double, minY: Double, size: Double, columns: Int, rows: Int) -> (x: Int, y: Int) {
        (Int(min(Double(columns - 1), ((p.x - minX) / size).rounded(.down))), Int(min(Double(rows - 1), ((p.y - minY) / size).rounded(.down))))
    }

    /// Calls `body(i, j)` once for every pair i < j of points closer than the distance, by i;
    /// `inOrder`, by j too for each i. Returns how many pairs it looked at (the work it took);
    /// once that reaches `limit`, the points after are passed over.
    @discardableResult
    func forEachClosePair(inOrder: Bool = false, limit: Int = .max, _ body: (Int, Int) -> Void) -> Int {
        guard distance > 0 else { return 0 }
        var looked = 0
        // Pairs clearly farther apart than the distance are passed over before it is measured.
        let clearlyFar = distance * distance * (1 + 1e-9)
        var near: [Int] = []
        points.withUnsafeBufferPointer { points in start.withUnsafeBufferPointer { start in order.withUnsafeBufferPointer { order in
            for (i, p) in points.enumerated() where p.x.isFinite && p.y.isFinite {
                if looked >= limit { break }
                let c = Self.cell(p, minX: minX, minY: minY, size: size, columns: columns, rows: rows)
                near.removeAll(keepingCapacity: true)
                for y in max(0, c.y - 1)...min(rows - 1, c.y + 1) { for x in max(0, c.x - 1)...min(columns - 1, c.x + 1) {
                    let k = y * columns + x
                    looked += start[k + 1] - start[k]
                    for m in start[k]..<start[k + 1] {
                        let j = order[m]
                        guard j > i else { continue }
                        let q = points[j], dx = q.x - p.x, dy = q.y - p.y
                        guard dx * dx + dy * dy <= clearlyFar && p.distance(to: q) < distance else { continue }
                        if inOrder { near.append(j) } else { body(i, j) }
                    }
                } }
                guard inOrder else { continue }
                near.sort()
                for j in near { body(i, j) }
            }
        } } }
        return looked
    }
}
