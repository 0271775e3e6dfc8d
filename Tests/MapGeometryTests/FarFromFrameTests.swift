import Foundation
import MapGeometry
import MapScene
import Testing

/// However large the scale, only the parts of a line near the frame are refined: on a map a
/// ten-millionth of a degree across, arcs and graticule lines far off it were resampled down to
/// the resampler's depth limit, some 65,000 points a segment (minutes for one map).
@Suite struct FarFromFrameTests {
    let box = GeoBox(west: 10, south: 10, east: 10.0000001, north: 10.0000001)!

    func tinyMap() throws -> MapProjection {
        try MapProjection(setup: .preset(.lambertConformal, center: box.center, latitudes: box.south...box.north),
                          frame: Rect(x: 0, y: 0, width: 1920, height: 1080), fit: .box(box))
    }

    /// An arc far off the map, adds a point or so a segment.
    @Test func arcFarOffTheMapIsBarelyRefined() throws {
        let map = try tinyMap()
        let arc = Geodesic.wgs84.path(LonLat(lon: 100, lat: 20), LonLat(lon: 140, lat: 40))
        #expect(map.pieces(of: arc).isEmpty)
        #expect(map.resampledPointCount <= arc.count, "\(map.resampledPointCount) points added to \(arc.count)")
    }

    /// A meridian through the map still crosses it from edge to edge, refined only near it.
    @Test func lineThroughTheMapStillCrossesIt() throws {
        let map = try tinyMap()
        let meridian = stride(from: -80.0, through: 80, by: 2.5).map { LonLat(lon: box.center.lon, lat: $0) }
        let pieces = map.pieces(of: meridian)
        let piece = try #require(pieces.first)
        #expect(pieces.count == 1)
        #expect(abs(piece.first!.y - piece.last!.y) >= 1079, "the meridian runs from top to bottom")
        #expect(map.resampledPointCount < 5_000, "\(map.resampledPointCount) points added")
    }

    /// Rings are refined all round (their course off the map decides how the frame closes them):
    /// a small country's outline still fills the map it covers.
    @Test func ringAroundTheMapStillFillsIt() throws {
        let map = try tinyMap()
        let ring = [LonLat(lon: 9, lat: 9), LonLat(lon: 9, lat: 11), LonLat(lon: 11, lat: 11), LonLat(lon: 11, lat: 9)]
        let area = abs(signedArea(map.polygonPath([ring])))
        #expect(abs(area - 1920 * 1080) < 1, "the ring covers the whole frame (\(area))")
    }
}
