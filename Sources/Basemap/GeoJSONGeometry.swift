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

/// One `[longitude, latitude]` position in degrees; a third (altitude) and further numbers are ignored.
struct GeoJSONPosition: Decodable {
    var point: LonLat

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        guard let count = container.count, count >= 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "a position is [longitude, latitude], this has \(container.count ?? 0) number(s)"))
        }
        let lon = try container.decode(Double.self), lat = try container.decode(Double.self)
        guard lon.isFinite, lat.isFinite, abs(lon) <= 180.000001, abs(lat) <= 90.000001 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "position (\(lon), \(lat)) is outside longitude/latitude range"))
        }
        point = LonLat(lon: lon, lat: lat)
    }
}
