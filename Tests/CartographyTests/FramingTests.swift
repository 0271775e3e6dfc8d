@testable import Cartography
import MapGeometry
import MapScene
import PartnerData
import Testing

/// How the automatic framing meets a network: regional when all but its farthest partners fit
/// one region, azimuthal when routes cross a polar cap.
@Suite(.serialized) struct FramingTests {
    /// Fourteen partners round the Alps and two in Asia: a regional map of the fourteen, the
    /// two reached by arcs off its edge, named there and counted as beyond it in the legend.
    @Test func mostlyRegionalNetworkGetsARegionalMap() throws {
        let europe = [(2.35, 48.86), (4.9, 52.37), (12.5, 41.9), (16.37, 48.21), (14.42, 50.09), (9.19, 45.46), (8.54, 47.37),
                      (11.58, 48.14), (13.4, 52.5), (19.04, 47.5), (21.0, 52.23), (-3.7, 40.42), (23.73, 37.98), (4.35, 50.85)]
        let network = Fixture.network(hub: (11.39, 47.27), partners: europe + [(116.4, 39.9), (72.9, 19.1)])
        let plan = try Fixture.plan(network: network)
        let extent = try #require(plan.extent, "a regional map")
        #expect(extent.width < 60 && !plan.projectionName.contains("Equal Earth"))
        for far in ["p14", "p15"] {
            #expect(!plan.frame.contains(plan.partnerPoints[far] ?? Point(-1, -1)), "\(far) lies beyond the map")
            let label = try #require(plan.labels.first { $0.id == far && $0.map == "main" })
            #expect(label.status == .placed || label.status == .displaced)
            #expect(plan.frame.contains(label.box))
            #expect(plan.arcs.first { $0.city.id == far }?.leavesAtEnd == true, "\(far)'s arc ends in a continuation mark")
        }
        #expect(plan.legend?.rows.contains { if case .line(_, _, _, let t) = $0 { return t.contains("2 beyond the map") } else { return false } } == true)
    }

    /// A hub at 78° N whose routes cross the Arctic: a world centred on the hub, where every
    /// route is a straight line from it (never along a flat pole line).
    @Test func polarRoutesGetAnAzimuthalWorld() throws {
        let network = Fixture.network(hub: (15.6, 78.2), partners: [(-150, 61), (-95, 74), (170, 69), (-120, 35), (151, -33.9)])
        let plan = try Fixture.plan(network: network)
        #expect(plan.projectionName.contains("zimuthal"), "\(plan.projectionName)")
        #expect(plan.extent == nil)
    }

    /// Partners at the hub's very place, or a few metres from it: a map of the hub's
    /// surroundings at least 2° tall, with every marker on it, never "nothing to fit".
    @Test(arguments: [0.0, 0.0001])
    func partnersAtTheHubGetAMapOfItsSurroundings(offset: Double) throws {
        let network = Fixture.network(hub: (108.3, 22.8), partners: [(108.3 + offset, 22.8 + offset), (108.3, 22.8)])
        let plan = try Fixture.plan(network: network)
        let extent = try #require(plan.extent, "a regional map")
        #expect(extent.height >= 2 - 1e-9 && extent.width >= 2 - 1e-9, "\(extent)")
        for id in ["p0", "p1"] { #expect(plan.frame.contains(plan.partnerPoints[id] ?? Point(-1, -1)), "\(id)") }
    }

    /// Nanning keeps its world map (its partners are on five continents).
    @Test func worldwideNetworkKeepsAWorldMap() throws {
        let plan = try Fixture.plan()
        #expect(plan.extent == nil && plan.projectionName.contains("Equal Earth"))
    }
}
