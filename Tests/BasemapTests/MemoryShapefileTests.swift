import Foundation
import Testing
@testable import Basemap

/// Shapefiles read from memory (through shapelib's file hooks) read as the same files on disk do.
@Suite struct MemoryShapefileTests {
    /// The files of the fixture world, by their names in `directory`, and the `.shp` path.
    private func worldFiles(_ directory: TemporaryDirectory) throws -> (shp: String, files: [String: [UInt8]]) {
        let shp = try FixtureWorld.writeShapefile(in: directory)
        var files: [String: [UInt8]] = [:]
        for ext in ["shp", "shx", "dbf", "cpg"] {
            let path = directory.path("world.\(ext)")
            files[path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return (shp, files)
    }

    @Test func memoryReadsWhatTheDiskReads() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (shp, files) = try worldFiles(directory)
        let disk = try ShapefileReader.read(path: shp)
        let memory = try ShapefileReader.read(path: shp, storage: .memory(ShapelibMemoryFiles(files)))
        #expect(memory.fieldNames == disk.fieldNames)
        #expect(memory.records.map(\.label) == disk.records.map(\.label))
        #expect(memory.records.map(\.properties) == disk.records.map(\.properties))
        #expect(memory.records.map(\.polygons) == disk.records.map(\.polygons))
        #expect(memory.notes == disk.notes)
        #expect(disk.records.count == 5)
    }

    @Test func filesMissingFromMemoryAreMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var (shp, files) = try worldFiles(directory)
        let shx = directory.path("world.shx")
        files[shx] = nil
        #expect(throws: BasemapError(file: shx, "missing: a shapefile needs its .shx index")) {
            try ShapefileReader.read(path: shp, storage: .memory(ShapelibMemoryFiles(files)))
        }
        files = try worldFiles(directory).files
        // The bytes, not the disk, are read: a .shp cut short in memory is truncated.
        files[shp]?.removeLast(30)
        let error = #expect(throws: BasemapError.self) {
            try ShapefileReader.read(path: shp, storage: .memory(ShapelibMemoryFiles(files)))
        }
        let message = error?.description ?? ""
        #expect(message.hasPrefix(shp + ": error: at record 5: truncated or corrupt"), "\(message)")
    }

    @Test func tablesReadFromMemory() throws {
        let fixture = ShapefileFixture(records: [], fields: [("NAME", 12), ("ISO", 2)], rows: [["Hà Nội", "VN"], ["Rome", "IT"]])
        let files = ShapelibMemoryFiles(["t.dbf": fixture.dbf()])
        let table = try DBFReader.read(path: "t.dbf", codePage: .utf8, storage: .memory(files))
        #expect(table.fieldNames == ["NAME", "ISO"])
        #expect(table.rows == [["Hà Nội", "VN"], ["Rome", "IT"]])
    }
}
