import Foundation

/// Finds the data the tool ships (`geodata/`): from `PARTNERMAP_DATA`, next to the executable
/// (walking up from its real path, as in a build tree), or from the current directory upwards,
/// so the default table is found wherever the command is run from.
public enum ProjectFiles {
    public static let defaultTable = "nanning.csv"

    /// The `geodata` directory, or nil when none can be found.
    public static func geodata() -> String? {
        if let env = ProcessInfo.processInfo.environment["PARTNERMAP_DATA"], isDirectory(env) { return env }
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var dir = start
            for _ in 0..<12 {
                for candidate in [dir.appendingPathComponent("geodata"), dir.appendingPathComponent("share/partnermap/geodata")]
                where FileManager.default.fileExists(atPath: candidate.appendingPathComponent(defaultTable).path) {
                    return candidate.path
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    /// The default partner table.
    public static func defaultTablePath() throws -> String {
        guard let g = geodata() else {
            throw JobError("cannot find the default table geodata/\(defaultTable) (run from the project, or set PARTNERMAP_DATA to its geodata directory, or give --data FILE)")
        }
        return g + "/" + defaultTable
    }

    /// The directory basemaps are looked up in by name.
    public static func basemapDirectory() -> String {
        (geodata() ?? "geodata") + "/basemap"
    }

    /// The directory a basemap NAME is written to, or nil outside a project.
    public static func basemapSearchDirectory() -> String? {
        geodata().map { $0 + "/basemap" }
    }

    static func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}
