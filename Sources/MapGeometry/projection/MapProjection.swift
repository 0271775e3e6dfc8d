import Foundation
import MapScene

/// What a projected map is fitted to.
package enum FitTarget: Sendable {
    /// The whole globe (the sphere outline, or the projection's world latitude band).
    case world
    /// A longitude/latitude box.
    case box(GeoBox)
    /// The given lines and points, with a margin (a fraction of the fitted size on each side).
    case content(lines: [[LonLat]], margin: Double)
}

/// A projection fitted into a frame rectangle, with the whole pipeline behind it:
/// degrees → rotate → clip on the sphere → adaptive resample → PROJ → clip to the frame → path.
package final class MapProjection {
    package let setup: ProjectionSetup
    /// The rectangle (output units) the map is drawn into; nothing is emitted outside it.
    package let frame: Rect
    /// The resampling tolerance in output units.
    package let tolerance: Double
    let projector: Projector
    private let edge: SphereEdge
    private let sink: PathSink
    private let head: GeoStream
    private let resample: ResampleStage
    /// Midpoints inserted into pieces of lines (each line has a pipeline of its own).
    private var piecesInserted = 0

    package convenience init(setup: ProjectionSetup, frame: Rect, fit: FitTarget, tolerance: Double = 0.5) throws {
        try self.init(setup: setup, frame: frame, tolerance: tolerance)
        try fitInto(fit)
    }

    /// The pipeline, its projector not yet fitted.
    private init(setup: ProjectionSetup, frame: Rect, tolerance: Double) throws {
        self.setup = setup
        self.frame = frame
        self.tolerance = tolerance
        let transform = try ProjTransform(definition: setup.isLongLat ? "+proj=noop" : setup.definition)
        projector = Projector(transform: transform, rotation: setup.rotation, tiltsInPROJ: setup.tiltsInPROJ,
                              latitudeLimit: setup.latitudeLimit.map { $0 * Sphere.radians }, isLongLat: setup.isLongLat)
        sink = PathSink(minStep: 2 * tolerance, tolerance: tolerance)
        switch setup.clip {
        case .antimeridian: edge = AntimeridianEdge()
        case .circle(let r): edge = CircleEdge(radius: r * Sphere.radians)
        }
        let rect = RectangleClipStage(x0: frame.minX, y0: frame.minY, x1: frame.maxX, y1: frame.maxY, next: sink)
        resample = ResampleStage(projector: projector, tolerance: tolerance, frame: frame, next: rect)
        head = RotateStage(setup.rotation, next: SphereClipStage(edge: edge, next: resample))
    }

    /// The same projection with a pipeline and PROJ transform of its own, for another thread.
    package func copy() throws -> MapProjection {
        let c = try MapProjection(setup: setup, frame: frame, tolerance: tolerance)
        c.projector.scale = projector.scale
        c.projector.tx = projector.tx
        c.projector.ty = projector.ty
        return c
    }

    /// Output units per projected metre.
    package var scale: Double { projector.scale }

    /// What makes this projection what it is: two with the same identity put every point in
    /// the same place and cut every line the same way (their fitted scale and offset included).
    package var identity: ProjectionIdentity {
        ProjectionIdentity(definition: setup.definition, center: setup.center, tiltsInPROJ: setup.tiltsInPROJ, clip: setup.clip,
                           latitudeLimit: setup.latitudeLimit, isLongLat: setup.isLongLat, frame: frame, tolerance: tolerance,
                           scale: projector.scale, tx: projector.tx, ty: projector.ty)
    }

    // MARK: fitting

    private func fitInto(_ fit: FitTarget) throws {
        // Project at a provisional scale without the frame clip, measure, then set the real scale.
        projector.scale = min(frame.width, frame.height) / (Double.pi * 6_378_137)
        projector.tx = 0
        projector.ty = 0
        let bounds = BoundsSink()
        let measure = RotateStage(setup.rotation, next: SphereClipStage(
            edge: edge, next: ResampleStage(projector: projector, tolerance: tolerance * 4, next: bounds)))
        var margin = 0.0
        switch fit {
        case .world:
            if let band = setup.worldLatitudeBand {
                GeoFeed.box(west: setup.center.lon - 180, south: -band, unwrappedEast: setup.center.lon + 180, north: band, into: measure)
            } else {
                measure.sphere()
            }
        case let .box(box):
            GeoFeed.box(west: box.west, south: box.south, unwrappedEast: box.unwrappedEast, north: box.north, into: measure)
        case let .content(lines, m):
            margin = m
            for line in lines {
                if line.count == 1 { measure.point(line[0].lon, line[0].lat) } else { GeoFeed.line(line, into: measure) }
            }
        }
        guard let b = bounds.rect, b.width > 0 || b.height > 0 else {
            throw ProjectionError.invalid("nothing to fit: the map's extent projects to an empty area")
        }
        let w = max(b.width, 1e-9) * (1 + 2 * margin), h = max(b.height, 1e-9) * (1 + 2 * margin)
        let k = min(frame.width / w, frame.height / h)
        projector.scale *= k
        projector.tx = frame.midX - b.midX * k
        projector.ty = frame.midY - b.midY * k
    }

    // MARK: projecting

    /// The outline of the visible globe (the whole sphere, clipped to the frame).
    package func spherePath() -> Path {
        head.sphere()
        return sink.take()
    }

    /// Projected lines (e.g. the graticule or borders), each possibly cut into pieces.
    package func linesPath(_ lines: [[LonLat]]) -> Path {
        for line in lines { GeoFeed.line(line, into: head) }
        return sink.take()
    }

    /// Projected lines stored flat: `lines` index ranges into `points`.
    package func linesPath(points: [LonLat], lines: [Range<Int>]) -> Path {
        for r in lines { GeoFeed.line(points[r], into: head) }
        return sink.take()
    }

    /// The visible pieces of one line (an arc), in order along it, resampled and simplified
    /// within the tolerance: every segment lies that close to the true curve. With `maxStep`,
    /// no segment is longer than that, its points all on the true curve: a straight run is
    /// drawn as the line it is, not as one chord (and an animation draws it part-way by length).
    package func pieces(of line: [LonLat], maxStep: Double? = nil) -> [[Point]] {
        // A pipeline of its own for the line, its sink keeping pieces as they come.
        let sink = PieceSink(minStep: 2 * tolerance, tolerance: tolerance, maxStep: maxStep)
        let rect = RectangleClipStage(x0: frame.minX, y0: frame.minY, x1: frame.maxX, y1: frame.maxY, next: sink)
        let resample = ResampleStage(projector: projector, tolerance: tolerance, maxStep: maxStep, frame: frame, next: rect)
        GeoFeed.line(line, into: RotateStage(setup.rotation, next: SphereClipStage(edge: edge, next: resample)))
        piecesInserted += resample.insertedPoints
        return sink.pieces
    }

    /// `pieces(of:maxStep:)` of each line, in order, worked out on as many threads as there are
    /// cores when there are many lines (each thread with a copy of the projection: a PROJ
    /// transform stays on one thread). The pieces are the same however many threads there are.
    package func pieces(ofEach lines: [[LonLat]], maxStep: Double? = nil) -> [[[Point]]] {
        let threads = min(ProcessInfo.processInfo.activeProcessorCount, lines.count / Self.linesPerThread)
        let copies = threads > 1 ? (1..<threads).compactMap { _ in try? copy() } : []
        guard !copies.isEmpty else { return lines.map { pieces(of: $0, maxStep: maxStep) } }
        let work = ParallelPieces(lines: lines, projections: [self] + copies, maxStep: maxStep)
        DispatchQueue.concurrentPerform(iterations: work.projections.count) { work.run($0) }
        piecesInserted += copies.map(\.resampledPointCount).reduce(0, +)
        return work.joined
    }

    /// Fewer lines than this a thread are projected on the calling thread alone.
    static let linesPerThread = 256

    /// Projected polygons stored flat: rings index `points` (not closed), polygons index rings.
    package func polygonsPath(points: [LonLat], rings: [Range<Int>], polygons: some Sequence<Range<Int>>) -> Path {
        for poly in polygons {
            GeoFeed.polygon(points: points, rings: rings[poly], into: head)
        }
        return sink.take()
    }

    /// Projected polygon given as rings of points (first ring exterior, clockwise).
    package func polygonPath(_ rings: [[LonLat]]) -> Path {
        head.polygonStart()
        for ring in rings { GeoFeed.ring(ring[...], into: head) }
        head.polygonEnd()
        return sink.take()
    }

    /// Where a point lands on the map, or nil when it is hidden (beyond the horizon) or outside the frame.
    package func point(_ p: LonLat) -> Point? {
        guard let q = unclippedPoint(p) else { return nil }
        return frame.insetBy(-1e-6).contains(q) ? q : nil
    }

    /// Where a point lands in output units, even outside the frame; nil when hidden on the sphere.
    package func unclippedPoint(_ p: LonLat) -> Point? {
        let r = setup.rotation.rotate(p.lon * Sphere.radians, p.lat * Sphere.radians)
        guard edge.isVisible(r.0, r.1) else { return nil }
        let q = projector.project(r.0, r.1)
        return q.0.isFinite && q.1.isFinite ? Point(q.0, q.1) : nil
    }

    /// The longitude/latitude box of what a rectangle of the map shows (its outline taken back
    /// through the projection, 64 points a side): what a regional map or an inset needs of the
    /// basemap. Nil when no such box exists: a pole in the rectangle, a point PROJ cannot take
    /// back, or longitudes across ±180° (where the basemap's rings are cut).
    package func geographicBox(of rect: Rect) -> GeoBox? {
        lonLatBounds(of: rect).flatMap { GeoBox(west: $0.west, south: $0.south, east: $0.east, north: $0.north) }
    }

    /// The bounds of what a rectangle of the map shows, as `geographicBox(of:)` finds them, but
    /// with longitudes counted on from the map's centre meridian (west < east, either of them
    /// possibly beyond ±180°), so that a rectangle across ±180° has bounds too. Nil when a pole
    /// is in the rectangle or PROJ cannot take a point of its outline back.
    package func lonLatBounds(of rect: Rect) -> (west: Double, south: Double, east: Double, north: Double)? {
        for pole in [LonLat(lon: setup.center.lon, lat: 90), LonLat(lon: setup.center.lon, lat: -90)] {
            if let p = unclippedPoint(pole), rect.insetBy(-1).contains(p) { return nil }
        }
        var west = Double.infinity, east = -Double.infinity, south = Double.infinity, north = -Double.infinity
        let n = 64
        for k in 0..<n {
            let t = Double(k) / Double(n)
            for (x, y) in [(rect.minX + t * rect.width, rect.minY), (rect.maxX, rect.minY + t * rect.height),
                           (rect.maxX - t * rect.width, rect.maxY), (rect.minX, rect.maxY - t * rect.height)] {
                let g = projector.unproject(x, y)
                guard g.0.isFinite, g.1.isFinite else { return nil }
                let lon = g.0 / Sphere.radians, lat = g.1 / Sphere.radians
                west = min(west, lon); east = max(east, lon); south = min(south, lat); north = max(north, lat)
            }
        }
        return (west, south, east, north)
    }

    /// Midpoints the resampler has inserted so far, in paths and in pieces of lines (to study the
    /// tolerance, and the work a map's scale costs).
    package var resampledPointCount: Int { resample.insertedPoints + piecesInserted }
}

/// Feeds geographic data (degrees) into a stream.
enum GeoFeed {
    static func line(_ points: some Collection<LonLat>, into s: GeoStream) {
        s.lineStart()
        for p in points { s.point(p.lon, p.lat) }
        s.lineEnd()
    }

    static func ring(_ points: ArraySlice<LonLat>, into s: GeoStream) {
        var pts = points
        if pts.count > 1, pts.first == pts.last { pts = pts.dropLast() }
        s.lineStart()
        for p in pts { s.point(p.lon, p.lat) }
        s.lineEnd()
    }

    static func polygon(points: [LonLat], rings: ArraySlice<Range<Int>>, into s: GeoStream) {
        s.polygonStart()
        for r in rings { ring(points[r], into: s) }
        s.polygonEnd()
    }

    /// A longitude/latitude box as a clockwise ring, densified so its sides follow meridians and
    /// parallels; `unwrappedEast` runs on from `west` (it may pass 180, as `GeoBox.unwrappedEast`).
    static func box(west: Double, south: Double, unwrappedEast east: Double, north: Double, into s: GeoStream) {
        s.polygonStart()
        s.lineStart()
        for p in boxRing(west: west, south: south, unwrappedEast: east, north: north) { s.point(p.lon, p.lat) }
        s.lineEnd()
        s.polygonEnd()
    }

    static func boxRing(west: Double, south: Double, unwrappedEast east: Double, north: Double) -> [LonLat] {
        let step = 1.0
        var ring: [LonLat] = []
        // Clockwise in the (lon, lat) plane: up the west side, east along the north, down, back along the south.
        var lat = south
        while lat < north { ring.append(LonLat(lon: west, lat: lat)); lat += step }
        var lon = west
        while lon < east { ring.append(LonLat(lon: lon, lat: north)); lon += step }
        lat = north
        while lat > south { ring.append(LonLat(lon: east, lat: lat)); lat -= step }
        lon = east
        while lon > west { ring.append(LonLat(lon: lon, lat: south)); lon -= step }
        return ring.map { LonLat(lon: $0.lon > 180 ? $0.lon - 360 : $0.lon, lat: $0.lat) }
    }
}

/// A sink that only measures the bounding box of what reaches it.
final class BoundsSink: GeoStream {
    private(set) var rect: Rect?
    func point(_ x: Double, _ y: Double) {
        guard x.isFinite, y.isFinite else { return }
        let r = Rect(x: x, y: y, width: 0, height: 0)
        rect = rect.map { $0.union(r) } ?? r
    }
    func lineStart() {}
    func lineEnd() {}
    func polygonStart() {}
    func polygonEnd() {}
    func sphere() {}
}

extension MapProjection {
    /// Output units per degree of longitude at the map's centre (for choosing a level of detail).
    package var pixelsPerDegree: Double { scale * 111_319.49 }
}

/// The work of `pieces(ofEach:)`: thread k projects the k-th run of lines with the k-th projection
/// (its own), and keeps what it found apart from the other threads'.
private final class ParallelPieces: @unchecked Sendable {
    let lines: [[LonLat]]
    let projections: [MapProjection]
    let maxStep: Double?
    private let lock = NSLock()
    private var chunks: [[[[Point]]]]

    init(lines: [[LonLat]], projections: [MapProjection], maxStep: Double?) {
        self.lines = lines; self.projections = projections; self.maxStep = maxStep
        chunks = Array(repeating: [], count: projections.count)
    }

    func run(_ k: Int) {
        let per = (lines.count + projections.count - 1) / projections.count
        let range = min(lines.count, k * per)..<min(lines.count, (k + 1) * per)
        let found = lines[range].map { projections[k].pieces(of: $0, maxStep: maxStep) }
        lock.lock(); chunks[k] = found; lock.unlock()
    }

    var joined: [[[Point]]] { chunks.flatMap { $0 } }
}
