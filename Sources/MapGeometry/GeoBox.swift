/// A longitude/latitude box in degrees. Longitudes are in [-180, 180]; when the box crosses the
/// antimeridian, `west` is greater than `east` (170, -30, -170, 0 is 20° wide). Every question
/// that depends on the wrap (width, containment, centre, union) is answered here.
public struct GeoBox: Hashable, Sendable {
    public let west: Double, south: Double, east: Double, north: Double

    /// A box with some area: longitudes in [-180, 180], latitudes in [-90, 90], `south < north`
    /// and `west != east` (-180, …, 180, … is the whole circle of longitudes). Nil otherwise.
    public init?(west: Double, south: Double, east: Double, north: Double) {
        guard (-180...180).contains(west), (-180...180).contains(east), (-90...90).contains(south),
              (-90...90).contains(north), south < north, west != east else { return nil }
        self.init(unchecked: west, south, east, north)
    }

    /// A box around one point (no width, no height).
    public init(around p: LonLat) {
        let lon = Self.wrap(p.lon)
        self.init(unchecked: lon, p.lat, lon, p.lat)
    }

    init(unchecked west: Double, _ south: Double, _ east: Double, _ north: Double) {
        self.west = west; self.south = south; self.east = east; self.north = north
    }

    /// The whole globe.
    public static let world = GeoBox(unchecked: -180, -90, 180, 90)

    /// Whether the box runs across ±180° (then `west > east`).
    public var crossesAntimeridian: Bool { west > east }

    /// The east edge counted on from `west`: `east + 360` across ±180°, so `west ... unwrappedEast`
    /// is an increasing range (longitudes beyond 180 then stand for those past the antimeridian).
    public var unwrappedEast: Double { crossesAntimeridian ? east + 360 : east }

    /// Degrees of longitude from west to east (0 to 360).
    public var width: Double { unwrappedEast - west }

    /// Degrees of latitude from south to north.
    public var height: Double { north - south }

    /// The middle of the box; its longitude in [-180, 180].
    public var center: LonLat { LonLat(lon: Self.wrap((west + unwrappedEast) / 2), lat: (south + north) / 2) }

    /// Whether a point lies in the box (edges included); any longitude, taken modulo 360.
    public func contains(lon: Double, lat: Double) -> Bool {
        guard lat >= south && lat <= north else { return false }
        if lon >= west && lon <= unwrappedEast { return true }
        let l = Self.wrap(lon)
        return crossesAntimeridian ? (l >= west || l <= east) : (l >= west && l <= east)
    }

    public func contains(_ p: LonLat) -> Bool { contains(lon: p.lon, lat: p.lat) }

    /// The smallest box holding both: of the two ways round, the narrower one.
    public func union(_ other: GeoBox) -> GeoBox {
        // The narrowest arc covering two arcs starts where one of them starts.
        let fromSelf = max(width, Self.eastward(west, other.west) + other.width)
        let fromOther = max(other.width, Self.eastward(other.west, west) + width)
        let s = min(south, other.south), n = max(north, other.north)
        let (start, w) = fromSelf <= fromOther ? (west, fromSelf) : (other.west, fromOther)
        if w >= 360 { return GeoBox(unchecked: -180, s, 180, n) }
        return GeoBox(unchecked: start, s, Self.wrap(start + w), n)
    }

    /// The box grown to hold a point, the narrower way round.
    public func including(_ p: LonLat) -> GeoBox { union(GeoBox(around: p)) }

    /// Whether the two boxes share a point.
    public func intersects(_ other: GeoBox) -> Bool {
        guard south <= other.north && other.south <= north else { return false }
        return Self.eastward(west, other.west) <= width || Self.eastward(other.west, west) <= other.width
    }

    /// Whether the box meets a span of plain longitudes and latitudes (one that does not cross
    /// ±180°, such as a feature's bounding box): cheaper than `intersects`, for filtering.
    public func meets(lons: ClosedRange<Double>, lats: ClosedRange<Double>) -> Bool {
        guard lats.upperBound >= south && lats.lowerBound <= north else { return false }
        if crossesAntimeridian { return lons.upperBound >= west || lons.lowerBound <= east }
        return lons.upperBound >= west && lons.lowerBound <= east
    }

    /// The box grown by `lon` degrees on the west and east and `lat` on the south and north
    /// (latitudes stop at ±`latitudeLimit`; the whole circle when it would wrap round).
    public func expanded(lon: Double, lat: Double, latitudeLimit: Double = 90) -> GeoBox {
        let s = max(-latitudeLimit, south - lat), n = min(latitudeLimit, north + lat)
        if width + 2 * lon >= 360 { return GeoBox(unchecked: -180, s, 180, n) }
        return GeoBox(unchecked: Self.wrap(west - lon), s, Self.wrap(east + lon), n)
    }

    /// The outline as a clockwise ring, `pointsPerSide` on each side so the sides follow
    /// meridians and parallels once projected.
    public func ring(pointsPerSide n: Int = 24) -> [LonLat] {
        let east = unwrappedEast
        var ring: [LonLat] = []
        func lerp(_ a: Double, _ b: Double, _ k: Int) -> Double { a + (b - a) * Double(k) / Double(n) }
        for k in 0..<n { ring.append(LonLat(lon: west, lat: lerp(south, north, k))) }
        for k in 0..<n { ring.append(LonLat(lon: lerp(west, east, k), lat: north)) }
        for k in 0..<n { ring.append(LonLat(lon: east, lat: lerp(north, south, k))) }
        for k in 0..<n { ring.append(LonLat(lon: lerp(east, west, k), lat: south)) }
        return ring.map { LonLat(lon: $0.lon > 180 ? $0.lon - 360 : $0.lon, lat: $0.lat) }
    }

    /// A longitude brought into [-180, 180].
    static func wrap(_ lon: Double) -> Double {
        var v = lon
        while v > 180 { v -= 360 }
        while v < -180 { v += 360 }
        return v
    }

    /// Degrees eastward from longitude `a` to `b`, in [0, 360).
    static func eastward(_ a: Double, _ b: Double) -> Double {
        let d = (b - a).truncatingRemainder(dividingBy: 360)
        return d < 0 ? d + 360 : d
    }
}
