import CairoCanvas
import Foundation
import MapScene
import Testing
import TestSupport

/// A PNG drawn in parallel parts must hold exactly the pixels of the picture drawn whole.
@Suite struct ParallelPNGTests {
    func scene(background: Color?) -> Scene {
        var items: [SceneItem] = []
        // Lines, a fill and text that all cross the boundaries between parts.
        for k in 0..<12 {
            let y = Double(k) * 37.5
            items.append(.stroke(Path(polyline: [Point(3, y), Point(637, 479 - y)]),
                                 Stroke(color: Color(r: Double(k) / 12, g: 0.3, b: 0.6, a: 0.8), width: 2.5, dash: k % 2 == 0 ? [] : [6, 3])))
        }
        items.append(.circle(center: Point(320, 240), radius: 130, fill: Color(r: 0.9, g: 0.5, b: 0.1, a: 0.4), stroke: Stroke(color: .black, width: 1)))
        items.append(.text(TextBlock(text: "Nanning 南宁 หนานหนิง\nHải Phòng", font: Font(families: ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai"], size: 40),
                                     origin: Point(60, 200), color: .black, halo: Halo(color: .white, width: 3))))
        // Text just under and over the parts' edges (rows 120, 240, 360): marks stacked over
        // capitals reach above a block's top, and a parts' painter skips text by its rows.
        let marks = Font(families: ["Noto Sans", "Noto Sans Thai"], size: 30)
        for (k, y) in [121.0, 241.5, 335.0].enumerated() {
            items.append(.text(TextBlock(text: k == 2 ? "ẪỖỮ ที่นี่\nẪ\nỮ" : "ẪỖỮ ที่นี่", font: marks, origin: Point(380, y),
                                         color: Color(r: 0.1, g: 0.2, b: 0.5, a: 1), halo: Halo(color: .white, width: 2))))
        }
        return Scene(size: Size(640, 480), background: background, layers: [Layer(name: "all", items: items)])
    }

    @Test(arguments: [Color(r: 0.95, g: 0.94, b: 0.9), nil])
    func partsEqualTheWholePicture(background: Color?) throws {
        let s = scene(background: background)
        let png = try SceneRenderer().render(s, as: .png)
        let decoded = try DecodedPNG(data: png)
        let whole = try RasterImage(width: 640, height: 480)
        whole.draw(s)
        let reference = try DecodedPNG(data: whole.png())
        #expect(decoded.width == 640 && decoded.height == 480)
        #expect(decoded.channels == (background == nil ? 4 : 3))
        #expect(decoded == reference)
    }
}
