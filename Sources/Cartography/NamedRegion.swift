import MapGeometry

/// A region an inset may be named after: a box that holds it and its name in each language.
/// The boxes are generous: a group of partners is named after the smallest region holding them all.
struct NamedRegion: Sendable, Equatable {
    var id: String
    var box: GeoBox
    var en: String
    var zh: String
    var vi: String
    var th: String

    private init(_ id: String, _ w: Double, _ s: Double, _ e: Double, _ n: Double, en: String, zh: String, vi: String, th: String) {
        self.id = id; box = GeoBox(west: w, south: s, east: e, north: n)!
        self.en = en; self.zh = zh; self.vi = vi; self.th = th
    }

    static let southeastAsia = NamedRegion("southeast-asia", 91, -11.5, 128, 29, en: "Southeast Asia (ASEAN)",
                                           zh: "东南亚（东盟）", vi: "Đông Nam Á (ASEAN)", th: "เอเชียตะวันออกเฉียงใต้ (อาเซียน)")

    /// The regions, most specific first (ties in size go to the earlier one).
    static let all: [NamedRegion] = [
        southeastAsia,
        NamedRegion("east-asia", 100, 18, 150, 54, en: "East Asia", zh: "东亚", vi: "Đông Á", th: "เอเชียตะวันออก"),
        NamedRegion("south-asia", 60, 5, 98, 37, en: "South Asia", zh: "南亚", vi: "Nam Á", th: "เอเชียใต้"),
        NamedRegion("middle-east", 25, 12, 63, 42, en: "Middle East", zh: "中东", vi: "Trung Đông", th: "ตะวันออกกลาง"),
        NamedRegion("central-asia", 46, 35, 88, 56, en: "Central Asia", zh: "中亚", vi: "Trung Á", th: "เอเชียกลาง"),
        NamedRegion("europe", -25, 34, 45, 72, en: "Europe", zh: "欧洲", vi: "Châu Âu", th: "ยุโรป"),
        NamedRegion("caribbean", -90, 9, -59, 27, en: "Caribbean", zh: "加勒比地区", vi: "Caribe", th: "แคริบเบียน"),
        NamedRegion("central-america", -118, 7, -77, 33, en: "Central America", zh: "中美洲", vi: "Trung Mỹ", th: "อเมริกากลาง"),
        NamedRegion("pacific-islands", 140, -30, -120, 22, en: "Pacific Islands", zh: "太平洋岛屿", vi: "Quần đảo Thái Bình Dương",
                    th: "หมู่เกาะแปซิฟิก"),
        NamedRegion("australia-new-zealand", 110, -48, 180, -9, en: "Australia and New Zealand", zh: "澳大利亚和新西兰",
                    vi: "Úc và New Zealand", th: "ออสเตรเลียและนิวซีแลนด์"),
        NamedRegion("africa", -20, -36, 52, 38, en: "Africa", zh: "非洲", vi: "Châu Phi", th: "แอฟริกา"),
        NamedRegion("north-america", -170, 14, -50, 75, en: "North America", zh: "北美洲", vi: "Bắc Mỹ", th: "อเมริกาเหนือ"),
        NamedRegion("south-america", -85, -56, -33, 13, en: "South America", zh: "南美洲", vi: "Nam Mỹ", th: "อเมริกาใต้"),
        NamedRegion("arctic", -180, 66, 180, 90, en: "Arctic", zh: "北极地区", vi: "Bắc Cực", th: "อาร์กติก"),
    ]

    /// The smallest region holding every point, or nil (a neutral caption then).
    static func naming(points: [LonLat]) -> NamedRegion? {
        guard !points.isEmpty else { return nil }
        return all.filter { r in points.allSatisfy { r.box.contains($0) } }
            .min { $0.box.width * $0.box.height < $1.box.width * $1.box.height }
    }

    /// The region a box is named after: the smallest one holding its centre and most of it.
    static func naming(_ box: GeoBox) -> NamedRegion? {
        let inner = box.expanded(lon: -box.width * 0.3, lat: -box.height * 0.3)
        return naming(points: inner.ring(pointsPerSide: 2) + [box.center])
    }

    /// The name in a map's language (both, Chinese first, for zh+en).
    func name(_ language: LabelLanguage) -> String {
        switch language {
        case .en: return en
        case .zh: return zh
        case .zhEn: return "\(zh) \(en)"
        case .vi: return vi
        case .th: return th
        }
    }
}

/// The region an inset shows: a box, and the named region it is captioned after (nil: neutral).
struct InsetRegion: Sendable, Equatable {
    var box: GeoBox
    var name: NamedRegion?
}
