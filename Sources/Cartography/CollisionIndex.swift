import Foundation
import MapScene

/// Everything already drawn that a label must not cover: boxes of labels, markers, the legend,
/// title, inset frames and credits. Also keeps labels inside their allowed area. Boxes are
/// filed in a fixed grid of cells over the allowed area (a box reaching beyond it is filed in
/// the edge cells), so a lookup looks only at the boxes near it, however many there are, and
/// stops at the first one that meets it.
struct CollisionIndex {
    /// Where labels may go (the map frame or an inset's frame).
    let allowed: Rect
    private let cellSize: Double
    private let columns: Int
    private let rows: Int
    private var boxes: [Rect] = []
    /// Box indices by cell, row by row.
    private var cells: [[Int32]]
    /// Boxes bigger than a few cells (title, legend, insets), checked one by one.
    private var large: [Int] = []
    /// Centres of the boxes that are markers, by box index (nil: not a marker).
    private var markerCentres: [Point?] = []
    /// Where the boxes inserted before `settle` surely are, when there are many of them.
    private var settled: CoveredCells?

    /// The most cells a side of the grid has (a larger area gets larger cells).
    private static let maxCellsPerSide = 2048

    init(allowed: Rect, cellSize: Double = 32) {
        self.allowed = allowed
        let side = max(allowed.width, allowed.height)
        let size = max(cellSize, 1, side.isFinite ? side / Double(Self.maxCellsPerSide) : 1)
        self.cellSize = size
        func count(_ length: Double) -> Int {
            length.isFinite && length > 0 ? min(Self.maxCellsPerSide, max(1, Int((length / size).rounded(.up)))) : 1
        }
        columns = count(allowed.width)
        rows = count(allowed.height)
        cells = [[Int32]](repeating: [], count: columns * rows)
    }

    mutating func insert(_ r: Rect) {
        let i = boxes.count
        boxes.append(r)
        markerCentres.append(nil)
        guard let s = span(r), (s.x1 - s.x0 + 1) * (s.y1 - s.y0 + 1) <= 64 else { large.append(i); return }
        for y in s.y0...s.y1 { for x in s.x0...s.x1 { cells[y * columns + x].append(Int32(i)) } }
    }

    /// The boxes inserted so far stay for good (markers and overlays, before any label): when
    /// there are thousands, a box that surely meets one of them is then told at a glance.
    mutating func settle() {
        if boxes.count >= Self.manyBoxes { settled = CoveredCells(area: allowed, boxes: boxes) }
    }

    /// From this many settled boxes on, `settle` keeps a raster of them.
    static let manyBoxes = 1000

    /// Inserts a city marker's box, remembering its centre; returns its index.
    @discardableResult
    mutating func insertMarker(_ centre: Point, radius: Double) -> Int {
        let r = radius + 1
        insert(Rect(x: centre.x - r, y: centre.y - r, width: 2 * r, height: 2 * r))
        markerCentres[boxes.count - 1] = centre
        return boxes.count - 1
    }

    /// How much farther than its own marker any other must be from a label for the label to
    /// read as its own city's (at a glance, not only by measuring).
    static let clearlyNearer = 1.8

    /// Whether a label box at `box` could read as another city's: some other marker is not
    /// clearly farther from it than its own (`own`, the marker's index, at `anchor`).
    func isNearerOtherMarker(_ box: Rect, own: Int?, anchor: Point, atLeast least: Double = 0) -> Bool {
        let mine = Self.distance(anchor, box)
        let clear = max(mine * Self.clearlyNearer + 1, least)
        return markerCentres.withUnsafeBufferPointer { centres in
            anyNear(box.insetBy(-(clear + 1))) { i in
                guard i != own, let c = centres[i] else { return false }
                return Self.distance(c, box) < clear
            }
        }
    }

    private static func distance(_ p: Point, _ r: Rect) -> Double {
        hypot(max(r.minX - p.x, 0, p.x - r.maxX), max(r.minY - p.y, 0, p.y - r.maxY))
    }

    /// Whether `r` fits: inside the allowed area and clear of everything inserted.
    func isFree(_ r: Rect) -> Bool {
        guard allowed.contains(r), !(settled?.surelyMeets(r) ?? false) else { return false }
        return boxes.withUnsafeBufferPointer { boxes in !anyNear(r) { boxes[$0].intersects(r) } }
    }

    /// Whether a thin line from a to b crosses any inserted box other than `except`.
    func lineIsFree(_ a: Point, _ b: Point, except: Int? = nil) -> Bool {
        boxes.withUnsafeBufferPointer { boxes in
            !anyOnSegment(a, b) { i in i != except && Self.segmentHitsRect(a, b, boxes[i].insetBy(0.5)) }
        }
    }

    /// Whether `hit` holds for some box that may meet the segment from `a` to `b`. Only the
    /// cells the segment passes through are looked in (a box it meets is filed in the cell of
    /// the point where it does), row by row and cell by cell from `a` on, where a box blocking
    /// a leader line most often is.
    @inline(__always)
    private func anyOnSegment(_ a: Point, _ b: Point, _ hit: (Int) -> Bool) -> Bool {
        for i in large where hit(i) { return true }
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return false }
        // A hair more than rounding can move a point across a cell's side.
        let slack = cellSize * 1e-6
        let first = cell(a.y, from: allowed.minY, count: rows), last = cell(b.y, from: allowed.minY, count: rows)
        return cells.withUnsafeBufferPointer { cells in
            for row in stride(from: first, through: last, by: last >= first ? 1 : -1) {
                let top = row == 0 ? -Double.infinity : allowed.minY + Double(row) * cellSize - slack
                let bottom = row == rows - 1 ? Double.infinity : allowed.minY + Double(row + 1) * cellSize + slack
                // The part of the segment within the row's height.
                var t0 = 0.0, t1 = 1.0
                if a.y != b.y {
                    let u = (top - a.y) / (b.y - a.y), v = (bottom - a.y) / (b.y - a.y)
                    t0 = max(0, min(u, v)); t1 = min(1, max(u, v))
                }
                guard t0 <= t1 else { continue }
                let xa = a.x + t0 * (b.x - a.x), xb = a.x + t1 * (b.x - a.x)
                let c0 = cell(min(xa, xb) - slack, from: allowed.minX, count: columns)
                let c1 = cell(max(xa, xb) + slack, from: allowed.minX, count: columns)
                for column in stride(from: a.x <= b.x ? c0 : c1, through: a.x <= b.x ? c1 : c0, by: a.x <= b.x ? 1 : -1) {
                    let found = cells[row * columns + column].withUnsafeBufferPointer { cell in cell.contains { hit(Int($0)) } }
                    if found { return true }
                }
            }
            return false
        }
    }

    /// Whether `hit` holds for some box that may meet `r` (each such box is offered at least
    /// once, until one holds).
    @inline(__always)
    private func anyNear(_ r: Rect, _ hit: (Int) -> Bool) -> Bool {
        for i in large where hit(i) { return true }
        guard let s = span(r) else { return false }
        return cells.withUnsafeBufferPointer { cells in
            for y in s.y0...s.y1 { for x in s.x0...s.x1 {
                let found = cells[y * columns + x].withUnsafeBufferPointer { cell in cell.contains { hit(Int($0)) } }
                if found { return true }
            } }
            return false
        }
    }

    /// The cells a rectangle covers, clamped to the grid (nil: not a finite rectangle).
    private func span(_ r: Rect) -> (x0: Int, y0: Int, x1: Int, y1: Int)? {
        guard r.minX.isFinite, r.minY.isFinite, r.maxX.isFinite, r.maxY.isFinite, r.minX <= r.maxX, r.minY <= r.maxY else { return nil }
        return (cell(r.minX, from: allowed.minX, count: columns), cell(r.minY, from: allowed.minY, count: rows),
                cell(r.maxX, from: allowed.minX, count: columns), cell(r.maxY, from: allowed.minY, count: rows))
    }

    @inline(__always)
    private func cell(_ v: Double, from origin: Double, count: Int) -> Int {
        let c = ((v - origin) / cellSize).rounded(.down)
        return c < 0 ? 0 : c >= Double(count - 1) ? count - 1 : Int(c)
    }

    private static func segmentHitsRect(_ a: Point, _ b: Point, _ r: Rect) -> Bool {
        if r.contains(a) || r.contains(b) { return true }
        let c0 = Point(r.minX, r.minY), c1 = Point(r.maxX, r.minY), c2 = Point(r.maxX, r.maxY), c3 = Point(r.minX, r.maxY)
        return segmentsCross(a, b, c0, c1) || segmentsCross(a, b, c1, c2) || segmentsCross(a, b, c2, c3) || segmentsCross(a, b, c3, c0)
    }

    private static func segmentsCross(_ p1: Point, _ p2: Point, _ p3: Point, _ p4: Point) -> Bool {
        func orient(_ a: Point, _ b: Point, _ c: Point) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
        let d1 = orient(p3, p4, p1), d2 = orient(p3, p4, p2), d3 = orient(p1, p2, p3), d4 = orient(p1, p2, p4)
        return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0)
    }
}
