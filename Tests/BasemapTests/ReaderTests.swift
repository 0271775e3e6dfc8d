import Foundation
import MapGeometry
import Testing
@testable import Basemap

@Suite struct ReaderTests {
    private let outer = FixtureWorld.square(0, 0, 10)
    private let lake: [(Double, Double)] = FixtureWorld.square(2, 2, 1).reversed()
    private let islet = FixtureWorld.square(20, 0, 1)

    @Test func nullShapesAreSkippedAndHolesFindTheirExterior() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = ShapefileFixture(records: [nil, [islet, lake, outer]], fields: [("NAME", 10)], rows: [["none"], ["lakeland"]])
        let file = try ShapefileReader.read(path: try fixture.write(to: directory.url.appendingPathComponent("lakes")))
        #expect(file.records.count == 1)
        let record = try #require(file.records.first)
        #expect(record.label == "record 2")
        #expect(record.properties["NAME"] == "lakeland")
        #expect(record.polygons.map(\.count) == [1, 2])
        #expect(record.polygons[1][1].count == 4)
    }

    @Test func polygonZIsReadAsLongitudeLatitude() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var fixture = ShapefileFixture(records: [[outer]], fields: [("NAME", 10)], rows: [["z"]])
        fixture.shapeType = 15
        let file = try ShapefileReader.read(path: try fixture.write(to: directory.url.appendingPathComponent("z")))
        #expect(file.records[0].polygons == [[outer.dropLast().map { LonLat(lon: $0.0, lat: $0.1) }]])
    }

    @Test func codePagesDecodeText() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let latin = ShapefileFixture(records: [[outer]], fields: [("NAME", 20)], rows: [["Côte d'Ivoire"]],
                                     codePage: "ISO-8859-1", textEncoding: .isoLatin1)
        let latinFile = try ShapefileReader.read(path: try latin.write(to: directory.url.appendingPathComponent("latin")))
        #expect(latinFile.records[0].properties["NAME"] == "Côte d'Ivoire")
        let windows = ShapefileFixture(records: [[outer]], fields: [("NAME", 20)], rows: [["Œuvre – 5 €"]],
                                       codePage: "1252", textEncoding: .windowsCP1252)
        let windowsFile = try ShapefileReader.read(path: try windows.write(to: directory.url.appendingPathComponent("windows")))
        #expect(windowsFile.records[0].properties["NAME"] == "Œuvre – 5 €")
        let utf8 = ShapefileFixture(records: [[outer]], fields: [("NAME", 20)], rows: [["Hà Nội"]], codePage: "UTF-8\r\n")
        let utf8File = try ShapefileReader.read(path: try utf8.write(to: directory.url.appendingPathComponent("utf8")))
        #expect(utf8File.records[0].properties["NAME"] == "Hà Nội")
        // Without a .cpg, UTF-8 text (as in Natural Earth's 1:10m files) is read as UTF-8.
        let plain = ShapefileFixture(records: [[outer]], fields: [("NAME_ZH", 30)], rows: [["科特迪瓦"]], codePage: nil)
        let plainFile = try ShapefileReader.read(path: try plain.write(to: directory.url.appendingPathComponent("plain")))
        #expect(plainFile.records[0].properties["NAME_ZH"] == "科特迪瓦")
        let unknown = ShapefileFixture(records: [[outer]], fields: [("NAME", 20)], rows: [["x"]], codePage: "KOI8-R")
        let path = try unknown.write(to: directory.url.appendingPathComponent("cyrillic"))
        #expect(throws: BasemapError.self) { try ShapefileReader.read(path: path) }
    }

    @Test func fieldsMatchIgnoringCaseAndSkipPlaceholderCodes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fixture = ShapefileFixture(records: [[outer]], fields: [("iso_a2", 6), ("ISO_A2_EH", 4), ("iso_a3", 4), ("name", 10)],
                                       rows: [["CN-TW", "TW", "-99", "Taiwan"]])
        let path = try fixture.write(to: directory.url.appendingPathComponent("codes"))
        let level = try #require(try LevelChecks.decode(try BasemapImporter.build(input: path))[.high])
        #expect(level.features[0].attributes == FeatureAttributes(iso2: "TW", iso3: "", continent: "", names: ["en": "Taiwan"]))
    }

    @Test func geoJSONAcceptsSingleFeaturesBareGeometriesAndNumbers() throws {
        let bare = try GeoJSONReader.parse(Data("""
            {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
            """.utf8), file: "bare.geojson")
        #expect(bare.records.count == 1 && bare.records[0].polygons[0][0].count == 3)
        let feature = try GeoJSONReader.parse(Data("""
            {"type": "Feature", "properties": {"ISO_N3": 156, "NAME": "China", "flag": null, "big": true, "area": 9.6e6, "list": [1]},
             "geometry": {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]}}
            """.utf8), file: "one.geojson")
        #expect(feature.records[0].properties == ["ISO_N3": "156", "NAME": "China", "big": "true", "area": "9600000"])
        #expect(feature.records[0].label == "feature")
        #expect(feature.records[0].polygons.count == 2)
    }
}
