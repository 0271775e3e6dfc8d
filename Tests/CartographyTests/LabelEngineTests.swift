import Cartography
import Foundation
import MapScene
import Testing
import TestSupport

@Suite(.serialized) struct LabelEngineTests {
    /// Every kept label is clear of every other label, every marker, the title, legend, credits
    /// and inset frames, and inside its map.
    func expectClean(_ plan: MapPlan, _ what: String) {
        let kept = plan.labels.filter { $0.status != .dropped }
        #expect(kept.count >= 3, "\(what): only \(kept.count) labels kept")
        for (i, a) in kept.enumerated() {
            for b in kept[(i + 1)...] {
                #expect(!a.box.overlapsClearly(b.box), "\(what): \(a.text) overlaps \(b.text)")
            }
            var overlays = [plan.titleBox, plan.creditsBox, plan.legendBox].compactMap { $0 }
            if a.map == "main" { overlays += plan.insets.map(\.frame) }
            for o in overlays { #expect(!a.box.overlapsClearly(o), "\(what): \(a.text) overlaps an overlay") }
            let frame = a.map == "main" ? plan.frame : plan.insets.first { $0.name == a.map }!.frame
            #expect(frame.insetBy(-0.5).contains(a.box), "\(what): \(a.text) outside its map")
            let markers = a.map == "main" ? Array(plan.partnerPoints.values) + [plan.hubPoint].compactMap { $0 }
                : plan.insets.first { $0.name == a.map }.map { Array($0.partnerPoints.values) + [$0.hubPoint].compactMap { $0 } } ?? []
            for m in markers {
                let r = plan.sizing.partnerRadius
                #expect(!a.box.overlapsClearly(Rect(x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r)),
                        "\(what): \(a.text) covers a marker")
            }
        }
    }

    @Test(arguments: ["en", "zh", "zh+en", "vi", "th"])
    func nanningLabelsNeverOverlap(lang: String) throws {
        expectClean(try Fixture.plan(["--lang", lang]), "Nanning \(lang)")
    }

    @Test func denseClusterLabelsNeverOverlap() throws {
        var rng = SplitMix64(seed: 11)
        let partners = (0..<14).map { _ in (13 + Double.random(in: -0.8...0.8, using: &rng), 47 + Double.random(in: -0.6...0.6, using: &rng)) }
        let network = Fixture.network(hub: (14.3, 46.6), partners: partners + [(68.8, 38.5)])
        let plan = try Fixture.plan(network: network)
        expectClean(plan, "dense cluster")
        // Every city is named somewhere (the hub on the main map and in the inset that the
        // cluster gets), none left out.
        let named = plan.labels.filter { !$0.id.hasPrefix("ring-") && $0.status != .dropped }
        #expect(Set(named.map(\.id)).count == network.partners.count + 1)
        #expect(plan.insets.count == 1, "the cluster gets an inset")
    }

    @Test(arguments: ["640x360", "1920x1080", "4000x2500"])
    func labelsStayCleanAtEverySize(size: String) throws {
        expectClean(try Fixture.plan(["--size", size]), "size \(size)")
    }

    @Test func displacedLabelsHaveLeadersFromTheirMarker() throws {
        let plan = try Fixture.plan(["--lang", "zh+en"])
        let displaced = plan.labels.filter { $0.status == .displaced }
        for l in displaced {
            let leader = try #require(l.leader)
            // The leader ends on the label box.
            #expect(l.box.insetBy(-0.01).contains(leader.1))
        }
    }
}
