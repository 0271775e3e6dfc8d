import PartnerData

extension Phrases {
    static let thai = Phrases(
        families: ["Noto Sans Thai", "Noto Sans", "Noto Sans CJK SC"],
        languageTag: "th",
        labelNames: [.th],
        countryNameKey: nil,
        tableHeaders: ["เมือง", "ประเทศ", "ปี", "ระยะทาง"],
        timelineHeading: "ข้อตกลงรายปี",
        continentHeading: "เมืองพันธมิตรตามทวีป",
        relationHeading: "ประเภทความสัมพันธ์",
        yearHeading: "ปีที่ลงนาม",
        yearNotKnown: "ไม่ทราบปี",
        aseanCaption: "เอเชียตะวันออกเฉียงใต้ (อาเซียน)",
        sisterCity: "เมืองพี่เมืองน้อง",
        friendlyExchangeCity: "เมืองแลกเปลี่ยนฉันมิตร",
        continents: [.asia: "เอเชีย", .europe: "ยุโรป", .africa: "แอฟริกา", .northAmerica: "อเมริกาเหนือ", .southAmerica: "อเมริกาใต้",
                     .oceania: "โอเชียเนีย", .antarctica: "แอนตาร์กติกา"],
        thousands: ",",
        kilometres: { _, grouped in "\(grouped) กม." },
        title: { hub in "เมืองพี่เมืองน้องของ\(hub.name(.th) ?? hub.nameEN)" },
        subtitle: { span, partners, continents in dotted([span, "\(partners) เมือง", "\(continents) ทวีป"]) },
        partnerCount: { n in "\(n) เมือง" },
        credits: { table, projection in
            "ข้อมูลเมือง: \(table) (ระบุแหล่งที่มาทุกแถว) · แผนที่ฐาน: Natural Earth (สาธารณสมบัติ) · เส้นโครงแผนที่ \(projection) · partnermap"
        })
}
