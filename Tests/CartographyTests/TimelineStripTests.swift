@testable import Cartography
import MapJobs
import MapScene
import PartnerData
import Testing

/// The timeline strip of animation frames keeps its marks inside its band, however many
/// partners share a year: dots while a year's stack fits, columns split by colour beyond.
@Suite struct TimelineStripTests {
    static func strip(_ network: Network, undated: Bool = false) throws -> (TimelineStrip, MapPlan) {
        var spec = try MapOptions.parse(.frames, arguments: ["--size", "960x540"]).mapSpec(for: .frames)
        spec.timelineBand = true
        let plan = try Fixture.inputs.planner(spec: spec).plan(network)
        let box = try #require(plan.timelineBox)
        let years = try #require(network.yearRange)
        return (TimelineStrip(box: box, plan: plan, first: years.lowerBound, last: years.upperBound, showsUndated: undated), plan)
    }

    /// The circles' and fills' extents among `items`.
    static func marks(_ items: [SceneItem]) -> [Rect] {
        items.compactMap { item in
            switch item {
            case .circle(let c, let r, _, _): return Rect(x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r)
            case .fill(let path, _, _): return path.bounds
            default: return nil
            }
        }
    }

    @Test(arguments: [26, 400, 3_000])
    func marksStayInTheBand(partners: Int) throws {
        var network = partners == 26 ? Fixture.inputs.network : ScaleTests.world(partners)
        if partners == 3_000 { for i in stride(from: 0, to: network.partners.count, by: 3) { network.partners[i].year = nil } }
        let (strip, plan) = try Self.strip(network, undated: partners == 3_000)
        let box = strip.box.insetBy(-0.5)
        let frame = AnimationFrame(index: 1, year: network.yearRange!.upperBound, step: 1, steps: 1, shown: network.partners.map(\.id),
                                   new: [], growth: 1, isHold: false, time: Double(network.yearRange!.upperBound + 1))
        let all = Set(network.partners.map(\.id))
        let faint = Self.marks(strip.staticItems()), shown = Self.marks(strip.frameItems(frame, joined: all))
        #expect(!shown.isEmpty)
        for r in faint + shown { #expect(box.contains(r), "a mark at \(r) leaves the strip \(strip.box)") }
        // The Nanning strip has a dot a partner; the crowded ones a bar a year and colour.
        let dated = network.partners.filter { $0.year != nil }.count
        if partners == 26 { #expect(shown.count == dated) } else { #expect(shown.count < dated / 4) }
    }

    /// In columns, a year's bars add up to its partners that have joined: half of them, half as high.
    @Test func columnsGrowWithThePartnersJoined() throws {
        let network = ScaleTests.world(700)
        let (strip, _) = try Self.strip(network)
        let year = 1960
        let ofYear = network.partners.filter { $0.year == year }
        let frame = AnimationFrame(index: 1, year: year, step: 1, steps: 1, shown: [], new: [], growth: 1, isHold: false, time: Double(year + 1))
        func height(_ joined: [City]) -> Double {
            Self.marks(strip.frameItems(frame, joined: Set(joined.map(\.id)))).reduce(0) { $0 + $1.height }
        }
        let whole = height(ofYear), half = height(Array(ofYear.prefix(ofYear.count / 2)))
        #expect(whole > 0)
        #expect(abs(half - whole * Double(ofYear.count / 2) / Double(ofYear.count)) < 1e-6)
    }
}
