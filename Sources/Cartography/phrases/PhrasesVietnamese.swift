import PartnerData

extension Phrases {
    static let vietnamese = Phrases(
        families: ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai"],
        languageTag: "vi",
        labelNames: [.vi],
        countryNameKey: "vi",
        tableHeaders: ["Thành phố", "Quốc gia", "Năm", "Khoảng cách"],
        timelineHeading: "Các thỏa thuận theo năm",
        continentHeading: "Đối tác theo châu lục",
        relationHeading: "Loại quan hệ",
        yearHeading: "Năm kết nghĩa",
        yearNotKnown: "không rõ năm",
        detailCaption: "Chi tiết",
        sisterCity: "thành phố kết nghĩa",
        friendlyExchangeCity: "thành phố qua lại hữu hảo",
        continents: [.asia: "Châu Á", .europe: "Châu Âu", .africa: "Châu Phi", .northAmerica: "Bắc Mỹ", .southAmerica: "Nam Mỹ",
                     .oceania: "Châu Đại Dương", .antarctica: "Châu Nam Cực"],
        thousands: ".",
        kilometres: { _, grouped in "\(grouped) km" },
        title: { hub in "Các thành phố kết nghĩa của \(hub.name(.vi) ?? hub.nameEN)" },
        subtitle: { span, partners, continents in dotted([span, "\(partners) thành phố đối tác", "\(continents) châu lục"]) },
        beyondMap: { n in "\(n) ngoài bản đồ" },
        partnerCount: { n in "\(n) thành phố đối tác" },
        credits: { c, projection in
            [c.sourcesPerRow ? "Dữ liệu thành phố: \(c.table) (nguồn ghi theo từng dòng)" : "Dữ liệu thành phố: \(c.table)",
             c.placedByGazetteer ? "Vị trí: GeoNames (CC BY 4.0)" : nil,
             "Bản đồ nền: " + (c.basemap ?? "Natural Earth (phạm vi công cộng)"),
             "Phép chiếu \(projection)", "partnermap"].compactMap { $0 }.joined(separator: " · ")
        })
}
