import Cartography
import Foundation
import MapGeometry
import PartnerData

/// `render -o FILE.geojson`: the network for GIS as an RFC 7946 FeatureCollection. Every city,
/// the hub first and then the partners as `list` orders them, is a Point with `CityFields`'
/// properties and `hub`; then every partner's arc from the hub, with the partner's properties,
/// is a LineString along the WGS 84 geodesic (points at most 50 km apart), or a
/// MultiLineString cut at the antimeridian and at a pole it passes over. Coordinates are
/// [lon, lat] to 6 decimals; the same network always gives the same bytes.
package enum GeoJSONExport {
    /// Whether `path` names a GeoJSON file (`.geojson`, any case).
    package static func isGeoJSON(_ path: String) -> Bool {
        URL(fileURLWithPath: path).pathExtension.lowercased() == "geojson"
    }

    /// Most metres between neighbouring points of an arc.
    package static let spacing = 50_000.0

    /// Writes the network of `options.data` to `output`, atomically.
    static func run(_ options: MapOptions, to output: String) throws -> JobResult {
        guard options.render.layoutReport == nil else {
            throw JobError("a GeoJSON output has no layout to report: drop --layout-report or write a .png, .pdf or .svg")
        }
        _ = try AtomicFile.Target(output)
        var times = StageTimes()
        let network = try times.measure("load table") { try options.data.network() }
        let text = times.measure("geodesics and GeoJSON") { document(network) }
        try times.measure("write") { try AtomicFile.write(text, to: output) }
        var result = JobResult()
        result.times = times.stages
        result.written = [output]
        result.notes = network.notes
        return result
    }

    /// The FeatureCollection of `network`, one feature to a line.
    package static func document(_ network: Network) -> String {
        let hub = LonLat(lon: network.hub.lon, lat: network.hub.lat)
        let rows = ListJob.rows(network)
        var features = [feature(CityFields.members(network.hub, distanceKM: 0, bearing: nil), hub: true, point(hub))]
        for r in rows {
            features.append(feature(CityFields.members(r.city, distanceKM: r.distanceKM, bearing: r.bearing), hub: false,
                                    point(LonLat(lon: r.city.lon, lat: r.city.lat))))
        }
        for r in rows {
            let parts = Geodesic.wgs84.lonLatParts(hub, LonLat(lon: r.city.lon, lat: r.city.lat), spacing: spacing)
            let geometry: JSONText = parts.count == 1
                ? .object([("type", .string("LineString")), ("coordinates", line(parts[0]))])
                : .object([("type", .string("MultiLineString")), ("coordinates", .array(parts.map(line)))])
            features.append(feature(CityFields.members(r.city, distanceKM: r.distanceKM, bearing: r.bearing), hub: false, geometry))
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.map(\.text).joined(separator: ",\n") + "\n]}\n"
    }

    private static func feature(_ properties: [(String, JSONText)], hub: Bool, _ geometry: JSONText) -> JSONText {
        .object([("type", .string("Feature")), ("properties", .object(properties + [("hub", .bool(hub))])), ("geometry", geometry)])
    }

    private static func point(_ p: LonLat) -> JSONText {
        .object([("type", .string("Point")), ("coordinates", position(p))])
    }

    private static func line(_ points: [LonLat]) -> JSONText { .array(points.map(position)) }

    private static func position(_ p: LonLat) -> JSONText {
        .array([.number(p.lon, decimals: 6), .number(p.lat, decimals: 6)])
    }
}
