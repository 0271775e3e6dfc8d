import MapScene
import PartnerData

/// The words of a map in its language: title, subtitle, legend entries, credits; and the fonts
/// that show that language's script.
struct MapText {
    let language: LabelLanguage

    /// Font families in fallback order, the language's own script first.
    var families: [String] {
        switch language {
        case .zh, .zhEn: return ["Noto Sans CJK SC", "Noto Sans", "Noto Sans Thai"]
        case .th: return ["Noto Sans Thai", "Noto Sans", "Noto Sans CJK SC"]
        case .en, .vi: return ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai"]
        }
    }

    /// BCP-47 tag for shaping (Chinese glyph forms, Thai line breaking).
    var languageTag: String {
        switch language {
        case .zh, .zhEn: return "zh-cn"
        case .vi: return "vi"
        case .th: return "th"
        case .en: return "en"
        }
    }

    func font(_ size: Double, bold: Bool = false) -> Font {
        Font(families: families, size: size, bold: bold, language: languageTag)
    }

    /// A city's map label. Parenthesised qualifiers ("(Metropolitan Borough)") are left to tables.
    func label(_ c: City) -> String {
        func short(_ s: String) -> String {
            guard let i = s.firstIndex(of: "("), i > s.startIndex else { return s }
            return s[..<i].trimmingCharacters(in: .whitespaces)
        }
        let en = short(c.nameEN)
        switch language {
        case .en: return en
        case .zh: return c.name(.zh).map(short) ?? en
        case .vi: return c.name(.vi).map(short) ?? en
        case .th: return c.name(.th).map(short) ?? en
        case .zhEn:
            guard let zh = c.name(.zh).map(short), zh != en else { return en }
            return zh + "\n" + en
        }
    }

    /// A city's name for a table in `language` (the edition's by default): as the table has it,
    /// without a parenthesised qualifier; English where the language has none.
    func tableName(_ c: City, in language: NameLanguage? = nil) -> String {
        let lang: NameLanguage
        if let language { lang = language } else {
            switch self.language {
            case .en: lang = .en
            case .zh, .zhEn: lang = .zh
            case .vi: lang = .vi
            case .th: lang = .th
            }
        }
        let name = c.name(lang) ?? c.nameEN
        guard let i = name.firstIndex(of: "("), i > name.startIndex else { return name }
        return name[..<i].trimmingCharacters(in: .whitespaces)
    }

    /// Column headings of the partner table: city, country, year, distance.
    var tableHeaders: [String] {
        switch language {
        case .en: return ["Partner city", "Country", "Year", "Distance"]
        case .zh: return ["城市", "国家", "年份", "距离"]
        case .zhEn: return ["城市 City", "国家 Country", "年份 Year", "距离 Distance"]
        case .vi: return ["Thành phố", "Quốc gia", "Năm", "Khoảng cách"]
        case .th: return ["เมือง", "ประเทศ", "ปี", "ระยะทาง"]
        }
    }

    /// The heading of the poster's timeline chart.
    var timelineHeading: String {
        switch language {
        case .en: return "Agreements by year"
        case .zh: return "历年缔结的友好关系"
        case .zhEn: return "历年缔结的友好关系 Agreements by year"
        case .vi: return "Các thỏa thuận theo năm"
        case .th: return "ข้อตกลงรายปี"
        }
    }

    /// An inset's caption: the ASEAN region, or a continent's name.
    func insetCaption(_ choice: InsetChoice, continent: Continent?) -> String {
        if choice == .asean {
            switch language {
            case .en: return "Southeast Asia (ASEAN)"
            case .zh: return "东南亚（东盟）"
            case .zhEn: return "东南亚（东盟）Southeast Asia"
            case .vi: return "Đông Nam Á (ASEAN)"
            case .th: return "เอเชียตะวันออกเฉียงใต้ (อาเซียน)"
            }
        }
        return continent.map(self.continent) ?? ""
    }

    /// Which basemap name key holds country names in this language (nil: English from the table).
    var countryNameKey: String? {
        switch language {
        case .zh, .zhEn: return "zh"
        case .vi: return "vi"
        case .en, .th: return nil
        }
    }

    func title(hub: City) -> String {
        switch language {
        case .en: return "\(hub.nameEN)’s partner cities"
        case .zh, .zhEn:
            guard let zh = hub.name(.zh) else { return "\(hub.nameEN)’s partner cities" }
            let city = zh.hasSuffix("市") || zh.hasSuffix("县") || zh.hasSuffix("州") ? zh : zh + "市"
            return "\(city)国际友好城市"
        case .vi: return "Các thành phố kết nghĩa của \(hub.name(.vi) ?? hub.nameEN)"
        case .th: return "เมืองพี่เมืองน้องของ\(hub.name(.th) ?? hub.nameEN)"
        }
    }

    func subtitle(partners: Int, continents: Int, years: ClosedRange<Int>?) -> String {
        let span = years.map { "\($0.lowerBound)–\($0.upperBound)" }
        switch language {
        case .en:
            return ([span, "\(partners) partner \(partners == 1 ? "city" : "cities")",
                     "\(continents) \(continents == 1 ? "continent" : "continents")"] as [String?]).compactMap { $0 }.joined(separator: " · ")
        case .zh:
            return ([span.map { $0 + "年" }, "\(partners)个友好城市", "\(continents)大洲"] as [String?]).compactMap { $0 }.joined(separator: " · ")
        case .zhEn:
            return ([span, "\(partners)个友好城市 partner cities", "\(continents)大洲 continents"] as [String?]).compactMap { $0 }.joined(separator: " · ")
        case .vi:
            return ([span, "\(partners) thành phố đối tác", "\(continents) châu lục"] as [String?]).compactMap { $0 }.joined(separator: " · ")
        case .th:
            return ([span, "\(partners) เมือง", "\(continents) ทวีป"] as [String?]).compactMap { $0 }.joined(separator: " · ")
        }
    }

    func continent(_ c: Continent) -> String {
        let names: [Continent: [LabelLanguage: String]] = [
            .asia: [.zh: "亚洲", .vi: "Châu Á", .th: "เอเชีย"],
            .europe: [.zh: "欧洲", .vi: "Châu Âu", .th: "ยุโรป"],
            .africa: [.zh: "非洲", .vi: "Châu Phi", .th: "แอฟริกา"],
            .northAmerica: [.zh: "北美洲", .vi: "Bắc Mỹ", .th: "อเมริกาเหนือ"],
            .southAmerica: [.zh: "南美洲", .vi: "Nam Mỹ", .th: "อเมริกาใต้"],
            .oceania: [.zh: "大洋洲", .vi: "Châu Đại Dương", .th: "โอเชียเนีย"],
            .antarctica: [.zh: "南极洲", .vi: "Châu Nam Cực", .th: "แอนตาร์กติกา"],
        ]
        switch language {
        case .en: return c.rawValue
        case .zhEn: return "\(names[c]![.zh]!) \(c.rawValue)"
        default: return names[c]![language] ?? c.rawValue
        }
    }

    func relation(_ r: Relation) -> String {
        switch (r, language) {
        case (.friendlyExchange, .en): return "friendly-exchange city"
        case (.friendlyExchange, .zh): return "友好交流城市"
        case (.friendlyExchange, .zhEn): return "友好交流城市 friendly exchange"
        case (.friendlyExchange, .vi): return "thành phố qua lại hữu hảo"
        case (.friendlyExchange, .th): return "เมืองแลกเปลี่ยนฉันมิตร"
        case (_, .en): return "sister city"
        case (_, .zh): return "友好城市"
        case (_, .zhEn): return "友好城市 sister city"
        case (_, .vi): return "thành phố hữu hảo"
        case (_, .th): return "เมืองพี่เมืองน้อง"
        }
    }

    /// The running count of an animation, e.g. "14 partner cities".
    func partnerCount(_ n: Int) -> String {
        switch language {
        case .en: return "\(n) partner \(n == 1 ? "city" : "cities")"
        case .zh: return "\(n)个友好城市"
        case .zhEn: return "\(n)个友好城市 · \(n) partner \(n == 1 ? "city" : "cities")"
        case .vi: return "\(n) thành phố đối tác"
        case .th: return "\(n) เมือง"
        }
    }

    var continentHeading: String {
        switch language {
        case .en: return "Partners by continent"
        case .zh: return "各大洲友好城市"
        case .zhEn: return "各大洲友好城市 Partners by continent"
        case .vi: return "Đối tác theo châu lục"
        case .th: return "เมืองพันธมิตรตามทวีป"
        }
    }

    var relationHeading: String {
        switch language {
        case .en: return "Kind of tie"
        case .zh: return "关系类型"
        case .zhEn: return "关系类型 Kind of tie"
        case .vi: return "Loại quan hệ"
        case .th: return "ประเภทความสัมพันธ์"
        }
    }

    var yearNotKnown: String {
        switch language {
        case .en: return "year not known"
        case .zh: return "年份不详"
        case .zhEn: return "年份不详 year not known"
        case .vi: return "không rõ năm"
        case .th: return "ไม่ทราบปี"
        }
    }

    var yearHeading: String {
        switch language {
        case .en: return "Year of agreement"
        case .zh: return "缔结年份"
        case .zhEn: return "缔结年份 Year of agreement"
        case .vi: return "Năm kết nghĩa"
        case .th: return "ปีที่ลงนาม"
        }
    }

    /// A distance ring's label, e.g. "2,000 km".
    func distance(kilometres km: Int) -> String {
        let digits = String(km)
        var grouped = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(language == .vi ? "." : ",") }
            grouped.append(ch)
        }
        let n = String(grouped.reversed())
        switch language {
        case .zh, .zhEn: return "\(digits) 公里"
        case .th: return "\(n) กม."
        case .en, .vi: return "\(n) km"
        }
    }

    func credits(table: String, projection: String) -> String {
        switch language {
        case .zh, .zhEn:
            return "友好城市数据：\(table)（每行注明来源）· 底图：Natural Earth（公有领域）· \(projection) 投影 · partnermap"
        case .vi:
            return "Dữ liệu thành phố: \(table) (nguồn ghi theo từng dòng) · Bản đồ nền: Natural Earth (phạm vi công cộng) · Phép chiếu \(projection) · partnermap"
        case .th:
            return "ข้อมูลเมือง: \(table) (ระบุแหล่งที่มาทุกแถว) · แผนที่ฐาน: Natural Earth (สาธารณสมบัติ) · เส้นโครงแผนที่ \(projection) · partnermap"
        case .en:
            return "Partner data: \(table) (sources given per row) · Basemap: Natural Earth (public domain) · \(projection) projection · partnermap"
        }
    }
}

import Foundation
