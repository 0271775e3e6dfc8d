@testable import Cartography
import Testing

/// The credit line says what was used, in every language: the table's sources only when its rows
/// give them, GeoNames only when the gazetteer placed a city, the basemap's own source.
@Suite struct CreditTests {
    private let languages: [LabelLanguage] = [.en, .zh, .zhEn, .vi, .th]

    @Test func theShippedNetworkIsCreditedAsBefore() {
        let credits = MapCredits(table: "nanning.csv")
        #expect(MapText(language: .en).credits(credits, projection: "Equal Earth", replacement: nil)
            == "Partner data: nanning.csv (sources given per row) · Basemap: Natural Earth (public domain) · Equal Earth projection · partnermap")
        #expect(MapText(language: .zh).credits(credits, projection: "Equal Earth", replacement: nil)
            == "友好城市数据：nanning.csv（每行注明来源）· 底图：Natural Earth（公有领域）· Equal Earth 投影 · partnermap")
    }

    @Test func eachPartIsThereOnlyWhenItWasUsed() {
        for language in languages {
            let text = MapText(language: language)
            let plain = text.credits(MapCredits(table: "t.csv", sourcesPerRow: false), projection: "P", replacement: nil)
            let placed = text.credits(MapCredits(table: "t.csv", sourcesPerRow: false, placedByGazetteer: true), projection: "P", replacement: nil)
            let own = text.credits(MapCredits(table: "t.csv", basemap: "Survey of Somewhere 2024"), projection: "P", replacement: nil)
            #expect(!plain.contains("GeoNames") && placed.contains("GeoNames") && placed.contains("CC BY 4.0"), "\(language)")
            #expect(plain.contains("Natural Earth") && !own.contains("Natural Earth") && own.contains("Survey of Somewhere 2024"), "\(language)")
            #expect(plain.count < own.count, "\(language): rows' sources are credited only when given")
            #expect(text.credits(MapCredits(table: "t.csv"), projection: "P", replacement: "Data: FAO") == "Data: FAO")
        }
    }
}
