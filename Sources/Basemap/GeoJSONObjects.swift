/// The top level of a GeoJSON file: a FeatureCollection, a single Feature or a bare Polygon/MultiPolygon.
struct GeoJSONRoot: Decodable {
    /// The features with where each is in the file (`features[2]`, `feature` or `geometry`).
    var features: [(label: String, feature: GeoJSONFeature)]
    /// The old-style (pre-RFC 7946) `crs` member, if any.
    var crs: GeoJSONCRS?

    private enum Keys: String, CodingKey { case type, features, crs }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decodeIfPresent(String.self, forKey: .type)
        switch type {
        case "FeatureCollection":
            features = try container.decode([GeoJSONFeature].self, forKey: .features).enumerated()
                .map { ("features[\($0.offset)]", $0.element) }
        case "Feature":
            features = [("feature", try GeoJSONFeature(from: decoder))]
        case "Polygon", "MultiPolygon":
            features = [("geometry", GeoJSONFeature(properties: [:], geometry: try GeoJSONGeometry(from: decoder)))]
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                debugDescription: "unsupported GeoJSON type \(type.map { "\"\($0)\"" } ?? "(none)"), "
                    + "expected FeatureCollection, Feature, Polygon or MultiPolygon")
        }
        crs = try container.decodeIfPresent(GeoJSONCRS.self, forKey: .crs)
    }
}

/// A GeoJSON Feature; a null geometry means the feature has no shape.
struct GeoJSONFeature: Decodable {
    var properties: [String: JSONValue]
    var geometry: GeoJSONGeometry?

    private enum Keys: String, CodingKey { case type, properties, geometry }

    init(properties: [String: JSONValue], geometry: GeoJSONGeometry?) {
        self.properties = properties
        self.geometry = geometry
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decodeIfPresent(String.self, forKey: .type)
        guard type == "Feature" else {
            throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                debugDescription: "not a GeoJSON Feature (type \(type.map { "\"\($0)\"" } ?? "missing"))")
        }
        properties = try container.decodeIfPresent([String: JSONValue].self, forKey: .properties) ?? [:]
        geometry = try container.decodeIfPresent(GeoJSONGeometry.self, forKey: .geometry)
    }
}

/// The `crs` member of 2008 GeoJSON: `{"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}`
/// or `{"type": "EPSG", "properties": {"code": 4326}}`.
struct GeoJSONCRS: Decodable {
    var type: String?
    var properties: [String: JSONValue]?

    /// The system it names, as text (`EPSG:4326` for the EPSG form).
    var name: String {
        switch type?.lowercased() {
        case "name": properties?["name"]?.attributeText ?? "(no name)"
        case "epsg": "EPSG:" + (properties?["code"]?.attributeText ?? "?")
        default: "a \(type ?? "untyped") crs"
        }
    }
}
