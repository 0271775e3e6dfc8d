import MapScene
import PartnerData

/// The pictures of an animation, from one plan of the whole network (so framing, legend and
/// every label stay put): a base drawn once, and for each frame what goes over it.
package struct AnimationScenes: Sendable {
    package let plan: MapPlan
    private let strip: TimelineStrip?
    /// The main map's arcs in the order the frames draw them (nil: the run cannot keep arcs).
    private let arcs: FrameArcs?

    /// The scenes of the run `frames`, made with `options`.
    package init(plan: MapPlan, options: AnimationOptions, frames: [AnimationFrame]) {
        self.plan = plan
        arcs = FrameArcs(arcs: plan.arcs, frames: frames)
        let years = plan.network.yearRange
        if let box = plan.timelineBox, let first = options.from ?? years?.lowerBound, let last = options.to ?? years?.upperBound {
            let undated = options.undated == .end && plan.network.partners.contains { $0.year == nil }
            strip = TimelineStrip(box: box, plan: plan, first: first, last: last, showsUndated: undated)
        } else {
            strip = nil
        }
    }

    /// What every frame shares, drawn once.
    package var base: Scene {
        SceneAssembler(plan: plan).baseScene(extra: strip?.staticItems() ?? [])
    }

    /// What goes over the base in one frame of the run; over `kept` arcs (a number up to
    /// `keptArcs(f)`, drawn first by `keptArcScene`) it leaves those out.
    package func overlay(_ f: AnimationFrame, over kept: Int = 0) -> Scene {
        let showing = Showing(shown: Set(f.shown), new: Set(f.new), growth: f.growth)
        let joined = Set(f.shown.filter { showing.arrived($0) })
        return SceneAssembler(plan: plan).overlayScene(showing, extra: strip?.frameItems(f, joined: joined) ?? [],
                                                       mainArcs: arcs.map { Array($0.order[min(kept, $0.order.count)...]) })
    }

    /// How many of the frame's main-map arcs may be kept from earlier frames: its whole arcs,
    /// the first of the run's drawing order.
    package func keptArcs(_ f: AnimationFrame) -> Int {
        guard let arcs, arcs.whole.indices.contains(f.index - 1) else { return 0 }
        return arcs.whole[f.index - 1]
    }

    /// The main map's arcs `range` of the run's drawing order, whole: what frames keep under
    /// the rest. Drawn in parts, one after the other, they give the pixels they give at once.
    package func keptArcScene(_ range: Range<Int>) -> Scene {
        SceneAssembler(plan: plan).keptArcScene(arcs.map { $0.order[range.clamped(to: $0.order.indices)] } ?? [])
    }
}
