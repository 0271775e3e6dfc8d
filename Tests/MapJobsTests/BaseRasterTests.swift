import CairoCanvas
import Cartography
import Foundation
import MapScene
@testable import MapJobs
import Testing

/// A map drawn over a base kept from another map of its framing is the same PNG, byte for byte,
/// as the map drawn whole; a different base (another theme) is never taken for it.
@Suite struct BaseRasterTests {
    func scene(_ edit: (inout MapOptions) -> Void) throws -> Scene {
        var o = MapOptions()
        o.page.size = PixelSize(width: 640, height: 360)
        edit(&o)
        let inputs = try MapInputs.load(o.data)
        let plan = try inputs.planner(spec: try o.mapSpec(for: .render)).plan(inputs.network)
        return SceneAssembler(plan: plan).scene()
    }

    @Test func aMapOverAKeptBaseIsTheMapDrawnWhole() throws {
        let english = try scene { _ in }
        let byYear = try scene { $0.map.colorScheme = .year }
        let dark = try scene { $0.map.theme = .dark }
        #expect(english.baseLayers > 0 && english.baseLayers < english.layers.count)
        let whole = SceneRenderer(threads: 2)
        var kept = SceneRenderer(threads: 2)
        kept.baseRasters = BaseRasters()
        for s in [english, byYear, dark, english] {
            #expect(try kept.render(s, as: .png) == whole.render(s, as: .png))
        }
        #expect(kept.baseRasters?.hits == 2, "the map coloured by year and the first one again reuse its base; the dark one has its own")
    }
}
