/// The stream every stage of the geo pipeline speaks (in the style of d3-geo).
///
/// Spherical stages receive longitude/latitude in radians, planar stages receive output units.
/// A polygon is `polygonStart`, its rings (each `lineStart`, points, `lineEnd`, the first point
/// not repeated), then `polygonEnd`. `sphere` asks for the outline of the whole globe.
package protocol GeoStream: AnyObject {
    func point(_ x: Double, _ y: Double)
    func lineStart()
    func lineEnd()
    func polygonStart()
    func polygonEnd()
    func sphere()
}
