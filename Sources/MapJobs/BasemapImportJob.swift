import Basemap
import Foundation

/// `basemap import`: builds a basemap from a user's polygon file and writes its level files
/// atomically, to a NAME in geodata/basemap or to a PATH.
public enum BasemapImportJob {
    public static func run(input: String, options: BasemapImportOptions, output: String) throws -> (info: BasemapInfo, notes: [String]) {
        let location = try BasemapLocation.forWriting(output, searchDirectory: ProjectFiles.basemapSearchDirectory(), input: input)
        let built = try BasemapImporter.build(input: input, options: options)
        try location.createDirectory()
        try AtomicFile.write(built.files.map { (location.path(for: $0.level), $0.bytes) })
        return (try Basemap(location: location).info(), built.notes)
    }

    /// Opens a basemap by NAME (in geodata/basemap) or PATH.
    public static func open(_ nameOrPath: String) throws -> Basemap {
        try Basemap.open(nameOrPath: nameOrPath, searchDirectory: ProjectFiles.basemapDirectory())
    }
}
