import Foundation
import MapGeometry
import Testing
@testable import Basemap

@Suite struct RoundTripTests {
    @Test func coordinatesSurviveWithinTheQuantizationStep() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = try FixtureWorld.writeShapefile(in: directory)
        let result = try BasemapImporter.importBasemap(input: input, output: directory.path("out/world"), searchDirectory: nil)
        #expect(result.info.levels.map(\.header.level) == [.low, .medium, .high])
        let high = try Basemap.open(nameOrPath: directory.path("out/world"), searchDirectory: directory.path("none")).load(.high)

        let step = 1e-5
        var decoded: [GridPoint: LonLat] = [:]
        for point in high.points { decoded[GridPoint(x: Int32((point.lon / step).rounded()), y: Int32((point.lat / step).rounded()))] = point }
        var checked = 0
        for polygon in FixtureWorld.polygons.flatMap({ $0 }) {
            for ring in polygon {
                for (lon, lat) in ring {
                    let point = try #require(decoded[GridPoint(x: Int32((lon / step).rounded()), y: Int32((lat / step).rounded()))])
                    #expect(abs(point.lon - lon) <= step / 2 + 1e-12 && abs(point.lat - lat) <= step / 2 + 1e-12)
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
        #expect(LevelChecks.problems(high).isEmpty)
    }

    @Test func attributesArePreserved() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let levels = try LevelChecks.decode(try BasemapImporter.build(input: try FixtureWorld.writeShapefile(in: directory)))
        for level in levels.values {
            let attributes = level.features.map(\.attributes)
            #expect(attributes.count == 5)
            #expect(attributes[1] == FeatureAttributes(iso2: "DE", iso3: "DEU", continent: "Europe",
                                                        names: ["en": "Germany", "zh": "德国"]))
            #expect(attributes[2].names["zh"] == "列支敦士登")
        }
    }

    @Test func geoJSONWithCounterClockwiseExteriorsGivesTheSameGeometry() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shapefile = try LevelChecks.decode(try BasemapImporter.build(input: try FixtureWorld.writeShapefile(in: directory)))
        let path = directory.path("world.geojson")
        try Data(FixtureWorld.geoJSON().utf8).write(to: URL(fileURLWithPath: path))
        let geoJSON = try LevelChecks.decode(try BasemapImporter.build(input: path))
        for level in DetailLevel.allCases {
            let a = try #require(shapefile[level]), b = try #require(geoJSON[level])
            let samePoints = a.points == b.points, sameLines = a.borders.points == b.borders.points
                && a.coastlines.points == b.coastlines.points
            #expect(samePoints && sameLines)
            #expect(a.rings == b.rings && a.polygons == b.polygons)
            #expect(a.features.map(\.attributes) == b.features.map(\.attributes))
        }
    }

    @Test func rebuildingGivesIdenticalBytes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = try FixtureWorld.writeShapefile(in: directory)
        let first = try BasemapImporter.build(input: input), second = try BasemapImporter.build(input: input)
        #expect(first.files.map(\.level) == second.files.map(\.level))
        #expect(first.files.map(\.bytes) == second.files.map(\.bytes))

        try BasemapImporter.importBasemap(input: input, output: directory.path("a/world"), searchDirectory: nil)
        try BasemapImporter.importBasemap(input: input, output: directory.path("b/world"), searchDirectory: nil)
        for level in DetailLevel.allCases {
            let a = FileManager.default.contents(atPath: directory.path("a/world.\(level.rawValue).pmb"))
            let b = FileManager.default.contents(atPath: directory.path("b/world.\(level.rawValue).pmb"))
            #expect(a != nil && a == b)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path("a")).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func separateLowSourceTakesAttributesFromTheInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = try FixtureWorld.writeShapefile(in: directory)
        // The low source: A split in two halves (one without codes), B under another name, no C/D/E.
        let rectangle = { (x0: Double, x1: Double) -> [(Double, Double)] in [(x0, 0), (x0, 10), (x1, 10), (x1, 0), (x0, 0)] }
        let low = ShapefileFixture(
            records: [[rectangle(0, 5)], [rectangle(5, 10)], [rectangle(10, 20)]],
            fields: [("iso_a3", 4), ("name", 20)], rows: [["FRA", "France"], ["-99", "West Francia"], ["-99", "Germany"]],
            codePage: "ISO-8859-1", textEncoding: .isoLatin1)
        var options = BasemapImportOptions()
        options.lowSource = try low.write(to: directory.url.appendingPathComponent("low"))
        let built = try BasemapImporter.build(input: input, options: options)
        let level = try #require(try LevelChecks.decode(built)[.low])
        #expect(level.features.map(\.attributes.iso3) == ["FRA", "DEU"])
        #expect(level.features[0].polygons.count == 2)
        #expect(level.features[1].attributes.names["zh"] == "德国")
        #expect(level.borders.lines.count == 1)
    }
}
