@testable import Cartography
import Testing
import TestSupport

/// Warnings that name partners name the first ten and count the rest, so that a crowded network
/// of thousands gives a warning of one line (10,000 keyed names once made a warning of 107 KB).
@Suite struct WarningSummaryTests {
    @Test func aFewNamesAreAllListedAndManyAreCounted() {
        let few = (1...10).map { "City \($0)" }
        #expect(NameSummary.of(few) == few.joined(separator: ", "))
        let many = (1...10_000).map { "City \($0)" }
        #expect(NameSummary.of(many) == few.joined(separator: ", ") + " … and 9,990 more")
        #expect(NameSummary.of(["Banjul\nCity", "Crema"]) == "Banjul City, Crema", "one line per name")
    }

    @Test func crowdedNetworksWarnWithTenNamesEach() throws {
        var g = SplitMix64(seed: 5)
        let partners = (0..<120).map { _ in (Double.random(in: -8...30, using: &g), Double.random(in: 38...60, using: &g)) }
        let network = Fixture.network(hub: (114.3, 30.6), partners: partners)
        let plan = try Fixture.plan(["--size", "640x360", "--inset", "none", "--lang", "th"], network: network)
        let thai = try #require(plan.warnings.first { $0.hasPrefix("no Thai name") })
        let keyed = try #require(plan.warnings.first { $0.hasPrefix("no room") })
        for warning in [thai, keyed] {
            #expect(warning.components(separatedBy: "Partner ").count - 1 == 10, "\(warning)")
            #expect(warning.contains(" more"), "\(warning)")
        }
        #expect(thai.hasSuffix("… and 110 more"))
    }
}
