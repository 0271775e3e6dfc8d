import MapScene
import PartnerData

/// The pictures of an animation, from one plan of the whole network (so framing, legend and
/// every label stay put): a base drawn once, and for each frame what goes over it.
package struct AnimationScenes: Sendable {
    package let plan: MapPlan
    private let strip: TimelineStrip?

    package init(plan: MapPlan, options: AnimationOptions) {
        self.plan = plan
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

    /// What goes over the base in one frame.
    package func overlay(_ f: AnimationFrame) -> Scene {
        let showing = Showing(shown: Set(f.shown), new: Set(f.new), growth: f.growth)
        let joined = Set(f.shown.filter { showing.arrived($0) })
        return SceneAssembler(plan: plan).overlayScene(showing, extra: strip?.frameItems(f, joined: joined) ?? [])
    }
}
