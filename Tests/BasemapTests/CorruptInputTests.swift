import Foundation
import Testing
@testable import Basemap

/// Broken inputs are rejected with an error naming the file (and the record where there is one),
/// never a crash, hang or huge allocation. Broken level files are `LevelFileTests`' business.
@Suite struct CorruptInputTests {
    /// The error `body` throws, as text; fails the test when it throws none.
    private func failure(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            try body()
            Issue.record("expected an error", sourceLocation: sourceLocation)
            return ""
        } catch {
            #expect(error is BasemapError, "\(error)", sourceLocation: sourceLocation)
            return BasemapError.message(for: error)
        }
    }

    private func world(_ directory: TemporaryDirectory) throws -> String { try FixtureWorld.writeShapefile(in: directory) }

    private func rewrite(_ path: String, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func truncatedShapefileNamesFileAndRecord() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shp = try world(directory)
        try rewrite(shp) { $0.removeLast(30) }
        let message = failure { _ = try BasemapImporter.build(input: shp) }
        #expect(message.hasPrefix(shp + ": error: at record 5: truncated or corrupt (shapelib: "), "\(message)")
    }

    @Test func truncatedRecordHeaderAndLyingCounts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shp = try world(directory)
        try rewrite(shp) { $0.removeSubrange(104...) }
        #expect(failure { _ = try ShapefileReader.readShapes(path: shp) }.contains("error: at record 1: truncated or corrupt"))
        let other = try world(directory)
        try rewrite(other) { bytes in
            // Record 1 claims 2^31 − 1 points: must be refused from the record length, not allocated.
            let countOffset = 100 + 8 + 40
            bytes.replaceSubrange(countOffset..<(countOffset + 4), with: [0xFF, 0xFF, 0xFF, 0x7F])
        }
        let message = failure { _ = try ShapefileReader.readShapes(path: other) }
        #expect(message.hasPrefix(other + ": error: at record 1: truncated or corrupt (shapelib: "), "\(message)")
        #expect(message.contains("2147483647"))
    }

    @Test func badMagicIsRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shp = try world(directory)
        try rewrite(shp) { $0.replaceSubrange(0..<4, with: [0x50, 0x4B, 0x03, 0x04]) }
        let message = failure { _ = try BasemapImporter.build(input: shp) }
        #expect(message == shp + ": error: bad magic: file code 1347093252, expected 9994 (not a shapefile)")
    }

    @Test func polyLineShapefilesAndRecordsAreRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var fixture = ShapefileFixture(records: [[FixtureWorld.square(0, 0, 1)]], fields: [("NAME", 8)], rows: [["line"]])
        fixture.shapeType = 3
        let lines = try fixture.write(to: directory.url.appendingPathComponent("lines"))
        #expect(failure { _ = try BasemapImporter.build(input: lines) } == lines + ": error: shape type 3 (PolyLine) is not a polygon type")

        let shp = try world(directory)
        try rewrite(shp) { bytes in
            let secondRecord = 100 + 8 + Int(UInt32(bigEndian: bytes[104..<108].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })) * 2
            bytes.replaceSubrange((secondRecord + 8)..<(secondRecord + 12), with: [3, 0, 0, 0])
        }
        #expect(failure { _ = try BasemapImporter.build(input: shp) } == shp + ": error: at record 2: shape type 3 (PolyLine) is not a polygon type")
    }

    @Test func missingOrTruncatedDBFIsRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shp = try world(directory)
        let dbf = directory.path("world.dbf")
        try rewrite(dbf) { $0.removeLast(40) }
        let truncated = failure { _ = try BasemapImporter.build(input: shp) }
        #expect(truncated.hasPrefix(dbf + ": error: at record 5: truncated or unreadable (shapelib: "), "\(truncated)")

        try FileManager.default.removeItem(atPath: dbf)
        #expect(failure { _ = try BasemapImporter.build(input: shp) }.hasPrefix(dbf + ": error: missing"))
        let shx = directory.path("world.shx")
        try FileManager.default.removeItem(atPath: shx)
        #expect(failure { _ = try BasemapImporter.build(input: shp) } == shx + ": error: missing: a shapefile needs its .shx index")
        try Data([0x00, 0x00, 0x27]).write(to: URL(fileURLWithPath: dbf))
        #expect(failure { _ = try DBFReader.read(path: dbf, codePage: .utf8) }.hasPrefix(dbf + ": error: not a readable dBase table"))
    }

    @Test func dbfWithWrongRecordCountOrLengthIsRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shp = try world(directory)
        let dbf = directory.path("world.dbf")
        try rewrite(dbf) { $0[4] = 4 }
        #expect(failure { _ = try BasemapImporter.build(input: shp) } == dbf + ": error: has 4 records, \(shp) has 5")
        try rewrite(dbf) { $0[10] = 99 }
        #expect(failure { _ = try BasemapImporter.build(input: shp) }.contains("does not match the 5 fields"))
    }

    @Test func malformedAndNonPolygonGeoJSONIsRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let cases: [(json: String, expected: String)] = [
            ("{\"type\": \"FeatureCollection\", \"features\": [", ":1:44: error: not valid JSON: expected a value"),
            ("{\"type\": \"FeatureCollection\",\n \"features\": [{\"type\": x}]}", ":2:24: error: not valid JSON: expected a value"),
            ("[1, 2]", ":1:1: error: expected an object, found an array"),
            ("{\"type\": \"Topology\"}", ":1:10: error: at type: unsupported GeoJSON type \"Topology\""),
            ("{\"type\": \"FeatureCollection\"}", ":1:1: error: missing \"features\""),
            ("""
             {"type": "FeatureCollection", "features": [
               {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,1],[1,1],[0,0]]]}},
               {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,1]]}}]}
             """, ":3:62: error: at features[1].geometry.type: geometry type LineString is not Polygon or MultiPolygon"),
            ("""
             {"type": "FeatureCollection", "features": [
               {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,1],[1,"x"]]]}}]}
             """, ":2:105: error: at features[0].geometry.coordinates[0][2][1]: expected a latitude (a number), found a string"),
            ("""
             {"type": "Feature", "properties": [], "geometry": null}
             """, ":1:35: error: at properties: expected an object, found an array"),
            ("""
             {"type": "Polygon", "coordinates": [[[0, 0], [1], [1, 1]]]}
             """, ":1:46: error: at coordinates[0][1]: expected a position [longitude, latitude], found only one number"),
            ("""
             {"type": "Feature", "properties": null, "geometry": {"type": "MultiPolygon", "coordinates": [[[[0,0],[0,91],[1,1],[0,0]]]]}}
             """, ":1:105: error: at geometry.coordinates[0][0][1][1]: expected a latitude from -90 to 90, found 91"),
            ("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": null}]}",
             ": error: no polygon features"),
            ("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Polygon\"}]}",
             ":1:53: error: at features[0].type: not a GeoJSON Feature (type \"Polygon\")"),
        ]
        for (index, item) in cases.enumerated() {
            let path = directory.path("bad\(index).geojson")
            try Data(item.json.utf8).write(to: URL(fileURLWithPath: path))
            let message = failure { _ = try BasemapImporter.build(input: path) }
            #expect(message.hasPrefix(path + item.expected), "\(message)")
        }
    }

    @Test func unknownInputTypeAndMissingFieldsAreRejected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(failure { _ = try BasemapImporter.build(input: directory.path("world.kml")) }.contains("unsupported input type '.kml'"))
        let shp = try world(directory)
        var options = BasemapImportOptions()
        options.fields.iso2 = ["ISO_CODE"]
        #expect(failure { _ = try BasemapImporter.build(input: shp, options: options) }.contains("no field ISO_CODE for iso2"))
    }
}
