/// A geographic position in degrees (WGS84): longitude east, latitude north.
public struct LonLat: Hashable, Sendable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }
}
