import PartnerData

/// The facts a city is given with in `list`'s CSV and JSON and in the GeoJSON of `render`, in
/// that order: its id, its names (null where the table has none), country, iso2, continent,
/// relation, year (null when unknown), and its distance (km) and initial bearing (degrees
/// clockwise from north, 0 to 360; null for the hub) from the hub.
package enum CityFields {
    package static let keys = ["id", "name_en", "name_zh", "name_vi", "name_th", "country", "iso2", "continent",
                               "relation", "year", "distance_km", "bearing"]

    package static func values(_ city: City, distanceKM: Double, bearing: Double?) -> [JSONText] {
        [.string(city.id), .string(city.name(.en)), .string(city.name(.zh)), .string(city.name(.vi)), .string(city.name(.th)),
         .string(city.country), .string(city.iso2), .string(city.continent.rawValue), .string(city.relation.rawValue),
         city.year.map { .number(String($0)) } ?? .null, .number(distanceKM, decimals: 3),
         bearing.map { b in .number((b * 100).rounded() >= 36_000 ? 0 : b, decimals: 2) } ?? .null]
    }

    /// The members of a JSON object of the city.
    package static func members(_ city: City, distanceKM: Double, bearing: Double?) -> [(String, JSONText)] {
        Array(zip(keys, values(city, distanceKM: distanceKM, bearing: bearing)))
    }

    /// A value as a CSV field's text: nothing for null.
    package static func csvText(_ value: JSONText) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        case .number(let n): return n
        default: return value.text
        }
    }
}
