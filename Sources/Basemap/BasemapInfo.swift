import Foundation

/// What a basemap holds: its levels' files, sizes and counts, and where the data came from.
package struct BasemapInfo: Sendable {
    /// One level file and its header.
    package struct Level: Sendable {
        package var path: String
        package var fileSize: Int
        package var header: LevelHeader
    }

    package var location: BasemapLocation
    /// The levels present, from low to high.
    package var levels: [Level]

    /// The sources text (the same in every level file).
    package var sources: String { levels.last?.header.sources ?? "" }

    /// What a map's credits say of this basemap: nil for Natural Earth (the shipped basemap, which
    /// each language credits in its own words); else the source note given at import (its first
    /// line), or the file the detailed level was imported from.
    package var credit: String? {
        let lines = sources.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first, !first.isEmpty else { return location.name }
        if first.hasPrefix("Natural Earth (public domain)") { return nil }
        let generated = ["high: ", "medium: ", "low: "]
        guard generated.contains(where: first.hasPrefix) else { return first }
        if let high = lines.first(where: { $0.hasPrefix("high: ") }), let comma = high.firstIndex(of: ",") {
            return String(high[high.index(high.startIndex, offsetBy: 6)..<comma])
        }
        return location.name
    }

    /// A human-readable summary, as `partnermap basemap info` prints it.
    package var report: String {
        var lines = ["basemap \(location.name) in \(location.directory)"]
        for level in levels {
            let header = level.header
            var line = "  \(header.level.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))"
                + "\(header.featureCount) features, \(header.polygonCount) polygons, \(header.ringCount) rings, "
                + "\(header.pointCount) points (\(header.arcPointCount) in \(header.arcCount) arcs), "
                + "\(header.borderCount) borders, \(header.coastlineCount) coastlines, \(Self.size(level.fileSize))"
            if header.tolerance > 0 || header.minIslandArea > 0 {
                line += "; tolerance \(header.tolerance) km², islands under \(header.minIslandArea) km² dropped"
            }
            lines.append(line)
            lines.append("         \(level.path)")
        }
        lines.append("sources:")
        lines += sources.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\((Double(bytes) / 1e5).rounded() / 10) MB"
            : bytes >= 1_000 ? "\((Double(bytes) / 1e2).rounded() / 10) kB" : "\(bytes) bytes"
    }
}
