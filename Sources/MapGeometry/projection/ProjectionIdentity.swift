import MapScene

/// A fitted projection's defining values, to find work done with an equal projection again
/// (a projected basemap kept between maps of one framing).
package struct ProjectionIdentity: Hashable, Sendable {
    var definition: String
    var center: LonLat
    var tiltsInPROJ: Bool
    var clip: SphereClipKind
    var latitudeLimit: Double?
    var isLongLat: Bool
    var frame: Rect
    var tolerance: Double
    var scale: Double
    var tx: Double
    var ty: Double
}
