import PartnerData

extension Phrases {
    static let chineseContinents: [Continent: String] = [
        .asia: "亚洲", .europe: "欧洲", .africa: "非洲", .northAmerica: "北美洲", .southAmerica: "南美洲",
        .oceania: "大洋洲", .antarctica: "南极洲",
    ]

    /// "南宁市国际友好城市"; English when the hub has no Chinese name.
    static func chineseTitle(_ hub: City) -> String {
        guard let zh = hub.name(.zh) else { return english.title(hub) }
        let city = zh.hasSuffix("市") || zh.hasSuffix("县") || zh.hasSuffix("州") ? zh : zh + "市"
        return "\(city)国际友好城市"
    }

    static let chineseCredits: @Sendable (MapCredits, String) -> String = { c, projection in
        [c.sourcesPerRow ? "友好城市数据：\(c.table)（每行注明来源）" : "友好城市数据：\(c.table)",
         c.placedByGazetteer ? "地点坐标：GeoNames（CC BY 4.0）" : nil,
         "底图：" + (c.basemap ?? "Natural Earth（公有领域）"),
         "\(projection) 投影", "partnermap"].compactMap { $0 }.reduce("") { line, part in
            // After a full-width bracket the dot needs no space of its own.
            line.isEmpty ? part : line + (line.hasSuffix("）") ? "· " : " · ") + part
        }
    }

    static let chinese = Phrases(
        families: ["Noto Sans CJK SC", "Noto Sans", "Noto Sans Thai"],
        languageTag: "zh-cn",
        labelNames: [.zh],
        countryNameKey: "zh",
        tableHeaders: ["城市", "国家", "年份", "距离"],
        timelineHeading: "历年缔结的友好关系",
        continentHeading: "各大洲友好城市",
        relationHeading: "关系类型",
        yearHeading: "缔结年份",
        yearNotKnown: "年份不详",
        detailCaption: "局部放大",
        sisterCity: "友好城市",
        friendlyExchangeCity: "友好交流城市",
        continents: chineseContinents,
        thousands: ",",
        kilometres: { digits, _ in "\(digits) 公里" },
        title: chineseTitle,
        subtitle: { span, partners, continents in dotted([span.map { $0 + "年" }, "\(partners)个友好城市", "\(continents)大洲"]) },
        beyondMap: { n in "\(n)个在图外" },
        partnerCount: { n in "\(n)个友好城市" },
        credits: chineseCredits)

    /// Bilingual: Chinese first, English after it.
    static let chineseAndEnglish = Phrases(
        families: chinese.families,
        languageTag: chinese.languageTag,
        labelNames: [.zh, .en],
        countryNameKey: "zh",
        tableHeaders: ["城市 City", "国家 Country", "年份 Year", "距离 Distance"],
        timelineHeading: "历年缔结的友好关系 Agreements by year",
        continentHeading: "各大洲友好城市 Partners by continent",
        relationHeading: "关系类型 Kind of tie",
        yearHeading: "缔结年份 Year of agreement",
        yearNotKnown: "年份不详 year not known",
        detailCaption: "局部放大 Detail",
        sisterCity: "友好城市 sister city",
        friendlyExchangeCity: "友好交流城市 friendly exchange",
        continents: Dictionary(uniqueKeysWithValues: Continent.allCases.map { ($0, "\(chineseContinents[$0] ?? "") \($0.rawValue)") }),
        thousands: ",",
        kilometres: chinese.kilometres,
        title: chineseTitle,
        subtitle: { span, partners, continents in dotted([span, "\(partners)个友好城市 partner cities", "\(continents)大洲 continents"]) },
        beyondMap: { n in "\(n)个在图外 beyond the map" },
        partnerCount: { n in "\(n)个友好城市 · \(english.partnerCount(n))" },
        credits: chineseCredits)
}
