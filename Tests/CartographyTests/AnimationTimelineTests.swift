import Cartography
import PartnerData
import Testing

@Suite struct AnimationTimelineTests {
    let network = Fixture.inputs.network

    func options(_ configure: (inout AnimationOptions) -> Void) -> AnimationOptions {
        var o = AnimationOptions()
        configure(&o)
        return o
    }

    @Test func oneFramePerYearFromFirstToLastKnownYear() throws {
        let frames = try AnimationTimeline.frames(network, options { $0.undated = .hide })
        #expect(frames.count == 38)
        #expect(frames.first?.year == 1987 && frames.last?.year == 2024)
        #expect(frames.map(\.index) == Array(1...38))
        #expect(frames[0].shown == ["banjul"] && frames[0].new == ["banjul"])
        // Cumulative: each year shows everything signed up to its end.
        let y2009 = try #require(frames.first { $0.year == 2009 })
        #expect(y2009.shown.count == network.partners.filter { ($0.year ?? 9999) <= 2009 }.count)
        #expect(y2009.new == ["yangon"])
    }

    @Test func tweensHoldsAndRanges() throws {
        let frames = try AnimationTimeline.frames(network, options { $0.from = 2000; $0.to = 2009; $0.perYear = 12; $0.hold = 5; $0.undated = .hide })
        #expect(frames.count == 10 * 12 + 5)
        let year2000 = frames.filter { $0.year == 2000 }
        #expect(year2000.map(\.step) == Array(1...12))
        #expect(year2000.map(\.growth) == year2000.map(\.growth).sorted())
        #expect(year2000.last?.growth == 1)
        #expect(frames.suffix(5).allSatisfy { $0.isHold && $0.new.isEmpty })
        // Partners from before the range are already there.
        #expect(Set(frames[0].shown).isSuperset(of: ["banjul", "bundaberg"]))
    }

    @Test func undatedPartnersAreNeverGivenAYear() throws {
        let undated = Set(network.partners.filter { $0.year == nil }.map(\.id))
        let hidden = try AnimationTimeline.frames(network, options { $0.undated = .hide })
        #expect(hidden.allSatisfy { Set($0.shown).isDisjoint(with: undated) })

        let atStart = try AnimationTimeline.frames(network, options { $0.undated = .start })
        #expect(atStart.count == 38)
        #expect(atStart.allSatisfy { Set($0.shown).isSuperset(of: undated) })

        let atEnd = try AnimationTimeline.frames(network, options { $0.undated = .end; $0.perYear = 2 })
        #expect(atEnd.count == 39 * 2)
        let last = try #require(atEnd.last)
        #expect(last.year == nil && Set(last.new) == undated && last.shown.count == network.partners.count)
        #expect(atEnd.dropLast(2).allSatisfy { $0.year != nil && Set($0.shown).isDisjoint(with: undated) })
    }

    @Test func badRangesAreErrors() {
        #expect(throws: SpecError.self) { try AnimationTimeline.frames(network, options { $0.from = 2010; $0.to = 2000 }) }
        #expect(throws: SpecError.self) { try AnimationTimeline.frames(network, options { $0.perYear = 0 }) }
        let undatedOnly = Fixture.network(hub: (0, 0), partners: [(10, 10)])
        var noYears = undatedOnly
        noYears.partners = noYears.partners.map { var c = $0; c.year = nil; return c }
        #expect(throws: SpecError.self) { try AnimationTimeline.frames(noYears, AnimationOptions()) }
    }
}
