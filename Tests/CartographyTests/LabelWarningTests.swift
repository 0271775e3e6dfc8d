@testable import Cartography
import Testing

/// The "no room" warnings count and name each city once, even one without room both on the
/// main map and in an inset (the hub of a small map, typically), and no city goes unnamed
/// without a warning.
@Suite struct LabelWarningTests {
    @Test(arguments: [["--size", "320x180"], ["--size", "480x270"], ["--size", "640x360", "--inset", "none"]])
    func everyCityWithoutRoomIsCountedOnce(words: [String]) throws {
        let plan = try Fixture.plan(words)
        let named = Set(plan.labels.filter { $0.status != .dropped }.map(\.id))
        let keyed = Set(plan.labels.filter { $0.status == .keyed }.map(\.id))
        let left = Set(plan.labels.filter { $0.status == .dropped && !$0.id.hasPrefix("ring-") && !named.contains($0.id) }.map(\.id))
        try #require(!keyed.isEmpty || !left.isEmpty, "the small map has names without room")
        let keyedWarning = plan.warnings.first { $0.hasPrefix("no room by their markers") }
        let leftWarning = plan.warnings.first { $0.hasPrefix("no room on the map") }
        #expect(keyed.isEmpty ? keyedWarning == nil : keyedWarning?.contains("for \(keyed.count) name(s)") == true, "\(keyedWarning ?? "")")
        #expect(left.isEmpty ? leftWarning == nil : leftWarning?.contains("for \(left.count) name(s)") == true, "\(leftWarning ?? "")")
    }
}
