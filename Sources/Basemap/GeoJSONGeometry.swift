import MapGeometry

/// A GeoJSON Polygon or MultiPolygon as polygons of rings (closing points dropped); any other type is an error.
struct GeoJSONGeometry: Decodable {
    var polygons: [[[LonLat]]]

    private enum Keys: String, CodingKey { case type, coordinates }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "Polygon":
            polygons = [try container.decode(GeoJSONPolygon.self, forKey: .coordinates).rings]
        case "MultiPolygon":
            polygons = try container.decode([GeoJSONPolygon].self, forKey: .coordinates).map(\.rings)
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                debugDescription: "geometry type \(type) is not Polygon or MultiPolygon")
        }
    }
}

/// The rings of one GeoJSON polygon, at least one, each without its closing point.
struct GeoJSONPolygon: Decodable {
    var rings: [[LonLat]]

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        guard container.count != 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a polygon needs at least one ring, this has none"))
        }
        rings = []
        rings.reserveCapacity(container.count ?? 1)
        while !container.isAtEnd {
            var ring = try container.decode([GeoJSONPosition].self).map(\.point)
            if ring.count > 1, ring.first == ring.last { ring.removeLast() }
            rings.append(ring)
        }
    }
}

/// One `[longitude, latitude]` position in degrees; a third (altitude) and further numbers are
/// ignored, but must be numbers. An element that is not a number or a coordinate out of range is
/// an error at that element.
struct GeoJSONPosition: Decodable {
    var point: LonLat

    /// How far past ±180° and ±90° a coordinate may go (about 0.1 m), for values rounded on the way
    /// into the file; the grid clamps them.
    static let tolerance = 1e-6

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var numbers: [Double] = []
        while !container.isAtEnd {
            let index = container.currentIndex
            if let number = try? container.decode(Double.self) {
                numbers.append(number)
                continue
            }
            let found = try container.decode(JSONValue.self).kind
            let role = ["a longitude", "a latitude"].indices.contains(index) ? ["a longitude", "a latitude"][index] : "an altitude"
            throw Self.refusal(decoder, index, "expected \(role) (a number), found \(found)")
        }
        guard numbers.count >= 2 else {
            throw Self.refusal(decoder, nil, "expected a position [longitude, latitude], found "
                + (numbers.isEmpty ? "an empty array" : "only one number"))
        }
        let lon = numbers[0], lat = numbers[1]
        guard abs(lon) <= 180 + Self.tolerance else {
            throw Self.refusal(decoder, 0, "expected a longitude from -180 to 180, found \(Self.text(lon))")
        }
        guard abs(lat) <= 90 + Self.tolerance else {
            throw Self.refusal(decoder, 1, "expected a latitude from -90 to 90, found \(Self.text(lat))")
        }
        point = LonLat(lon: lon, lat: lat)
    }

    /// An error at the position, or at its element `index`.
    private static func refusal(_ decoder: any Decoder, _ index: Int?, _ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: decoder.codingPath + (index.map { [JSONLocator.Key(index: $0)] } ?? []),
                             debugDescription: message))
    }

    /// `181` rather than `181.0`.
    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
