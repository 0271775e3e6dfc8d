@testable import Cartography
import MapScene
import Testing

/// Title and credits get a halo only where they lie over the map: on the plain background a
/// halo has nothing to keep them apart from.
@Suite struct OverlayHaloTests {
    @Test func worldMapTitleAndCreditsOffTheSphereHaveNoHalo() throws {
        let plan = try Fixture.plan()
        #expect(!plan.titleBlocks.isEmpty && !plan.creditBlocks.isEmpty)
        #expect(plan.titleBlocks.allSatisfy { $0.halo == nil })
        #expect(plan.creditBlocks.allSatisfy { $0.halo == nil })
        // Partner labels lie on the map and keep theirs.
        #expect(plan.labels.filter { $0.status != .dropped }.allSatisfy { $0.block.halo != nil })
    }

    @Test func regionalMapTitleOverTheMapKeepsItsHalo() throws {
        let plan = try Fixture.plan(["--extent", "95,-12,130,30"])
        #expect(!plan.titleBlocks.isEmpty)
        #expect(plan.titleBlocks.allSatisfy { $0.halo != nil })
        #expect(plan.creditBlocks.allSatisfy { $0.halo != nil })
    }

    @Test func filledAreaMeetsRectangles() {
        // A diamond: a box inside it, a box around it, a box crossing its tip with no corner inside
        // and no vertex of it inside, boxes off it near its sides, a box holding only a vertex.
        var diamond = Path()
        diamond.move(to: Point(50, 0)); diamond.line(to: Point(100, 50)); diamond.line(to: Point(50, 100)); diamond.line(to: Point(0, 50))
        diamond.close()
        #expect(diamond.fillIntersects(Rect(x: 45, y: 45, width: 10, height: 10)))
        #expect(diamond.fillIntersects(Rect(x: -10, y: -10, width: 120, height: 120)))
        #expect(diamond.fillIntersects(Rect(x: 96, y: 40, width: 3, height: 20)))
        #expect(!diamond.fillIntersects(Rect(x: 0, y: 0, width: 20, height: 20)))
        #expect(!diamond.fillIntersects(Rect(x: 80, y: 80, width: 20, height: 20)))
        #expect(diamond.fillIntersects(Rect(x: 95, y: 45, width: 10, height: 10)))
        #expect(!diamond.fillIntersects(Rect(x: 200, y: 200, width: 5, height: 5)))
    }
}
