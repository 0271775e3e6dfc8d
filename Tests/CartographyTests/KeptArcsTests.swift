import CairoCanvas
@testable import Cartography
import Foundation
import MapScene
import PartnerData
import Testing

/// Animation frames keep the arcs that are whole from frame to frame and add only the new ones:
/// every frame still shows exactly its own arcs, with the pixels of drawing it alone.
@Suite(.serialized) struct KeptArcsTests {
    /// A run with growing arcs, an undated stage and a hold, on 400 partners (casings off,
    /// thinned arcs) at a small size.
    static func run(perYear: Int = 3) throws -> (AnimationScenes, [AnimationFrame], FrameBase) {
        var options = AnimationOptions()
        options.from = 2008; options.to = 2019; options.perYear = perYear; options.hold = 2
        var partners = ScaleTests.world(400).partners
        for i in stride(from: 0, to: partners.count, by: 37) { partners[i].year = nil }
        let network = Network(hub: ScaleTests.world(0).hub, partners: partners, source: "test")
        let plan = try Fixture.plan(["--size", "480x270"], network: network)
        let frames = try AnimationTimeline.frames(network, options)
        let scenes = AnimationScenes(plan: plan, options: options, frames: frames)
        return (scenes, frames, try FrameBase(scenes.base, threads: 1))
    }

    /// Each frame's whole arcs are the first ones of the run's order, and the last frame keeps
    /// all the arcs of the partners it shows.
    @Test func everyFramesWholeArcsComeFirst() throws {
        let (scenes, frames, _) = try Self.run()
        let order = try #require(FrameArcs(arcs: scenes.plan.arcs, frames: frames)).order
        var previous = 0
        for f in frames {
            let kept = scenes.keptArcs(f)
            let growing = f.growth < 1 ? Set(f.new) : []
            let whole = Set(f.shown).subtracting(growing)
            #expect(Set(order.prefix(kept).map(\.city.id)).isSubset(of: whole), "frame \(f.index) keeps an arc it does not show whole")
            #expect(!order.dropFirst(kept).contains { whole.contains($0.city.id) }, "frame \(f.index) leaves a whole arc out")
            #expect(kept >= previous)
            previous = kept
        }
        #expect(previous == scenes.plan.arcs.count, "the last frame shows every arc")
    }

    /// A frame drawn over the arcs kept from earlier frames, in any order of frames (a worker
    /// may jump ahead or be handed an earlier frame), has the pixels of the frame drawn alone.
    @Test func framesOverKeptArcsEqualFramesDrawnAlone() throws {
        let (scenes, frames, base) = try Self.run()
        let keeping = try FrameRenderer(base: base)
        let alone = try FrameRenderer(base: base)
        var checked = 0
        for i in [0, 1, 2, 5, 6, 7, 8, 20, 21, 3, 30, 31, frames.count - 1] where frames.indices.contains(i) {
            let f = frames[i], kept = scenes.keptArcs(f)
            keeping.draw(scenes.overlay(f, over: kept), over: kept, parts: scenes.keptArcScene)
            alone.draw(scenes.overlay(f), over: 0, parts: scenes.keptArcScene)
            let a = keeping.raw(.rgba), b = alone.raw(.rgba)
            #expect(a == b, "frame \(f.index) over \(kept) kept arcs differs from the frame drawn alone")
            checked += kept > 0 ? 1 : 0
        }
        #expect(checked > 8)
    }

    /// A run in which an arc, once whole, is hidden again keeps nothing: no frame could be
    /// drawn over another's arcs.
    @Test func aRunThatDoesNotOnlyGrowKeepsNoArcs() throws {
        let (scenes, frames, _) = try Self.run(perYear: 1)
        var shrunk = frames
        let gone = shrunk[3].shown[0]
        shrunk[5].shown.removeAll { $0 == gone }
        #expect(FrameArcs(arcs: scenes.plan.arcs, frames: shrunk) == nil)
        #expect(FrameArcs(arcs: scenes.plan.arcs, frames: frames) != nil)
    }
}
