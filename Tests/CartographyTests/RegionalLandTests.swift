@testable import Cartography
import MapScene
import PartnerData
import Testing

/// Regional maps and insets cut the basemap to what their frame shows before projecting; land
/// must still fill exactly the land: known inland places inside it, seas outside.
@Suite struct RegionalLandTests {
    /// A hub in Vienna with partners on land and, for the test, two in seas: wide and low, like
    /// the synthetic dense table whose south side of the cut once ran across the map.
    @Test func regionalMapFillsLandAndLeavesSeas() throws {
        let places: [(String, Double, Double, Bool)] = [
            ("Ankara", 32.85, 39.93, true), ("Moscow", 37.62, 55.75, true), ("Tashkent", 69.24, 41.30, true),
            ("Tehran", 51.39, 35.69, true), ("Kyiv", 30.52, 50.45, true), ("Baghdad", 44.36, 33.31, true),
            ("Damascus", 36.29, 33.51, true), ("Cairo", 31.24, 30.04, true), ("Ashgabat", 58.38, 37.95, true),
            ("Caspian Sea", 51.0, 41.5, false), ("Black Sea", 34.0, 43.3, false), ("Adriatic", 15.0, 43.0, false),
        ]
        let network = Fixture.network(hub: (16.37, 48.21), partners: places.map { ($0.1, $0.2) })
        let plan = try Fixture.plan(["--inset", "none"], network: network)
        #expect(!plan.projectionName.contains("Equal Earth"), "a regional map: \(plan.projectionName)")
        for (i, place) in places.enumerated() {
            let p = try #require(plan.partnerPoints["p\(i)"], "\(place.0) is on the map")
            #expect(plan.basemap.land.fillContains(p) == place.3, "\(place.0) \(place.3 ? "on land" : "at sea")")
        }
    }

    @Test func aseanInsetFillsLand() throws {
        let plan = try Fixture.plan()
        let inset = try #require(plan.insets.first)
        for id in ["khon-kaen", "phnom-penh"] {
            let p = try #require(inset.partnerPoints[id], "\(id) is in the inset")
            #expect(inset.basemap.land.fillContains(p), "\(id) on land")
        }
        let hub = try #require(inset.hubPoint)
        #expect(inset.basemap.land.fillContains(hub))
    }
}
