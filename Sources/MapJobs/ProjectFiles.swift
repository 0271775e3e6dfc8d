import Foundation
import Gazetteer
import Geodata
import PartnerData

/// Finds the data the tool ships: the package's resources next to the program (where SwiftPM puts
/// them for any program built with the package), else a `geodata/` folder found by walking up
/// from the program or the current directory (a project checkout). `PARTNERMAP_DATA` names
/// another copy, if set.
package enum ProjectFiles {
    package static let defaultTable = "nanning.csv"

    /// The shipped data's directory, or nil when none can be found.
    package static func geodata() -> String? {
        if let env = ProcessInfo.processInfo.environment["PARTNERMAP_DATA"], isDirectory(env) { return env }
        if let exe = executableDirectory() {
            let resources = exe.appendingPathComponent(GeodataBundle.resourceFolder)
            if holdsTable(resources) { return resources.path }
        }
        return checkout()
    }

    /// A project checkout's `geodata/`, found walking up from the program or the current directory.
    static func checkout() -> String? {
        let starts = [executableDirectory(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)].compactMap { $0 }
        for start in starts {
            var dir = start
            for _ in 0..<12 {
                for candidate in [dir.appendingPathComponent("geodata"), dir.appendingPathComponent("share/partnermap/geodata")]
                where holdsTable(candidate) {
                    return candidate.path
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    static func executableDirectory() -> URL? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
    }

    static func holdsTable(_ dir: URL) -> Bool {
        FileManager.default.fileExists(atPath: dir.appendingPathComponent(defaultTable).path)
    }

    /// The default partner table.
    package static func defaultTablePath() throws -> String {
        guard let g = geodata() else {
            throw JobError("cannot find the default table geodata/\(defaultTable) (run from the project, or set PARTNERMAP_DATA to its geodata directory, or give --data FILE)")
        }
        return g + "/" + defaultTable
    }

    /// The shipped country names (none when the data has no such table).
    package static func countryNames() throws -> CountryNames {
        guard let path = geodata().map({ $0 + "/country-names.csv" }), FileManager.default.fileExists(atPath: path) else { return .empty }
        return try CountryNames.read(path: path)
    }

    /// The shipped subdivision names, extra search names for the gazetteer's places
    /// (`geodata/gazetteer/subdivision-names.csv`; none when the data has no such table).
    package static func subdivisionNames() throws -> SubdivisionNames {
        guard let path = subdivisionNamesPath() else { return .empty }
        return try SubdivisionNames.read(path: path)
    }

    /// The shipped subdivision names' file, or nil when the data has none.
    package static func subdivisionNamesPath() -> String? {
        guard let path = geodata().map({ $0 + "/gazetteer/subdivision-names.csv" }), FileManager.default.fileExists(atPath: path) else { return nil }
        return path
    }

    /// The shipped gazetteer (`geodata/gazetteer/cities500.pmg`), or nil when the data has none.
    package static func gazetteerPath() -> String? {
        guard let path = geodata().map({ $0 + "/gazetteer/cities500.pmg" }), FileManager.default.fileExists(atPath: path) else { return nil }
        return path
    }

    /// The shipped gazetteer with the shipped country and subdivision names, loaded once per process.
    package static func gazetteer() throws -> Gazetteer { try SharedGazetteer.shared.get() }

    /// The directory basemaps are looked up in by name.
    package static func basemapDirectory() -> String {
        (geodata() ?? "geodata") + "/basemap"
    }

    /// The directory a basemap NAME is written to: the project checkout's `geodata/basemap`
    /// (never the resources copy, which the next build replaces), or nil outside a project.
    package static func basemapSearchDirectory() -> String? {
        checkout().map { $0 + "/basemap" }
    }

    static func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}

/// The gazetteer a process loads once, when a table first needs it.
private final class SharedGazetteer: @unchecked Sendable {
    static let shared = SharedGazetteer()
    private let lock = NSLock()
    private var loaded: Gazetteer?

    func get() throws -> Gazetteer {
        lock.lock(); defer { lock.unlock() }
        if let loaded { return loaded }
        guard let path = ProjectFiles.gazetteerPath() else {
            throw JobError("the gazetteer is not installed (expected geodata/gazetteer/cities500.pmg, which scripts/fetch-gazetteer.sh builds); give the rows lat and lon instead")
        }
        let gazetteer = try Gazetteer(path: path, countryNames: try ProjectFiles.countryNames(),
                                      subdivisionNames: try ProjectFiles.subdivisionNames())
        loaded = gazetteer
        return gazetteer
    }
}
