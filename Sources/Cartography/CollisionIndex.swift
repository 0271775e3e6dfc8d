import Foundation
import MapScene

/// Everything already drawn that a label must not cover: boxes of labels, markers, the legend,
/// title, inset frames and credits. Also keeps labels inside their allowed area. Boxes are
/// filed in a grid of cells, so a lookup looks only at the boxes near it, however many there are.
struct CollisionIndex {
    private(set) var boxes: [Rect] = []
    /// Where labels may go (the map frame or an inset's frame).
    var allowed: Rect
    private let cellSize: Double
    private var cells: [Cell: [Int]] = [:]
    /// Boxes bigger than a few cells (title, legend, insets), checked one by one.
    private var large: [Int] = []

    /// Centres of the boxes that are markers, by box index.
    private var markerCentres: [Int: Point] = [:]

    private struct Cell: Hashable { var x: Int; var y: Int }

    init(allowed: Rect, cellSize: Double = 32) {
        self.allowed = allowed
        self.cellSize = max(cellSize, 1)
    }

    mutating func insert(_ r: Rect) {
        let i = boxes.count
        boxes.append(r)
        guard let span = span(r), (span.x1 - span.x0 + 1) * (span.y1 - span.y0 + 1) <= 64 else { large.append(i); return }
        for x in span.x0...span.x1 { for y in span.y0...span.y1 { cells[Cell(x: x, y: y), default: []].append(i) } }
    }

    /// Inserts a city marker's box, remembering its centre; returns its index.
    @discardableResult
    mutating func insertMarker(_ centre: Point, radius: Double) -> Int {
        let r = radius + 1
        markerCentres[boxes.count] = centre
        insert(Rect(x: centre.x - r, y: centre.y - r, width: 2 * r, height: 2 * r))
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
        var nearer = false
        forEachNear(box.insetBy(-(clear + 1))) { i in
            if !nearer, i != own, let c = markerCentres[i], Self.distance(c, box) < clear { nearer = true }
        }
        return nearer
    }

    private static func distance(_ p: Point, _ r: Rect) -> Double {
        hypot(max(r.minX - p.x, 0, p.x - r.maxX), max(r.minY - p.y, 0, p.y - r.maxY))
    }

    /// Whether `r` fits: inside the allowed area and clear of everything inserted.
    func isFree(_ r: Rect) -> Bool {
        guard allowed.contains(r) else { return false }
        var free = true
        forEachNear(r) { i in if boxes[i].intersects(r) { free = false } }
        return free
    }

    /// Whether a thin line from a to b crosses any inserted box other than `except`.
    func lineIsFree(_ a: Point, _ b: Point, except: Set<Int> = []) -> Bool {
        let bounds = Rect(minX: min(a.x, b.x), minY: min(a.y, b.y), maxX: max(a.x, b.x), maxY: max(a.y, b.y))
        var free = true
        forEachNear(bounds) { i in
            if free, !except.contains(i), Self.segmentHitsRect(a, b, boxes[i].insetBy(0.5)) { free = false }
        }
        return free
    }

    /// Calls `body` with every box that may meet `r` (some more than once).
    private func forEachNear(_ r: Rect, _ body: (Int) -> Void) {
        for i in large { body(i) }
        guard let span = span(r) else { return }
        for x in span.x0...span.x1 { for y in span.y0...span.y1 {
            for i in cells[Cell(x: x, y: y)] ?? [] { body(i) }
        } }
    }

    private func span(_ r: Rect) -> (x0: Int, y0: Int, x1: Int, y1: Int)? {
        let v = [r.minX, r.minY, r.maxX, r.maxY].map { $0 / cellSize }
        guard v.allSatisfy({ $0.isFinite && abs($0) < 1e9 }) else { return nil }
        return (Int(v[0].rounded(.down)), Int(v[1].rounded(.down)), Int(v[2].rounded(.down)), Int(v[3].rounded(.down)))
    }

    private static func segmentHitsRect(_ a: Point, _ b: Point, _ r: Rect) -> Bool {
        if r.contains(a) || r.contains(b) { return true }
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        for i in 0..<4 where segmentsCross(a, b, corners[i], corners[(i + 1) % 4]) { return true }
        return false
    }

    private static func segmentsCross(_ p1: Point, _ p2: Point, _ p3: Point, _ p4: Point) -> Bool {
        func orient(_ a: Point, _ b: Point, _ c: Point) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
        let d1 = orient(p3, p4, p1), d2 = orient(p3, p4, p2), d3 = orient(p1, p2, p3), d4 = orient(p1, p2, p4)
        return (d1 > 0) != (d2 > 0) && (d3 > 0) != (d4 > 0)
    }
}
