import MapGeometry
import Testing

@Suite struct AutoFrameTests {
    /// Arcs spanning 100°E eastwards to 60°W leave the Atlantic–Africa gap: the edge goes there.
    @Test func edgeGoesIntoTheWidestGap() {
        let hub = LonLat(lon: 108, lat: 22)
        let lines = [Geodesic.wgs84.path(hub, LonLat(lon: -111, lat: 40)), Geodesic.wgs84.path(hub, LonLat(lon: 14, lat: 46))]
        let c = AutoFrame.centerLongitude(lines: lines, points: [hub])
        // The gap runs from about -100° east to about 14°: its middle is about -43°, so the centre is about 137°.
        var edge = c + 180
        if edge > 180 { edge -= 360 }
        #expect(edge > -100 && edge < 14, "edge \(edge)")
    }

    @Test func pacificHubCentresOnThePacific() {
        let hub = LonLat(lon: -165, lat: 20)
        let lines = [LonLat(lon: 120, lat: 30), LonLat(lon: 140, lat: -30), LonLat(lon: -80, lat: 40), LonLat(lon: -100, lat: 20)]
            .map { Geodesic.wgs84.path(hub, $0) }
        let c = AutoFrame.centerLongitude(lines: lines, points: [hub])
        #expect(c > 150 || c < -120, "centre \(c)")
    }

    @Test func fullyCoveredLongitudesStillGiveACentre() {
        let lines = stride(from: -180.0, to: 180, by: 20).map { [LonLat(lon: $0, lat: 0), LonLat(lon: $0 + 25, lat: 0)] }
        let c = AutoFrame.centerLongitude(lines: lines)
        #expect(c >= -180 && c <= 180)
    }
}
