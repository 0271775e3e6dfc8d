import MapScene

/// Points filed in square cells, so that the pairs closer than a cell's size are found by
/// comparing each point only with those in the cells around it (not with every other point).
struct PointGrid {
    private struct Cell: Hashable { var x: Int; var y: Int }
    private let points: [Point]
    private let size: Double
    private var cells: [Cell: [Int]] = [:]

    init(_ points: [Point], cellSize: Double) {
        self.points = points
        size = cellSize
        for (i, p) in points.enumerated() { cells[cell(p), default: []].append(i) }
    }

    private func cell(_ p: Point) -> Cell { Cell(x: Int((p.x / size).rounded(.down)), y: Int((p.y / size).rounded(.down))) }

    /// Calls `body(i, j)` once for every pair i < j of points closer than the cell size.
    func forEachClosePair(_ body: (Int, Int) -> Void) {
        for (c, members) in cells {
            for dx in -1...1 { for dy in -1...1 {
                guard let others = cells[Cell(x: c.x + dx, y: c.y + dy)] else { continue }
                for i in members { for j in others where j > i && points[i].distance(to: points[j]) < size { body(i, j) } }
            } }
        }
    }
}
