import PartnerData

extension Phrases {
    static let thai = Phrases(
        families: ["Noto Sans Thai", "Noto Sans", "Noto Sans CJK SC"],
        languageTag: "th",
        labelNames: [.th],
        countryNameKey: "th",
        tableHeaders: ["เมือง", "ประเทศ", "ปี", "ระยะทาง"],
        timelineHeading: "ข้อตกลงรายปี",
        continentHeading: "เมืองพันธมิตรตามทวีป",
        relationHeading: "ประเภทความสัมพันธ์",
        yearHeading: "ปีที่ลงนาม",
        yearNotKnown: "ไม่ทราบปี",
        detailCaption: "ภาพขยาย",
        sisterCity: "เมืองพี่เมืองน้อง",
        friendlyExchangeCity: "เมืองแลกเปลี่ยนฉันมิตร",
        continents: [.asia: "เอเชีย", .europe: "ยุโรป", .africa: "แอฟริกา", .northAmerica: "อเมริกาเหนือ", .southAmerica: "อเมริกาใต้",
                     .oceania: "โอเชียเนีย", .antarctica: "แอนตาร์กติกา"],
        thousands: ",",
        kilometres: { _, grouped in "\(grouped) กม." },
        title: { hub in
            // Thai runs words together, but a Latin name after "ของ" needs a space before it.
            let name = hub.name(.th) ?? hub.nameEN
            let thai = name.unicodeScalars.first.map { (0x0E00...0x0E7F).contains($0.value) } ?? false
            return "เมืองพี่เมืองน้องของ" + (thai ? "" : " ") + name
        },
        subtitle: { span, partners, continents in dotted([span, "\(partners) เมือง", "\(continents) ทวีป"]) },
        beyondMap: { n in "\(n) นอกแผนที่" },
        partnerCount: { n in "\(n) เมือง" },
        credits: { c, projection in
            [c.sourcesPerRow ? "ข้อมูลเมือง: \(c.table) (ระบุแหล่งที่มาทุกแถว)" : "ข้อมูลเมือง: \(c.table)",
             c.placedByGazetteer ? "ตำแหน่ง: GeoNames (CC BY 4.0)" : nil,
             "แผนที่ฐาน: " + (c.basemap ?? "Natural Earth (สาธารณสมบัติ)"),
             "เส้นโครงแผนที่ \(projection)", "partnermap"].compactMap { $0 }.joined(separator: " · ")
        })
}
