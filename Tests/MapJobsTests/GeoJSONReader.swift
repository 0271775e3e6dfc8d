import Foundation
import MapGeometry
import Testing

/// A GeoJSON FeatureCollection read back with JSONSerialization, as another program would:
/// its features' geometry types, coordinates and properties.
struct GeoJSONFile {
    struct Feature {
        var type: String
        /// The lines of the geometry: one for a LineString, several for a MultiLineString, the
        /// one position of a Point as a line of one.
        var parts: [[LonLat]]
        var properties: [String: Any]
        var id: String? { properties["id"] as? String }
        /// The properties as text, key by key, to compare two features'.
        var propertyText: [String] { properties.keys.sorted().map { "\($0)=\(properties[$0]!)" } }
    }

    var features: [Feature] = []
    var points: [Feature] { features.filter { $0.type == "Point" } }
    var arcs: [Feature] { features.filter { $0.type == "LineString" || $0.type == "MultiLineString" } }

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        try #require(root["type"] as? String == "FeatureCollection")
        for f in try #require(root["features"] as? [[String: Any]]) {
            try #require(f["type"] as? String == "Feature")
            let geometry = try #require(f["geometry"] as? [String: Any])
            let type = try #require(geometry["type"] as? String)
            func position(_ any: Any) throws -> LonLat {
                let c = try #require(any as? [Double])
                try #require(c.count == 2)
                return LonLat(lon: c[0], lat: c[1])
            }
            let coordinates = try #require(geometry["coordinates"])
            let parts: [[LonLat]]
            switch type {
            case "Point": parts = [[try position(coordinates)]]
            case "LineString": parts = [try #require(coordinates as? [Any]).map(position)]
            case "MultiLineString": parts = try #require(coordinates as? [[Any]]).map { try $0.map(position) }
            default: throw GeoJSONError(message: "unexpected geometry \(type)")
            }
            features.append(Feature(type: type, parts: parts, properties: try #require(f["properties"] as? [String: Any])))
        }
    }
}

struct GeoJSONError: Error { var message: String }
