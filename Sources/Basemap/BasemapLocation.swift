import Foundation

/// Where a basemap's level files are: `DIRECTORY/NAME.LEVEL.pmb` for LEVEL in low, medium, high.
package struct BasemapLocation: Sendable, Equatable {
    package var directory: String
    package var name: String

    package init(directory: String, name: String) {
        self.directory = directory
        self.name = name
    }

    package func path(for level: DetailLevel) -> String {
        (directory as NSString).appendingPathComponent("\(name).\(level.rawValue).\(CompactFormat.fileExtension)")
    }

    /// Whether the argument is a basemap NAME (letters, digits, `-`, `_`) rather than a path.
    package static func isName(_ nameOrPath: String) -> Bool {
        !nameOrPath.isEmpty && nameOrPath.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    /// An existing basemap: a NAME in `searchDirectory`, or a path given as a level file
    /// (`DIR/NAME.high.pmb`), as `DIR/NAME`, or as a directory holding exactly one basemap.
    package static func forReading(_ nameOrPath: String, searchDirectory: String?) throws -> BasemapLocation {
        let location: BasemapLocation
        if isName(nameOrPath) {
            guard let searchDirectory else { throw noSearchDirectory(nameOrPath) }
            location = BasemapLocation(directory: searchDirectory, name: nameOrPath)
        } else if isDirectory(nameOrPath) {
            let names = Set(((try? FileManager.default.contentsOfDirectory(atPath: nameOrPath)) ?? []).compactMap(levelFileName))
            guard names.count == 1, let name = names.first else {
                throw BasemapError(file: nameOrPath, names.isEmpty ? "holds no basemap (NAME.LEVEL.pmb files)"
                    : "holds several basemaps (\(names.sorted().joined(separator: ", "))); give DIR/NAME")
            }
            location = BasemapLocation(directory: nameOrPath, name: name)
        } else {
            location = split(nameOrPath)
        }
        guard DetailLevel.allCases.contains(where: { FileManager.default.fileExists(atPath: location.path(for: $0)) }) else {
            throw BasemapError(file: nameOrPath,
                "no basemap here (looked for \(location.path(for: .high)) and its medium and low siblings)")
        }
        return location
    }

    /// Where to write a basemap: a NAME goes to `searchDirectory`; a path is `DIR/NAME` (or a level
    /// file of it); an existing directory takes the input file's base name.
    package static func forWriting(_ nameOrPath: String, searchDirectory: String?, input: String) throws -> BasemapLocation {
        var location: BasemapLocation
        if isName(nameOrPath) {
            guard let searchDirectory else { throw noSearchDirectory(nameOrPath) }
            location = BasemapLocation(directory: searchDirectory, name: nameOrPath)
        } else if isDirectory(nameOrPath) {
            location = BasemapLocation(directory: nameOrPath,
                                       name: URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent)
        } else {
            location = split(nameOrPath)
        }
        if location.directory.isEmpty { location.directory = "." }
        return location
    }

    /// Creates the directory (and its parents) if it does not exist yet.
    package func createDirectory() throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw BasemapError(file: directory, "cannot create directory: \(error.localizedDescription)")
        }
    }

    /// `DIR/NAME`, `DIR/NAME.pmb` or `DIR/NAME.LEVEL.pmb` as directory and name.
    private static func split(_ path: String) -> BasemapLocation {
        var file = (path as NSString).lastPathComponent
        if file.hasSuffix("." + CompactFormat.fileExtension) { file = String(file.dropLast(CompactFormat.fileExtension.count + 1)) }
        if let level = DetailLevel.allCases.first(where: { file.hasSuffix("." + $0.rawValue) }) {
            file = String(file.dropLast(level.rawValue.count + 1))
        }
        let directory = (path as NSString).deletingLastPathComponent
        return BasemapLocation(directory: directory.isEmpty ? "." : directory, name: file)
    }

    /// NAME for a file called `NAME.LEVEL.pmb`.
    private static func levelFileName(_ file: String) -> String? {
        for level in DetailLevel.allCases where file.hasSuffix(".\(level.rawValue).\(CompactFormat.fileExtension)") {
            let name = String(file.dropLast(level.rawValue.count + CompactFormat.fileExtension.count + 2))
            return name.isEmpty ? nil : name
        }
        return nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func noSearchDirectory(_ name: String) -> BasemapError {
        BasemapError(file: name, "cannot find the geodata/basemap directory (looked upwards from the "
            + "executable and the current directory); give a path instead of a name")
    }
}
