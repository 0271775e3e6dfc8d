import Foundation
import Testing
@testable import Basemap

@Suite struct BasemapLocationTests {
    @Test func namesAndPathsResolveToTheSameFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let input = try FixtureWorld.writeShapefile(in: directory)
        try BasemapImporter.importBasemap(input: input, output: directory.path("maps/world"), searchDirectory: nil)
        let maps = directory.path("maps")
        let expected = BasemapLocation(directory: maps, name: "world")
        #expect(try BasemapLocation.forReading("world", searchDirectory: maps) == expected)
        #expect(try BasemapLocation.forReading(maps + "/world", searchDirectory: nil) == expected)
        #expect(try BasemapLocation.forReading(maps + "/world.medium.pmb", searchDirectory: nil) == expected)
        #expect(try BasemapLocation.forReading(maps, searchDirectory: nil) == expected)
        #expect(throws: BasemapError.self) { try BasemapLocation.forReading("atlantis", searchDirectory: maps) }
        #expect(throws: BasemapError.self) { try BasemapLocation.forReading("world", searchDirectory: nil) }

        // A NAME given for writing goes to the search directory; a directory takes the input's name.
        try BasemapImporter.importBasemap(input: input, output: "named", searchDirectory: maps)
        try FileManager.default.createDirectory(atPath: directory.path("dir"), withIntermediateDirectories: false)
        try BasemapImporter.importBasemap(input: input, output: directory.path("dir"), searchDirectory: nil)
        #expect(FileManager.default.fileExists(atPath: maps + "/named.low.pmb"))
        #expect(FileManager.default.fileExists(atPath: directory.path("dir/world.high.pmb")))
        #expect(throws: BasemapError.self) { try BasemapLocation.forReading(maps, searchDirectory: nil) }
    }

    @Test func missingLevelIsAnError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try BasemapImporter.importBasemap(input: try FixtureWorld.writeShapefile(in: directory), output: directory.path("world"),
                                          searchDirectory: nil)
        try FileManager.default.removeItem(atPath: directory.path("world.medium.pmb"))
        let basemap = try Basemap.open(nameOrPath: directory.path("world"), searchDirectory: directory.path("none"))
        #expect(basemap.availableLevels == [.low, .high])
        #expect(throws: BasemapError.self) { try basemap.load(.medium) }
        #expect(try basemap.info().levels.count == 2)
    }
}
