import Foundation

/// Finds the project's `geodata/basemap` directory, where basemaps given by NAME live.
public enum BasemapLocator {
    public static let relativeDirectory = "geodata/basemap"

    /// The first `geodata/basemap` directory found walking up from the executable's real path, then
    /// from the current directory; nil if there is none.
    public static func searchDirectory() -> String? {
        searchDirectory(startingAt: [executableDirectory(), FileManager.default.currentDirectoryPath].compactMap { $0 })
    }

    /// The first `geodata/basemap` found walking up from each start directory in turn.
    public static func searchDirectory(startingAt starts: [String]) -> String? {
        for start in starts {
            var directory = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent(relativeDirectory).path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                    return candidate
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }

    /// The directory of the running executable with symbolic links resolved (`/proc/self/exe`
    /// where there is one, else the first command-line argument).
    public static func executableDirectory() -> String? {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return (target as NSString).deletingLastPathComponent
        }
        guard let argument = CommandLine.arguments.first, argument.contains("/") else { return nil }
        return URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent().path
    }
}
