import Foundation
import MapGeometry
import MapScene
import PartnerData

/// A partner's geodesic arc from the hub, projected: its visible pieces in order along it.
struct ProjectedArc {
    var city: City
    var pieces: [[Point]]
    /// Geodesic length in metres.
    var distance: Double
    /// The arc leaves the map before reaching its partner (over the horizon, out of the frame).
    var leavesAtEnd = false
    /// The arc comes into the map from a hub that is not on it.
    var entersAtStart = false

    /// An arc of projected pieces (see `pieces(of:projection:maxStep:near:)`), noting whether
    /// it is cut off at either end.
    init(city: City, pieces: [[Point]], distance: Double, hub: Point?, partner: Point?) {
        self.city = city
        self.distance = distance
        self.pieces = pieces
        if let last = pieces.last?.last {
            leavesAtEnd = partner.map { $0.distance(to: last) > 1 } ?? true
        }
        if let first = pieces.first?.first {
            entersAtStart = hub.map { $0.distance(to: first) > 1 } ?? true
        }
    }

    /// The projected pieces of each path, in order. With `near` (what of a path a regional
    /// map or an inset may show), only those parts of a path are projected.
    static func pieces(of paths: [[LonLat]], projection: MapProjection, maxStep: Double,
                       near: (([LonLat]) -> [[LonLat]])? = nil) -> [[[Point]]] {
        // Every part to project, and how many parts each path has; a path from the centre of an
        // azimuthal equidistant map is the straight line it is there, placed without PROJ.
        var parts: [[LonLat]] = [], counts: [Int] = [], straight: [Int: [[Point]]] = [:]
        let every = sampleStride(projection)
        for (i, full) in paths.enumerated() {
            if near == nil, let a = full.first, let b = full.last, full.count > 1,
               let line = projection.radialPieces(from: a, to: b, maxStep: maxStep) {
                straight[i] = line
                counts.append(0)
                continue
            }
            let path = every > 1 ? sparse(full, every: every) : full
            let mine = near?(path) ?? (path.isEmpty ? [] : [path])
            parts += mine
            counts.append(mine.count)
        }
        let projected = projection.pieces(ofEach: parts, maxStep: maxStep)
        var next = 0
        return counts.enumerated().map { i, n in
            defer { next += n }
            return straight[i] ?? projected[next..<next + n].flatMap { $0 }
        }
    }

    /// Every how many points of a geodesic (sampled every `PartnerGeodesic.spacing`) the
    /// projection needs: about one each `sampleSpacing` output units. The resampler puts points
    /// back on the great circle wherever the projected line bends, and between points that far
    /// apart the great circle strays from the ellipsoid's geodesic by under a hundredth of a
    /// pixel (some 200 m over 1,000 km, growing with the square of the distance). On a world map
    /// projecting every point sampled (each through PROJ) was most of the cost of thousands of arcs.
    static func sampleStride(_ projection: MapProjection) -> Int {
        let apart = PartnerGeodesic.spacing / 111_319.49 * projection.pixelsPerDegree
        return max(1, Int(sampleSpacing / apart))
    }

    /// About how far apart (output units) the points of a geodesic taken for projecting lie.
    static let sampleSpacing = 32.0

    /// Every `every`-th point of `path`, and its last.
    private static func sparse(_ path: [LonLat], every: Int) -> [LonLat] {
        guard path.count > 2 else { return path }
        var out = Swift.stride(from: 0, to: path.count - 1, by: every).map { path[$0] }
        out.append(path[path.count - 1])
        return out
    }
}

/// Draws arcs (longest first, so short ones stay on top and visible), each on a thin casing
/// that keeps arcs leaving the hub together distinguishable, with continuation marks where
/// an arc leaves the map at an edge and comes back at another.
struct ArcPainter {
    let styler: PartnerStyler
    let theme: Theme
    let sizing: Sizing
    let gradient: Bool
    let hubColor: Color
    /// Whether arcs get their casing (see `casesArcs`).
    var cased = true
    /// How much of its full width and opacity an arc keeps (see `thinning`).
    var thinning = 1.0

    /// How much wider than its arc a casing is.
    private static func casingMargin(_ sizing: Sizing) -> Double { 2 * max(0.6 * sizing.u, 0.8) }

    /// Whether `count` arcs in `frame` get casings: only while arcs leaving the hub can be told
    /// apart somewhere on the map, spaced round a circle of half the frame's shorter side by at
    /// least a casing's width (about a thousand arcs on a 1920×1080 map). Beyond that casings
    /// only hatch the area the arcs fill, and drawing them doubled the cost of drawing arcs.
    static func casesArcs(count: Int, frame: Rect, sizing: Sizing) -> Bool {
        Double.pi * min(frame.width, frame.height) / Double(max(count, 1)) >= sizing.arcWidth + casingMargin(sizing)
    }

    /// How much of its width and opacity each of `count` arcs keeps: all of both up to 200
    /// arcs; beyond, the square root of 200 over the count (a third at 1,800, a seventh at
    /// 10,000), never under a seventh, so that hundreds of arcs are hairlines that add up,
    /// darkest where most run, instead of a solid fan hiding the map and one another.
    static func thinning(count: Int) -> Double {
        count <= denseArcs ? 1 : max(1.0 / 7, (Double(denseArcs) / Double(count)).squareRoot())
    }

    /// More arcs than this are drawn thinner and translucent.
    static let denseArcs = 200

    /// Each arc's items (glow, casing, line, marks) tagged with its partner.
    func items(_ arcs: [ProjectedArc]) -> [SceneItem] {
        orderedItems(arcs.sorted(by: { $0.distance > $1.distance }))
    }

    /// Each arc's items, in the order given.
    func orderedItems(_ arcs: [ProjectedArc]) -> [SceneItem] {
        arcs.compactMap { arc in
            let items = items(arc)
            return items.isEmpty ? nil : .tagged(ItemTag(.arc, id: arc.city.id, year: arc.city.year), items)
        }
    }

    private func items(_ arc: ProjectedArc) -> [SceneItem] {
        var items: [SceneItem] = []
        let color = styler.color(arc.city)
        let width = styler.width(arc.city) * max(0.5, thinning)
        let path = Path(pieces: arc.pieces)
        guard !path.isEmpty else { return [] }
        // A glow round every one of hundreds of arcs would only blur them into one haze.
        if theme.arcGlow > 0 && thinning == 1 {
            items.append(.stroke(path, Stroke(color: color.withAlpha(0.18), width: width * theme.arcGlow)))
        }
        if cased { items.append(.stroke(path, Stroke(color: theme.arcCasing, width: width + Self.casingMargin(sizing)))) }
        let stroke = Stroke(color: color.withAlpha(0.92 * thinning), width: width, dash: styler.dash(arc.city), cap: .round)
        if gradient, let s = arc.pieces.first?.first, let e = arc.pieces.last?.last {
            items.append(.gradientStroke(path, stroke, start: s, end: e, from: hubColor.mixed(with: color, 0.35), to: color))
        } else {
            items.append(.stroke(path, stroke))
        }
        items += continuationMarks(arc, color: color, width: width)
        return items
    }

    /// Arrowheads where an arc leaves the map (pointing out) and where it comes back (pointing
    /// on): between its pieces, and at its ends when the hub or the partner is off the map.
    func continuationMarks(_ arc: ProjectedArc, color: Color, width: Double) -> [SceneItem] {
        let pieces = arc.pieces
        guard !pieces.isEmpty else { return [] }
        var items: [SceneItem] = []
        let size = max(3.2 * width, 4)
        func exit(_ piece: [Point]) {
            if let tip = piece.last, let dir = direction(piece.reversed(), length: size) {
                items.append(.fill(arrow(tip: tip, pointing: Point(-dir.x, -dir.y), size: size), color, .nonZero))
            }
        }
        func entry(_ piece: [Point]) {
            if let start = piece.first, let dir = direction(piece, length: size) {
                let tip = Point(start.x + dir.x * size, start.y + dir.y * size)
                items.append(.fill(arrow(tip: tip, pointing: dir, size: size), color, .nonZero))
            }
        }
        for k in 0..<(pieces.count - 1) {
            exit(pieces[k])
            entry(pieces[k + 1])
        }
        if arc.leavesAtEnd { exit(pieces[pieces.count - 1]) }
        if arc.entersAtStart { entry(pieces[0]) }
        return items
    }

    /// Unit direction from the first point towards the point `length` along the polyline.
    private func direction(_ pts: some Sequence<Point>, length: Double) -> Point? {
        var it = pts.makeIterator()
        guard let first = it.next() else { return nil }
        var last = first
        while let p = it.next() {
            last = p
            if first.distance(to: p) >= length { break }
        }
        let d = first.distance(to: last)
        guard d > 1e-9 else { return nil }
        return Point((last.x - first.x) / d, (last.y - first.y) / d)
    }

    private func arrow(tip: Point, pointing d: Point, size: Double) -> Path {
        let base = Point(tip.x - d.x * size, tip.y - d.y * size)
        let n = Point(-d.y * size * 0.45, d.x * size * 0.45)
        var p = Path()
        p.move(to: tip)
        p.line(to: Point(base.x + n.x, base.y + n.y))
        p.line(to: Point(base.x - n.x, base.y - n.y))
        p.close()
        return p
    }
}

extension ProjectedArc {
    /// The point nearest the arc's end that `accepts`, looking back along it at its vertices and
    /// at points no more than `step` apart between them (a long straight run has no vertices).
    func lastPoint(step: Double, where accepts: (Point) -> Bool) -> Point? {
        for piece in pieces.reversed() {
            guard var b = piece.last else { continue }
            if accepts(b) { return b }
            for a in piece.dropLast().reversed() {
                let n = Int((a.distance(to: b) / step).rounded(.up))
                for k in Swift.stride(from: 1, to: n, by: 1) {
                    let t = Double(k) / Double(n)
                    let p = Point(b.x + (a.x - b.x) * t, b.y + (a.y - b.y) * t)
                    if accepts(p) { return p }
                }
                if accepts(a) { return a }
                b = a
            }
        }
        return nil
    }

    /// The first `fraction` of the arc, by projected length (an arc growing from the hub).
    func truncated(_ fraction: Double) -> ProjectedArc {
        let total = pieces.reduce(0.0) { $0 + zip($1, $1.dropFirst()).reduce(0.0) { $0 + $1.0.distance(to: $1.1) } }
        var remaining = total * max(0, min(1, fraction))
        var out: [[Point]] = []
        for piece in pieces {
            guard remaining > 0, let first = piece.first else { break }
            var kept = [first]
            for (a, b) in zip(piece, piece.dropFirst()) {
                let d = a.distance(to: b)
                if d <= remaining {
                    kept.append(b)
                    remaining -= d
                } else {
                    let t = remaining / d
                    kept.append(Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
                    remaining = 0
                    break
                }
            }
            out.append(kept)
        }
        var arc = self
        arc.pieces = out
        // Only the part drawn so far gets marks; a cut-off tip is no edge.
        arc.leavesAtEnd = fraction >= 1 && leavesAtEnd
        return arc
    }
}

extension Path {
    /// An open path of several polylines.
    init(pieces: [[Point]]) {
        self.init()
        for piece in pieces where piece.count > 1 { append(Path(polyline: piece)) }
    }
}
