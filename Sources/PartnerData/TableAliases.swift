import Foundation

/// The header names each column answers to, besides its own, in the four languages the tool
/// labels in; the relation words further down. Every alias the table reader knows is here.
///
/// Headers are compared by `TableColumn.headerKey`: case, spaces, `_ - . ( ) /` and the Unicode
/// form of accents do not count, so `Name_EN`, `name en` and `NAME-EN` are one name, and so are
/// a Vietnamese header typed with precomposed or combining accents. A language-neutral city
/// header (`Name`, `City`) is the English name; a city header in Chinese, Vietnamese or Thai
/// (`城市`, `Thành phố`, `เมือง`) is the name in that language.
extension TableColumn {
    static let aliases: [TableColumn: [String]] = [
        .id: ["id", "key", "编号", "代码", "mã", "รหัส"],
        .nameEN: ["name_en", "name", "city", "city name", "english name", "name (english)", "city_en",
                  "英文名", "英文名称", "tên tiếng anh", "ชื่ออังกฤษ", "ชื่อภาษาอังกฤษ"],
        .nameZH: ["name_zh", "城市", "中文名", "中文名称", "城市名", "城市名称", "名称", "chinese name", "name (chinese)",
                  "tên tiếng trung", "ชื่อจีน", "ชื่อภาษาจีน"],
        .nameVI: ["name_vi", "thành phố", "tên", "tên thành phố", "tên tiếng việt", "vietnamese name", "name (vietnamese)",
                  "越南文名", "越南语名", "ชื่อเวียดนาม", "ชื่อภาษาเวียดนาม"],
        .nameTH: ["name_th", "เมือง", "ชื่อ", "ชื่อเมือง", "ชื่อไทย", "ชื่อภาษาไทย", "thai name", "name (thai)",
                  "泰文名", "泰语名", "tên tiếng thái"],
        .country: ["country", "nation", "国家", "国家/地区", "国别", "quốc gia", "nước", "ประเทศ"],
        .iso2: ["iso2", "country code", "iso", "iso code", "iso 3166", "iso3166-1", "alpha-2", "cc",
                "国家代码", "国家代号", "mã quốc gia", "รหัสประเทศ"],
        .lat: ["lat", "latitude", "纬度", "vĩ độ", "ละติจูด"],
        .lon: ["lon", "lng", "long", "longitude", "经度", "kinh độ", "ลองจิจูด"],
        .relation: ["relation", "relationship", "type", "关系", "类型", "关系类型", "quan hệ", "loại", "ความสัมพันธ์", "ประเภท"],
        .year: ["year", "year signed", "年份", "年", "结好年份", "缔结年份", "năm", "năm kết nghĩa", "ปี", "ปีที่ลงนาม"],
        .continent: ["continent", "洲", "大洲", "châu lục", "châu", "ทวีป"],
        .admin: ["admin", "province", "state", "region", "prefecture", "county", "省份", "省", "州", "省/州", "地区",
                 "tỉnh", "bang", "vùng", "จังหวัด", "รัฐ", "ภูมิภาค"],
        .date: ["date", "date signed", "日期", "签署日期", "ngày", "ngày ký", "วันที่"],
        .source: ["source", "sources", "来源", "出处", "nguồn", "แหล่งที่มา", "ที่มา"],
        .confidence: ["confidence"],
    ]

    /// The column a header cell names, or nil for a column the tool does not use.
    static func named(_ header: String) -> TableColumn? { byKey[headerKey(header)] }

    private static let byKey: [String: TableColumn] = {
        var table: [String: TableColumn] = [:]
        for column in allCases {
            for name in [column.rawValue] + (aliases[column] ?? []) {
                let key = headerKey(name)
                precondition(table[key] == nil || table[key] == column, "header alias \(name) names two columns")
                table[key] = column
            }
        }
        return table
    }()

    /// `header` compared as headers are: NFC, lower case, without spaces and `_ - . ( ) /`.
    static func headerKey(_ header: String) -> String {
        let ignored: Set<Unicode.Scalar> = ["_", "-", ".", "(", ")", "/", "（", "）"]
        let scalars = header.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars
            .filter { !ignored.contains($0) && !$0.properties.isWhitespace }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// The words a relation cell may use, besides `hub`, `sister` and `friendly-exchange`, compared
/// like headers (case, spaces, `_ - .` do not count): English, the Chinese of official lists, and
/// the Vietnamese and Thai of the map's own phrases (`Cartography/phrases`).
extension Relation {
    static let aliases: [Relation: [String]] = [
        .hub: ["hub", "home", "host", "centre", "center", "中心", "中心城市", "本市", "trung tâm", "thành phố trung tâm",
               "ศูนย์กลาง", "เมืองศูนย์กลาง"],
        .sister: ["sister", "sister city", "sister cities", "twin", "twin city", "twin town", "twinning", "partner city",
                  "友好城市", "姐妹城市", "友城", "kết nghĩa", "thành phố kết nghĩa", "เมืองพี่เมืองน้อง", "พี่น้อง"],
        .friendlyExchange: ["friendly-exchange", "friendly exchange", "friendly exchange city", "friendly", "friendship",
                            "friendship city", "友好交流城市", "友好交往城市", "友好合作城市", "友好交流",
                            "hữu hảo", "qua lại hữu hảo", "thành phố qua lại hữu hảo", "thành phố hữu hảo",
                            "เมืองมิตรภาพ", "มิตรภาพ", "เมืองแลกเปลี่ยนฉันมิตร", "แลกเปลี่ยนฉันมิตร"],
    ]

    /// The relation `word` names, or nil.
    static func named(_ word: String) -> Relation? { byKey[TableColumn.headerKey(word)] }

    private static let byKey: [String: Relation] = {
        var table: [String: Relation] = [:]
        for relation in allCases {
            for word in [relation.rawValue] + (aliases[relation] ?? []) {
                let key = TableColumn.headerKey(word)
                precondition(table[key] == nil || table[key] == relation, "relation alias \(word) names two relations")
                table[key] = relation
            }
        }
        return table
    }()
}
