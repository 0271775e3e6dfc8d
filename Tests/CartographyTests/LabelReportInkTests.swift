import CairoCanvas
import Cartography
import Foundation
import MapScene
import Testing

/// The label report agrees with the drawing: a labels-only transparent render has ink only
/// inside the reported boxes (allowing antialiasing) or along leader lines.
@Suite(.serialized) struct LabelReportInkTests {
    @Test(arguments: ["en", "zh+en", "th"])
    func inkOnlyInsideReportedBoxes(lang: String) throws {
        let plan = try Fixture.plan(["--lang", lang, "--layers", "labels", "--background", "none"])
        let scene = SceneAssembler(plan: plan).scene()
        let image = try RasterImage(width: Int(plan.spec.size.width), height: Int(plan.spec.size.height))
        image.draw(scene)
        let kept = plan.labels.filter { $0.status != .dropped }
        let boxes = kept.map { $0.box.insetBy(-2) }
        let leaders = kept.compactMap(\.leader)
        func nearLeader(_ p: Point) -> Bool {
            leaders.contains { a, b in
                let dx = b.x - a.x, dy = b.y - a.y
                let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / max(dx * dx + dy * dy, 1e-9)))
                return p.distance(to: Point(a.x + t * dx, a.y + t * dy)) < 2.5
            }
        }
        var ink = 0, outside = 0
        image.withPixels { data, stride in
            for y in Swift.stride(from: 0, to: image.height, by: 2) {
                for x in Swift.stride(from: 0, to: image.width, by: 2) {
                    let alpha = data[y * stride + x * 4 + 3]
                    guard alpha > 40 else { continue }
                    ink += 1
                    let p = Point(Double(x) + 0.5, Double(y) + 0.5)
                    if !boxes.contains(where: { $0.contains(p) }) && !nearLeader(p) { outside += 1 }
                }
            }
        }
        #expect(ink > 500, "labels drew ink")
        #expect(outside == 0, "\(outside) of \(ink) inked pixels outside the reported boxes")
    }
}
