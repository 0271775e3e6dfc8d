@testable import Cartography
import Testing

/// The "no room" warning counts and names each city once, even one keyed both on the main
/// map and in an inset (the hub of a small map, typically).
@Suite struct LabelWarningTests {
    @Test func aCityKeyedTwiceIsCountedOnce() throws {
        let plan = try Fixture.plan(["--size", "320x180"])
        let keyed = plan.labels.filter { $0.status == .keyed }
        let unique = Set(keyed.map(\.id))
        try #require(keyed.count > unique.count, "the small map keys some city in two panels")
        let warning = try #require(plan.warnings.first { $0.hasPrefix("no room by their markers") })
        #expect(warning.contains("for \(unique.count) name(s)"), "\(warning)")
    }
}
