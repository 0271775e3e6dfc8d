import Foundation

/// One basemap on disk (a name in a directory, or a path) with all its levels.
package struct Basemap: Sendable {
    /// The basemap used when none is named.
    package static let defaultName = "naturalearth"

    package var location: BasemapLocation

    package init(location: BasemapLocation) {
        self.location = location
    }

    /// Opens a basemap by NAME (looked up in `searchDirectory`, normally the project's `geodata/basemap`)
    /// or by PATH (a level file, `DIR/NAME`, or a directory holding one basemap).
    package static func open(nameOrPath: String, searchDirectory: String) throws -> Basemap {
        Basemap(location: try BasemapLocation.forReading(nameOrPath, searchDirectory: searchDirectory))
    }

    /// The levels whose files exist, from low to high.
    package var availableLevels: [DetailLevel] {
        DetailLevel.allCases.filter { FileManager.default.fileExists(atPath: location.path(for: $0)) }
    }

    /// Reads and decodes one level.
    package func load(_ level: DetailLevel) throws -> BasemapLevel {
        let path = location.path(for: level)
        let data = try read(path, level: level)
        let decoded = try CompactDecoder.decode(data, file: path)
        guard decoded.level == level else {
            throw BasemapError(file: path, "holds the \(decoded.level.rawValue) level, not \(level.rawValue)")
        }
        return decoded
    }

    /// Levels, counts, file sizes and sources, from the level files' headers.
    package func info() throws -> BasemapInfo {
        var levels: [BasemapInfo.Level] = []
        for level in availableLevels {
            let path = location.path(for: level)
            let data = try read(path, level: level)
            let header = try data.withUnsafeBytes { try CompactDecoder.header($0, file: path) }
            levels.append(BasemapInfo.Level(path: path, fileSize: data.count, header: header))
        }
        return BasemapInfo(location: location, levels: levels)
    }

    private func read(_ path: String, level: DetailLevel) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else {
            throw BasemapError(file: path, "basemap \(location.name) has no \(level.rawValue) level")
        }
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular else {
            throw BasemapError(file: path, "not a regular file (a pipe, a device or a folder; expected a .pmb basemap file)")
        }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw BasemapError(file: path, "cannot read: \(error.localizedDescription)")
        }
    }
}
