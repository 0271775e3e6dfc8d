import Foundation
import OptionModel
import PartnerData

/// Where a map's data comes from: the partner table, the hub, the basemap.
public struct DataOptions: Sendable {
    public var table: TableSource = .shipped
    /// The hub row's id (needed when the table has no single hub).
    public var hubID: String?
    /// A basemap name (looked up in the shipped geodata) or a path to one.
    public var basemap: String = "naturalearth"
    public init(table: TableSource = .shipped, hubID: String? = nil, basemap: String = "naturalearth") {
        self.table = table; self.hubID = hubID; self.basemap = basemap
    }

    package static let options: [Option<DataOptions>] = [
        Option(key: "data", valueName: "file", help: "Partner table (CSV). Default: the Nanning table the tool ships.",
               kind: .single, choices: [], pathRule: .path,
               assign: { d, values in
                   guard let path = values.last, !path.isEmpty else { throw OptionError("expected a file name, not an empty value") }
                   d.table = .file(path)
               },
               show: { d in if case .file(let p) = d.table { return p } else { return nil } }),
        .optional("hub", \.hubID, "id", help: "Id of the hub row (needed when the table has no single hub)."),
        .value("basemap", \.basemap, "name|path", help: "Basemap: a shipped name, or a path to one made by `basemap import`.",
               pathRule: .nameOrPath),
    ]

    /// The network: read and checked from the table, whatever its source.
    public func network() throws -> Network {
        switch table {
        case .shipped: return try PartnerTable.read(path: try ProjectFiles.defaultTablePath(), hubID: hubID)
        case .file(let path): return try PartnerTable.read(path: path, hubID: hubID)
        case let .data(bytes, name):
            guard let text = String(data: bytes, encoding: .utf8) else { throw JobError("\(name):1:1: error: not UTF-8 text") }
            return try PartnerTable.parse(text: text, file: name, hubID: hubID)
        case .network(let network): return network
        }
    }

    /// The table's file name, for the map's credits.
    public var tableName: String {
        switch table {
        case .shipped: return ProjectFiles.defaultTable
        case .file(let path): return URL(fileURLWithPath: path).lastPathComponent
        case .data(_, let name): return name
        case .network(let n): return URL(fileURLWithPath: n.source).lastPathComponent
        }
    }
}

/// A partner table: the shipped default, a file, bytes in memory, or a network built in code.
public enum TableSource: Sendable {
    case shipped
    case file(String)
    /// CSV bytes, named in diagnostics.
    case data(Data, name: String)
    case network(Network)
}
