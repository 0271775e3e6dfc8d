import PartnerData

extension Phrases {
    static let english = Phrases(
        families: ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai"],
        languageTag: "en",
        labelNames: [.en],
        countryNameKey: nil,
        tableHeaders: ["Partner city", "Country", "Year", "Distance"],
        timelineHeading: "Agreements by year",
        continentHeading: "Partners by continent",
        relationHeading: "Kind of tie",
        yearHeading: "Year of agreement",
        yearNotKnown: "year not known",
        detailCaption: "Detail",
        sisterCity: "sister city",
        friendlyExchangeCity: "friendly-exchange city",
        continents: Dictionary(uniqueKeysWithValues: Continent.allCases.map { ($0, $0.rawValue) }),
        thousands: ",",
        kilometres: { _, grouped in "\(grouped) km" },
        title: { hub in "\(hub.nameEN)’s partner cities" },
        subtitle: { span, partners, continents in
            dotted([span, "\(partners) partner \(partners == 1 ? "city" : "cities")",
                    "\(continents) \(continents == 1 ? "continent" : "continents")"])
        },
        beyondMap: { n in "\(n) beyond the map" },
        partnerCount: { n in "\(n) partner \(n == 1 ? "city" : "cities")" },
        credits: { c, projection in
            [c.sourcesPerRow ? "Partner data: \(c.table) (sources given per row)" : "Partner data: \(c.table)",
             c.placedByGazetteer ? "Places: GeoNames (CC BY 4.0)" : nil,
             "Basemap: " + (c.basemap ?? "Natural Earth (public domain)"),
             "\(projection) projection", "partnermap"].compactMap { $0 }.joined(separator: " · ")
        })
}
