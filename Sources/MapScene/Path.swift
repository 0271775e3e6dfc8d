/// A path of straight segments in output units: a list of subpaths, each open or closed.
public struct Path: Sendable {
    public private(set) var points: [Point] = []
    /// Index into `points` where each subpath starts.
    public private(set) var starts: [Int] = []
    /// Whether each subpath is closed.
    public private(set) var closed: [Bool] = []

    public init() {}

    /// A path of one open polyline.
    public init(polyline: [Point]) {
        guard let first = polyline.first else { return }
        move(to: first)
        for p in polyline.dropFirst() { line(to: p) }
    }

    /// A closed rectangle.
    public init(rect r: Rect) {
        move(to: Point(r.minX, r.minY))
        line(to: Point(r.maxX, r.minY))
        line(to: Point(r.maxX, r.maxY))
        line(to: Point(r.minX, r.maxY))
        close()
    }

    public var isEmpty: Bool { points.isEmpty }
    public var subpathCount: Int { starts.count }

    public mutating func move(to p: Point) {
        starts.append(points.count)
        closed.append(false)
        points.append(p)
    }

    public mutating func line(to p: Point) {
        if starts.isEmpty { move(to: p); return }
        points.append(p)
    }

    public mutating func close() {
        if !closed.isEmpty { closed[closed.count - 1] = true }
    }

    public mutating func append(_ other: Path) {
        let base = points.count
        points.append(contentsOf: other.points)
        starts.append(contentsOf: other.starts.map { $0 + base })
        closed.append(contentsOf: other.closed)
    }

    /// This path with every point moved by `f` (e.g. scaled into another frame).
    public func mapped(_ f: (Point) -> Point) -> Path {
        var p = self
        p.points = points.map(f)
        return p
    }

    /// The points of subpath `i`.
    public func subpath(_ i: Int) -> ArraySlice<Point> {
        let end = i + 1 < starts.count ? starts[i + 1] : points.count
        return points[starts[i]..<end]
    }

    /// The bounding box, or nil for an empty path.
    public var bounds: Rect? {
        guard var minX = points.first?.x, var minY = points.first?.y else { return nil }
        var maxX = minX, maxY = minY
        for p in points {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        return Rect(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}
