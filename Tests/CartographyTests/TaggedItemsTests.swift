@testable import Cartography
import MapScene
import Testing

/// Everything drawn for a partner carries its tag, so an interactive page (the HTML map's year
/// slider) hides all of it together: markers, and the ticks of markers moved apart.
@Suite(.serialized) struct TaggedItemsTests {
    @Test func movedMarkersTicksAreTaggedWithTheirCity() throws {
        // Partners a few kilometres apart far from the hub: their markers hide each other and are moved apart.
        let partners: [(Double, Double)] = (0..<6).map { (i: Int) -> (Double, Double) in
            let dx = 0.02 * Double(i % 3), dy = 0.02 * Double(i / 3)
            return (2.35 + dx, 48.85 + dy)
        }
        let plan = try Fixture.plan(["--inset", "none"], network: Fixture.network(hub: (108.3, 22.8), partners: partners))
        #expect(!plan.markerTicks.isEmpty, "the markers were spread")
        let cities = try #require(SceneAssembler(plan: plan).scene().layers.first { $0.name == "cities" })
        var untagged = 0, ticks = 0
        for item in cities.items {
            guard case let .tagged(tag, parts) = item else { untagged += 1; continue }
            #expect(tag.kind == ItemTag.Kind.city)
            ticks += parts.filter { if case .stroke = $0 { return true } else { return false } }.count
        }
        #expect(untagged == 0)
        #expect(ticks == plan.markerTicks.count)
    }
}
