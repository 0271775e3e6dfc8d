import Foundation
import MapGeometry

/// Reads GeoJSON polygon features: a FeatureCollection, a single Feature, or a bare Polygon/MultiPolygon.
///
/// Features whose geometry is null are skipped; any other geometry type is an error naming the feature.
enum GeoJSONReader {
    static func read(path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BasemapError(file: path, FileManager.default.fileExists(atPath: path) ? "cannot read" : "no such file")
        }
        return try parse(data, file: path)
    }

    static func parse(_ data: Data, file: String) throws -> SourceFile {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw BasemapError(file: file, "not valid JSON: \(error.localizedDescription)")
        }
        guard let object = root as? [String: Any] else {
            throw BasemapError(file: file, "not a GeoJSON object: the top level is not a JSON object")
        }
        let type = object["type"] as? String
        let features: [(label: String, value: Any)]
        switch type {
        case "FeatureCollection":
            guard let list = object["features"] as? [Any] else {
                throw BasemapError(file: file, "FeatureCollection has no \"features\" array")
            }
            features = list.enumerated().map { ("features[\($0.offset)]", $0.element) }
        case "Feature":
            features = [("feature", object)]
        case "Polygon", "MultiPolygon":
            features = [("geometry", ["type": "Feature", "geometry": object, "properties": [String: Any]()])]
        default:
            throw BasemapError(file: file, "unsupported GeoJSON type \(type.map { "\"\($0)\"" } ?? "(none)"), "
                + "expected FeatureCollection, Feature, Polygon or MultiPolygon")
        }
        var fieldNames: [String] = []
        var seen: Set<String> = []
        var records: [SourceRecord] = []
        for (label, value) in features {
            guard let feature = value as? [String: Any], feature["type"] as? String == "Feature" else {
                throw BasemapError(file: file, record: label, "not a GeoJSON Feature object")
            }
            let properties = try readProperties(feature["properties"], file: file, label: label)
            for key in properties.keys.sorted() where !seen.contains(key) {
                seen.insert(key)
                fieldNames.append(key)
            }
            guard let geometry = feature["geometry"], !(geometry is NSNull) else { continue }
            let polygons = try readGeometry(geometry, file: file, label: label)
            records.append(SourceRecord(label: label, properties: properties, polygons: polygons))
        }
        return SourceFile(path: file, fieldNames: fieldNames, records: records)
    }

    private static func readProperties(_ value: Any?, file: String, label: String) throws -> [String: String] {
        guard let value, !(value is NSNull) else { return [:] }
        guard let dictionary = value as? [String: Any] else {
            throw BasemapError(file: file, record: label, "\"properties\" is not an object")
        }
        var properties: [String: String] = [:]
        for (key, item) in dictionary {
            switch item {
            case let text as String: properties[key] = text
            case let number as NSNumber: properties[key] = number.stringValue
            default: continue
            }
        }
        return properties
    }

    private static func readGeometry(_ value: Any, file: String, label: String) throws -> [[[LonLat]]] {
        guard let geometry = value as? [String: Any], let type = geometry["type"] as? String else {
            throw BasemapError(file: file, record: label, "geometry is not a GeoJSON geometry object")
        }
        let coordinates = geometry["coordinates"]
        switch type {
        case "Polygon":
            return [try readPolygon(coordinates, file: file, label: label)]
        case "MultiPolygon":
            guard let list = coordinates as? [Any] else {
                throw BasemapError(file: file, record: label, "MultiPolygon coordinates are not an array")
            }
            return try list.map { try readPolygon($0, file: file, label: label) }
        default:
            throw BasemapError(file: file, record: label, "geometry type \(type) is not Polygon or MultiPolygon")
        }
    }

    /// A polygon's rings, the closing point dropped.
    private static func readPolygon(_ value: Any?, file: String, label: String) throws -> [[LonLat]] {
        guard let rings = value as? [Any], !rings.isEmpty else {
            throw BasemapError(file: file, record: label, "polygon coordinates are not a non-empty array of rings")
        }
        return try rings.map { ringValue in
            guard let positions = ringValue as? [Any] else {
                throw BasemapError(file: file, record: label, "ring is not an array of positions")
            }
            var ring: [LonLat] = []
            ring.reserveCapacity(positions.count)
            for position in positions {
                guard let pair = position as? [Any], pair.count >= 2,
                      let lon = (pair[0] as? NSNumber)?.doubleValue, let lat = (pair[1] as? NSNumber)?.doubleValue else {
                    throw BasemapError(file: file, record: label, "position \(ring.count) is not [longitude, latitude]")
                }
                guard lon.isFinite, lat.isFinite, abs(lon) <= 180.000001, abs(lat) <= 90.000001 else {
                    throw BasemapError(file: file, record: label,
                        "position \(ring.count) (\(lon), \(lat)) is outside longitude/latitude range")
                }
                ring.append(LonLat(lon: lon, lat: lat))
            }
            if ring.count > 1, ring.first == ring.last { ring.removeLast() }
            return ring
        }
    }
}
