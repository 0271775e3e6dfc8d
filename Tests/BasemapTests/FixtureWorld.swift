import Foundation

/// A small made-up world exercising the topology: two neighbours with a long wiggly shared border
/// (A west of 10°E, B east of it), an enclave C filling a hole of B, a tiny island of A (about
/// 1.2 km²), a 1° island of B, a country D split by the ±180° meridian and a polar E running along
/// the −90° parallel. Exteriors are clockwise (as shapefiles want), closing points repeated.
enum FixtureWorld {
    typealias Ring = [(Double, Double)]

    static let fields: [(name: String, width: Int)] = [
        ("ISO_A2", 4), ("ISO_A3", 4), ("CONTINENT", 20), ("NAME_EN", 30), ("NAME_ZH", 30),
    ]

    static let rows: [[String]] = [
        ["FR", "FRA", "Europe", "France", "法国"],
        ["DE", "DEU", "Europe", "Germany", "德国"],
        ["LI", "LIE", "Europe", "Liechtenstein", "列支敦士登"],
        ["FJ", "FJI", "Oceania", "Fiji", "斐济"],
        ["AQ", "ATA", "Antarctica", "Antarctica", "南极洲"],
    ]

    /// The shared border from (10, 0) north to (10, 10).
    static let border: Ring = (0...100).map { j in (10 + 0.08 * sin(Double.pi * Double(j) / 10), Double(j) / 10) }

    /// A coast from (x0, y) to (x1, y) with `count` wiggly steps.
    static func coast(from x0: Double, to x1: Double, at y: Double, count: Int = 100) -> Ring {
        (0...count).map { k in
            let t = Double(k) / Double(count)
            return (x0 + (x1 - x0) * t, y + 0.05 * sin(Double.pi * Double(k) / 5))
        }
    }

    static func square(_ x0: Double, _ y0: Double, _ size: Double) -> Ring {
        [(x0, y0), (x0, y0 + size), (x0 + size, y0 + size), (x0 + size, y0), (x0, y0)]
    }

    /// Rings of each feature's polygons (first ring of a polygon is its exterior).
    static var polygons: [[[Ring]]] {
        let west: Ring = (0..<100).map { (0, Double($0) / 10) }
        let countryA = west + coast(from: 0, to: 10, at: 10).dropLast() + border.reversed()
            + coast(from: 10, to: 0, at: 0).dropFirst()
        let enclave = square(14, 4, 2)
        let countryB = border.dropLast() + coast(from: 10, to: 20, at: 10).dropLast()
            + (0..<100).map { (20, 10 - Double($0) / 10) } + coast(from: 20, to: 10, at: 0)
        let islandB = coast(from: 15, to: 16, at: -5, count: 20) + coast(from: 16, to: 15, at: -6, count: 20) + [(15, -5)]
        let east: Ring = [(179, -17), (179, -16), (180, -16), (180, -16.5), (180, -17), (179, -17)]
        let westOf180: Ring = [(-180, -17), (-180, -16.5), (-180, -16), (-179, -16), (-179, -17), (-180, -17)]
        let polar: Ring = coast(from: -180, to: 180, at: -70, count: 360)
            + [(180, -80), (180, -90)] + stride(from: 170.0, through: -180, by: -10).map { ($0, -90) }
            + [(-180, -80), (-180, -70)]
        return [
            [[countryA], [square(5, -5, 0.01)]],
            [[countryB, enclave.reversed()], [islandB]],
            [[enclave]],
            [[east], [westOf180]],
            [[polar]],
        ]
    }

    /// The world as a shapefile in `directory`; returns the .shp path.
    static func writeShapefile(in directory: TemporaryDirectory, name: String = "world") throws -> String {
        let records: [[[(Double, Double)]]?] = polygons.map { $0.flatMap { $0 } }
        return try ShapefileFixture(records: records, fields: fields, rows: rows).write(to: directory.url.appendingPathComponent(name))
    }

    /// The world as a GeoJSON FeatureCollection of MultiPolygons with RFC 7946 (counter-clockwise) exteriors.
    static func geoJSON() -> String {
        let features = zip(polygons, rows).map { polygons, row in
            let coordinates = polygons.map { polygon in
                polygon.map { ring in
                    "[" + ring.reversed().map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]"
                }.joined(separator: ",")
            }.map { "[\($0)]" }.joined(separator: ",")
            let properties = zip(fields, row).map { "\"\($0.name)\":\"\($1)\"" }.joined(separator: ",")
            return "{\"type\":\"Feature\",\"properties\":{\(properties)},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[\(coordinates)]}}"
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}"
    }
}
