import Foundation
import PartnerData

/// Times loading the gazetteer and resolving names with it, for `partnermap bench`.
package enum GazetteerBenchmark {
    /// A query: a name as a table might write it, and maybe a country.
    package struct Query: Sendable {
        package var name: String
        package var country: String?
    }

    /// `count` queries spread evenly over the gazetteer's places (which are in the order of their
    /// names' keys, so every initial and script comes up): in turn GeoNames' name alone, the name
    /// with its country's ISO code, the zh name (else the name upper-cased), and the th or vi name
    /// (else the name with " City" after it, which only the affix forms can find).
    package static func queries(_ gazetteer: Gazetteer, count: Int) throws -> [Query] {
        try (0..<count).map { i in
            let place = i * gazetteer.placeCount / max(1, count)
            let n = try gazetteer.names(place)
            let country = gazetteer.countries[gazetteer.record(place).country].iso2
            switch i % 4 {
            case 0: return Query(name: n.name)
            case 1: return Query(name: n.name, country: country)
            case 2: return Query(name: n.zh.isEmpty ? n.name.uppercased() : n.zh)
            default: return Query(name: !n.th.isEmpty ? n.th : !n.vi.isEmpty ? n.vi : n.name + " City")
            }
        }
    }

    /// Loads the gazetteer at `path` (with the subdivision names at `subdivisionNames`, read as
    /// part of the load, when given) and resolves `queries`, returning the seconds each took.
    package static func time(path: String, countryNames: CountryNames, subdivisionNames: String? = nil,
                             queries: [Query]) throws -> (load: Double, resolve: Double) {
        let clock = ContinuousClock()
        var gazetteer: Gazetteer?
        let load = try clock.measure {
            let extra = try subdivisionNames.map(SubdivisionNames.read) ?? .empty
            gazetteer = try Gazetteer(path: path, countryNames: countryNames, subdivisionNames: extra)
        }
        let resolve = try clock.measure {
            for q in queries { _ = try gazetteer!.resolve(name: q.name, country: q.country) }
        }
        return (seconds(load), seconds(resolve))
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
