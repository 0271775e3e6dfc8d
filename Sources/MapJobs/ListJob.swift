import Cartography
import Foundation
import MapGeometry
import PartnerData

/// The network as a text table, CSV or JSON: name, country, continent, relation, year, distance
/// and initial bearing from the hub, sorted by year (unknown years last).
package enum ListJob {
    package struct Row: Sendable {
        package var city: City
        package var distanceKM: Double
        package var bearing: Double
    }

    package static func rows(_ network: Network) -> [Row] {
        let hub = LonLat(lon: network.hub.lon, lat: network.hub.lat)
        return network.partnersByYear.map { c in
            let inv = Geodesic.wgs84.inverse(hub, LonLat(lon: c.lon, lat: c.lat))
            var bearing = inv.initialBearing
            if bearing < 0 { bearing += 360 }
            return Row(city: c, distanceKM: inv.distance / 1000, bearing: bearing)
        }
    }

    /// The list in `format`.
    package static func text(_ network: Network, format: ListFormat) -> String {
        switch format {
        case .table: return table(network)
        case .csv: return csv(network)
        case .json: return json(network)
        }
    }

    /// RFC 4180 CSV (CRLF line ends) with a header line of `CityFields.keys`.
    package static func csv(_ network: Network) -> String {
        let lines = [CityFields.keys] + rows(network).map { r in
            CityFields.values(r.city, distanceKM: r.distanceKM, bearing: r.bearing).map(CityFields.csvText)
        }
        return lines.map { $0.map(TableWriter.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A JSON array of one object per partner, one to a line.
    package static func json(_ network: Network) -> String {
        let objects = rows(network).map { r in JSONText.object(CityFields.members(r.city, distanceKM: r.distanceKM, bearing: r.bearing)).text }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    package static func table(_ network: Network) -> String {
        let header = ["name", "country", "continent", "relation", "year", "km", "bearing"]
        var lines: [[String]] = [header]
        for r in rows(network) {
            lines.append([oneLine(r.city.nameEN), oneLine(r.city.country), r.city.continent.rawValue, r.city.relation.rawValue,
                          r.city.year.map(String.init) ?? "—", groupedDigits(Int(r.distanceKM.rounded())),
                          String(format: "%.1f°", r.bearing)])
        }
        let numeric: Set<Int> = [5, 6]
        var widths = [Int](repeating: 0, count: header.count)
        for l in lines { for (i, s) in l.enumerated() { widths[i] = max(widths[i], s.count) } }
        var out = "hub: \(oneLine(network.hub.nameEN)), \(oneLine(network.hub.country)) (\(network.hub.lat), \(network.hub.lon)); \(network.partners.count) partners\n"
        for (n, l) in lines.enumerated() {
            let cells = l.enumerated().map { i, s in
                let pad = String(repeating: " ", count: widths[i] - s.count)
                return numeric.contains(i) ? pad + s : s + pad
            }
            out += cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// A name broken over lines, on one line of the list.
    private static func oneLine(_ name: String) -> String { name.replacingOccurrences(of: "\n", with: " ") }
}
