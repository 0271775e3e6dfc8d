import MapScene
import Testing
@testable import SVGCanvas

/// Text blocks become real `<text>` with a `<tspan>` per line, in the scene's fonts.
@Suite struct SVGTextTests {
    let font = Font(families: ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai"], size: 20, bold: true, language: "zh-cn")

    func text(_ block: TextBlock) throws -> Element {
        let root = try document([Layer(name: "labels", items: [.text(block)])])
        return try #require(root.all.first { $0.name == "text" })
    }

    @Test func linesAreTspansOnTheirBaselines() throws {
        let t = try text(TextBlock(text: "Nanning\n南宁 & <co>", font: font, origin: Point(10, 5), color: .black))
        let spans = t.children.filter { $0.name == "tspan" }
        #expect(spans.map(\.allText) == ["Nanning", "南宁 & <co>"])
        // The first baseline one size below the origin, the next a line (1.25 sizes) further.
        #expect(spans.map { $0["y"] } == ["25", "50"])
        #expect(spans.map { $0["x"] } == ["10", "10"])
        #expect(t["xml:space"] == "preserve")
    }

    @Test func fontsWeightsAndLanguageAreTheScenes() throws {
        let t = try text(TextBlock(text: "Yangon", font: font, origin: .zero, color: Color(r: 1, g: 0, b: 0, a: 0.5)))
        #expect(t["font-family"] == "'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans Thai', sans-serif")
        #expect(t["font-size"] == "20" && t["font-weight"] == "bold" && t["xml:lang"] == "zh-cn")
        #expect(t["fill"] == "#FF0000" && t["fill-opacity"] == "0.5")
    }

    @Test func haloIsAStrokePaintedFirst() throws {
        let t = try text(TextBlock(text: "Banjul", font: font, origin: .zero, color: .black, halo: Halo(color: .white, width: 1.5)))
        #expect(t["paint-order"] == "stroke" && t["stroke"] == "#FFFFFF" && t["stroke-width"] == "3")
        #expect(t["stroke-linejoin"] == "round")
        let plain = try text(TextBlock(text: "Banjul", font: font, origin: .zero, color: .black))
        #expect(plain["stroke"] == nil && plain["paint-order"] == nil)
    }

    @Test func centredAndRightLinesAnchorOnTheWidestLine() throws {
        // "Nanning" is the widest line: 7 characters of 10 units.
        let c = try text(TextBlock(text: "ab\nNanning", font: font, origin: Point(100, 0), color: .black, alignment: .center))
        #expect(c["text-anchor"] == "middle" && c.children.map { $0["x"] } == ["135", "135"])
        let r = try text(TextBlock(text: "ab\nNanning", font: font, origin: Point(100, 0), color: .black, alignment: .right))
        #expect(r["text-anchor"] == "end" && r.children.map { $0["x"] } == ["170", "170"])
    }

    @Test func emptyLinesKeepTheirRoom() throws {
        let t = try text(TextBlock(text: "a\n\nb", font: font, origin: .zero, color: .black))
        #expect(t.children.map { $0["y"] } == ["20", "70"])
    }

    @Test func controlCharactersAreLeftOut() {
        #expect(XMLText.escaped("a\u{1}b\"c'") == "ab&quot;c'")
    }
}
