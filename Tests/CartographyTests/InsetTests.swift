import Cartography
import Foundation
import MapScene
import Testing

@Suite(.serialized) struct InsetTests {
    @Test func defaultAseanInsetNeverCoversItsRegionOrACity() throws {
        let plan = try Fixture.plan()
        let inset = try #require(plan.insets.first)
        #expect(!inset.frame.intersects(try #require(inset.locator.bounds)))
        for p in plan.partnerPoints.values { #expect(!inset.frame.contains(p)) }
        #expect(!inset.frame.contains(try #require(plan.hubPoint)))
        // Its own labels stay inside it.
        for l in plan.labels where l.map == inset.name && l.status != .dropped { #expect(inset.frame.contains(l.box)) }
    }

    @Test func insetNoneAndExplicitInsets() throws {
        #expect(try Fixture.plan(["--inset", "none"]).insets.isEmpty)
        let two = try Fixture.plan(["--inset", "asean", "--inset", "-12,35,30,60"])
        #expect(two.insets.count == 2)
        #expect(!two.insets[0].frame.intersects(two.insets[1].frame))
    }

    @Test func aseanInsetIsSkippedWhenNothingIsInIt() throws {
        let network = Fixture.network(hub: (14.3, 46.6), partners: [(2.3, 48.8), (-0.1, 51.5), (12.5, 41.9)])
        #expect(try Fixture.plan(network: network).insets.isEmpty)
    }
}
