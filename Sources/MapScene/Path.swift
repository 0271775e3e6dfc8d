/// A path of straight segments in output units: a list of subpaths, each open or closed.
package struct Path: Hashable, Sendable {
    package private(set) var points: [Point] = []
    /// Index into `points` where each subpath starts.
    package private(set) var starts: [Int] = []
    /// Whether each subpath is closed.
    package private(set) var closed: [Bool] = []

    package init() {}

    /// A path of one open polyline.
    package init(polyline: [Point]) {
        guard let first = polyline.first else { return }
        move(to: first)
        for p in polyline.dropFirst() { line(to: p) }
    }

    /// A closed rectangle.
    package init(rect r: Rect) {
        move(to: Point(r.minX, r.minY))
        line(to: Point(r.maxX, r.minY))
        line(to: Point(r.maxX, r.maxY))
        line(to: Point(r.minX, r.maxY))
        close()
    }

    package var isEmpty: Bool { points.isEmpty }
    package var subpathCount: Int { starts.count }

    package mutating func move(to p: Point) {
        starts.append(points.count)
        closed.append(false)
        points.append(p)
    }

    package mutating func line(to p: Point) {
        if starts.isEmpty { move(to: p); return }
        points.append(p)
    }

    package mutating func close() {
        if !closed.isEmpty { closed[closed.count - 1] = true }
    }

    package mutating func append(_ other: Path) {
        let base = points.count
        points.append(contentsOf: other.points)
        starts.append(contentsOf: other.starts.map { $0 + base })
        closed.append(contentsOf: other.closed)
    }

    /// This path with every point moved by `f` (e.g. scaled into another frame).
    package func mapped(_ f: (Point) -> Point) -> Path {
        var p = self
        p.points = points.map(f)
        return p
    }

    /// The points of subpath `i`.
    package func subpath(_ i: Int) -> ArraySlice<Point> {
        let end = i + 1 < starts.count ? starts[i + 1] : points.count
        return points[starts[i]..<end]
    }

    /// The bounding box, or nil for an empty path.
    package var bounds: Rect? {
        guard var minX = points.first?.x, var minY = points.first?.y else { return nil }
        var maxX = minX, maxY = minY
        for p in points {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        return Rect(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}
