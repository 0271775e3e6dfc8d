import CairoCanvas
import Cartography
import Foundation
import PartnerData
@testable import MapJobs
import Testing

/// Maps planned with the basemaps projected for earlier maps (the editor after an edit, a batch)
/// are the maps planned afresh, byte for byte; a kept projection is used only for an equal one.
@Suite struct ProjectedBasemapsTests {
    /// The shipped network with `edit` applied to its partners.
    func table(_ edit: (inout [City]) -> Void) throws -> DataOptions {
        var network = try MapInputs.load(DataOptions()).network
        edit(&network.partners)
        var data = DataOptions()
        data.table = .network(network)
        return data
    }

    func png(_ data: DataOptions, shared: SharedInputs?) throws -> [UInt8] {
        var o = MapOptions()
        o.page.size = PixelSize(width: 800, height: 450)
        o.data = data
        let inputs = try shared?.inputs(data) ?? MapInputs.load(data)
        let plan = try inputs.planner(spec: try o.mapSpec(for: .render)).plan(inputs.network)
        return try SceneRenderer(threads: 2).render(SceneAssembler(plan: plan).scene(), as: .png)
    }

    @Test func anEditThatMovesNoCityReusesTheProjectionsAndMakesTheSameMap() throws {
        let shared = SharedInputs()
        let original = try table { _ in }
        _ = try png(original, shared: shared)
        let kept = try #require(try shared.inputs(original).projectedBasemaps)
        #expect(kept.hits == 0)

        // Another year: the same framing, so the main map's and the insets' basemaps are reused.
        let year = try table { $0[3].year = 1999 }
        #expect(try png(year, shared: shared) == png(year, shared: nil))
        let afterYear = kept.hits
        #expect(afterYear >= 2, "the main map's basemap and at least one inset's were found kept: \(afterYear)")

        // A city moved to another continent: another framing, projected anew, and still right.
        let moved = try table { $0[0].lat = -33.87; $0[0].lon = 151.21 }
        #expect(try png(moved, shared: shared) == png(moved, shared: nil))
    }
}
