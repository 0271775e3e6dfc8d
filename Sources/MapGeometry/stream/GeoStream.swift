/// The stream every stage of the geo pipeline speaks (in the style of d3-geo).
///
/// Spherical stages receive longitude/latitude in radians, planar stages receive output units.
/// A polygon is `polygonStart`, its rings (each `lineStart`, points, `lineEnd`, the first point
/// not repeated), then `polygonEnd`. `sphere` asks for the outline of the whole globe.
///
/// Stages are classes whose per-point state is only touched by their own methods, on one thread,
/// and never passed inout across a call, so no access can overlap another. Those properties are
/// marked `@exclusivity(unchecked)`: Swift's run-time checks on them (begin/end access for every
/// point) were 5.5% of the instructions of `partnermap bench`.
package protocol GeoStream: AnyObject {
    func point(_ x: Double, _ y: Double)
    func lineStart()
    func lineEnd()
    func polygonStart()
    func polygonEnd()
    func sphere()
}
