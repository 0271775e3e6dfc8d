/// The layers of a map, in paint order; `--layers` names them.
public enum MapLayer: String, Sendable, CaseIterable, Comparable {
    case sphere, graticule, land, countries, borders, arcs, cities, inset, labels, legend, title, credits

    /// Layers drawn when none are asked for (`countries` comes with `--highlight-countries`).
    public static let defaults: Set<MapLayer> = Set(allCases).subtracting([.countries])

    public static func < (a: MapLayer, b: MapLayer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses a comma-separated list; throws naming the first unknown layer.
    public static func parseList(_ text: String) throws -> Set<MapLayer> {
        var out = Set<MapLayer>()
        for raw in text.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces)
            guard let layer = MapLayer(rawValue: name) else {
                throw SpecError("unknown layer \"\(name)\" (expected some of: \(allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            out.insert(layer)
        }
        return out
    }
}

/// A map option that makes no sense, with a message saying what was expected.
public struct SpecError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ d: String) { description = d }
}

import Foundation
