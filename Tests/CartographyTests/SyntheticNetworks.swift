import PartnerData
import TestSupport

/// Synthetic networks for the edge cases real ones rarely have (names say what they are; the
/// places are made up, and so are the years).
enum SyntheticNetworks {
    static let all: [(String, Network)] = [
        ("synthetic-antimeridian-hub", antimeridianHub),
        ("synthetic-one-country", oneCountry),
        ("synthetic-hundred", hundred),
        ("synthetic-polar-hub", polarHub),
        ("synthetic-inside-asean", insideASEAN),
        ("synthetic-extremes", extremes),
    ]

    static func city(_ id: String, _ lon: Double, _ lat: Double, _ continent: Continent, iso2: String = "XX", hub: Bool = false,
                     year: Int? = nil) -> City {
        City(id: id, names: [.en: id.capitalized], country: iso2, iso2: iso2, continent: continent, lat: lat, lon: lon,
             relation: hub ? .hub : (id.utf8.reduce(0) { $0 + Int($1) } % 2 == 0 ? .sister : .friendlyExchange), year: year)
    }

    static func network(_ hub: City, _ partners: [City]) -> Network { Network(hub: hub, partners: partners, source: "synthetic") }

    /// A hub on 180° with islands on both sides of it and partners on three continents.
    static var antimeridianHub: Network {
        var g = SplitMix64(seed: 11)
        let isles = (0..<10).map { i in
            city("isle\(i)", (180 + Double.random(in: -10...10, using: &g) + 180).truncatingRemainder(dividingBy: 360) - 180,
                 Double.random(in: -22 ... -8, using: &g), .oceania, year: 1980 + i)
        }
        return network(city("hub", 180, -16, .oceania, hub: true),
                       isles + [city("tokyo", 139.7, 35.7, .asia, year: 1999), city("lima", -77, -12, .southAmerica, year: 2004),
                                city("wellington", 174.8, -41.3, .oceania, year: 2010)])
    }

    /// Every partner in the hub's own country, within a few hundred kilometres.
    static var oneCountry: Network {
        var g = SplitMix64(seed: 12)
        return network(city("hub", 138.2, 36.6, .asia, iso2: "JP", hub: true),
                       (0..<14).map { i in city("town\(i)", 138.2 + Double.random(in: -4...4, using: &g), 36.6 + Double.random(in: -3...3, using: &g),
                                                .asia, iso2: "JP", year: 1970 + 3 * i) })
    }

    /// A hundred partners over every inhabited continent.
    static var hundred: Network {
        var g = SplitMix64(seed: 13)
        let areas: [(Continent, ClosedRange<Double>, ClosedRange<Double>)] = [
            (.asia, 75...135, 20...45), (.europe, -8...30, 38...60), (.africa, -15...40, -30...30),
            (.northAmerica, -125 ... -70, 25...55), (.southAmerica, -75 ... -38, -35...5), (.oceania, 115...175, -40 ... -12)]
        return network(city("hub", 114.3, 30.6, .asia, hub: true), (0..<100).map { i in
            let a = areas[i % areas.count]
            return city("city\(i)", Double.random(in: a.1, using: &g), Double.random(in: a.2, using: &g), a.0, year: 1960 + i % 60)
        })
    }

    /// A hub at 78° N with partners round the Arctic and beyond the pole.
    static var polarHub: Network {
        var g = SplitMix64(seed: 14)
        return network(city("hub", 15.6, 78.2, .europe, hub: true),
                       (0..<9).map { i in city("arctic\(i)", Double.random(in: -170...170, using: &g), Double.random(in: 62...76, using: &g),
                                              i % 2 == 0 ? .europe : .northAmerica, year: 1975 + i) }
                       + [city("southland", 151, -33.9, .oceania, year: 2001), city("farside", -120, 35, .northAmerica, year: 1995)])
    }

    /// A hub inside Southeast Asia, its partners round it and on other continents.
    static var insideASEAN: Network {
        var g = SplitMix64(seed: 15)
        return network(city("hub", 102.6, 17.97, .asia, hub: true),
                       (0..<11).map { i in city("near\(i)", Double.random(in: 96...108, using: &g), Double.random(in: 5...22, using: &g), .asia,
                                                year: 1990 + i) }
                       + [city("paris", 2.35, 48.86, .europe, year: 1992), city("rio", -43.2, -22.9, .southAmerica, year: 2002)])
    }

    /// Partners at the poles, on the antimeridian, at the hub's antipode and a stone's throw
    /// from the hub.
    static var extremes: Network {
        network(city("hub", 13.4, 52.5, .europe, hub: true), [
            city("north-pole", 0, 89.9, .europe, year: 2000), city("south-pole", 0, -89.9, .oceania, year: 2001),
            city("dateline-east", 180, 10, .oceania, year: 2002), city("dateline-west", -180, -10, .oceania, year: 2003),
            city("antipode", -166.6, -52.5, .oceania, year: 2004), city("next-door", 13.43, 52.51, .europe, year: 2005),
            city("nearby", 13.6, 52.4, .europe, year: 2006), city("faraway", 116.4, 39.9, .asia, year: 2007),
        ])
    }
}
