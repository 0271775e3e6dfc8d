import Cartography
import Foundation
import MapScene
import PartnerData
import Testing

@Suite(.serialized) struct LegendAndTextTests {
    func legendTexts(_ plan: MapPlan) -> [String] {
        let scene = SceneAssembler(plan: plan).scene()
        func texts(_ items: [SceneItem]) -> [String] {
            items.flatMap { item -> [String] in
                switch item {
                case .text(let b): return [b.text]
                case .cached(_, _, let inner), .clipped(_, let inner), .group(_, let inner): return texts(inner)
                default: return []
                }
            }
        }
        return texts(scene.layers.first { $0.name == "legend" }!.items)
    }

    @Test func continentLegendListsOnlyContinentsPresentWithCounts() throws {
        let texts = legendTexts(try Fixture.plan())
        #expect(texts.contains("Asia  13"))
        #expect(texts.contains("Europe  6"))
        #expect(texts.contains("South America  1"))
        #expect(!texts.contains { $0.hasPrefix("Antarctica") })
        #expect(texts.contains("friendly-exchange city"))
    }

    @Test func yearLegendHasTheRangeAndYearNotKnown() throws {
        let texts = legendTexts(try Fixture.plan(["--color", "year"]))
        #expect(texts.contains("1987") && texts.contains("2024"))
        #expect(texts.contains("year not known"))
    }

    @Test func titlesInEachLanguage() throws {
        let en = SceneAssembler(plan: try Fixture.plan()).scene()
        #expect(en.metadata.title == "Nanning’s partner cities")
        let zh = SceneAssembler(plan: try Fixture.plan(["--lang", "zh"])).scene()
        #expect(zh.metadata.title == "南宁市国际友好城市")
        let vi = SceneAssembler(plan: try Fixture.plan(["--lang", "vi"])).scene()
        #expect(vi.metadata.title == "Các thành phố kết nghĩa của Nam Ninh")
        let th = SceneAssembler(plan: try Fixture.plan(["--lang", "th"])).scene()
        #expect(th.metadata.title == "เมืองพี่เมืองน้องของหนานหนิง")
    }

    @Test func thaiWithoutThaiNamesWarnsAndFallsBack() throws {
        let plan = try Fixture.plan(["--lang", "th"])
        #expect(plan.warnings.contains { $0.contains("name_th") && $0.contains("Bundaberg") })
        #expect(plan.labels.contains { $0.text == "Bundaberg" })
        #expect(plan.labels.contains { $0.text == "หนานหนิง" })
    }

    @Test func noMissingGlyphsInAnyLanguage() throws {
        let measurer = Fixture.inputs.measurer
        for lang in ["en", "zh", "vi", "th", "zh+en"] {
            let plan = try Fixture.plan(["--lang", lang])
            for l in plan.labels {
                #expect(measurer.missingGlyphs(l.text, font: l.block.font) == 0, "\(lang): boxes in \(l.text)")
            }
        }
    }

    @Test func viridisGetsLighterWithTheYears() {
        let ls = (0...10).map { YearScale.color(Double($0) / 10).luminance }
        #expect(zip(ls, ls.dropFirst()).allSatisfy { $0 < $1 })
    }
}
