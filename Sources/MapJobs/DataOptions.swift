import Foundation
import Cartography
import Gazetteer
import OptionModel
import PartnerData

/// Where a map's data comes from: the partner table (and how to read it), the hub, the basemap.
public struct DataOptions: Sendable {
    public var table: TableSource = .shipped
    /// The hub row's id (needed when the table has no single hub).
    public var hubID: String?
    /// The encoding of a CSV or TSV table; nil: found from its bytes.
    public var encoding: TableEncoding?
    /// The separator of a CSV or TSV table; nil: found from its header line.
    public var separator: TableSeparator?
    /// The sheet of an .xlsx table; nil: its first.
    public var sheet: String?
    /// A basemap name (looked up in the shipped geodata) or a path to one.
    public var basemap: String = "naturalearth"
    public init(table: TableSource = .shipped, hubID: String? = nil, basemap: String = "naturalearth") {
        self.table = table; self.hubID = hubID; self.basemap = basemap
    }

    package static let options: [Option<DataOptions>] = [
        Option(key: "data", valueName: "file", help: "Partner table (CSV, TSV or .xlsx). Default: the Nanning table the tool ships.",
               kind: .single, choices: [], pathRule: .path,
               assign: { d, values in
                   guard let path = values.last, !path.isEmpty else { throw OptionError("expected a file name, not an empty value") }
                   d.table = .file(path)
               },
               show: { d in if case .file(let p) = d.table { return p } else { return nil } }),
        .optional("hub", \.hubID, "id|place",
                  help: "The hub: a row's id or name, or a place the gazetteer knows (\"南宁\", \"Nanning, China\"), added as the hub row. Default: the row whose relation is hub."),
        .optional("encoding", \.encoding, "name",
                  help: "Encoding of a CSV or TSV table (gbk is gb18030). Default: found from the file (a byte order mark, UTF-8, GB18030, else Windows-1252)."),
        .optional("separator", \.separator, "char",
                  help: "Field separator of a CSV or TSV table: comma, semicolon or tab (or , ;). Default: the one its header line holds most."),
        .optional("sheet", \.sheet, "name", help: "Sheet of an .xlsx table. Default: its first sheet."),
        .value("basemap", \.basemap, "name|path", help: "Basemap: a shipped name, or a path to one made by `basemap import`.",
               pathRule: .nameOrPath),
    ]

    /// How the table is to be read.
    public var readOptions: TableReadOptions { TableReadOptions(encoding: encoding, separator: separator, sheet: sheet) }

    /// The network: read and checked from the table, whatever its source. Rows without coordinates
    /// (and a `--hub` that is a place, not a row) are found in the shipped gazetteer when every one
    /// resolves to one place; otherwise the geocoder's messages are thrown (`TableErrors`), as
    /// `partnermap geocode` prints them. A note then says which rows were filled.
    public func network() throws -> Network {
        if case .network(let network) = table { return network }
        var raw: RawTable
        do { raw = try rawTable() } catch is TableErrors { return try plainNetwork() }
        _ = raw.hubByName()
        guard raw.hubRequest != nil || raw.rows.contains(where: \.needsGeocoding) else { return try Network(from: raw) }
        let (network, outcome) = try TableGeocoder(gazetteer: try ProjectFiles.gazetteer()).network(raw)
        var completed = network
        let placed = outcome.rows.filter { $0.geonameID != nil }.map(\.row.name)
        if !placed.isEmpty {
            completed.notes.append("\(raw.file): \(placed.count) of \(outcome.rows.count) places found in the gazetteer "
                + "(GeoNames, CC BY 4.0): \(NameSummary.of(placed)); `partnermap geocode` writes them into the table")
        }
        return completed
    }

    /// The network of a table read without a gazetteer: every problem of the table listed, the
    /// rows without coordinates among them.
    private func plainNetwork() throws -> Network {
        switch table {
        case .shipped: return try PartnerTable.read(path: try ProjectFiles.defaultTablePath(), hubID: hubID, options: readOptions)
        case .file(let path): return try PartnerTable.read(path: path, hubID: hubID, options: readOptions)
        case let .data(bytes, name): return try PartnerTable.read(data: bytes, file: name, hubID: hubID, options: readOptions)
        case .network(let network): return network
        }
    }

    /// Every row of the table, those still to be geocoded included: what a geocoder completes before
    /// `Network(from:resolver:)` makes the network.
    public func rawTable() throws -> RawTable {
        switch table {
        case .shipped: return try PartnerTable.readRaw(path: try ProjectFiles.defaultTablePath(), hubID: hubID, options: readOptions)
        case .file(let path): return try PartnerTable.readRaw(path: path, hubID: hubID, options: readOptions)
        case let .data(bytes, name): return try PartnerTable.readRaw(data: bytes, file: name, hubID: hubID, options: readOptions)
        case .network(let network):
            throw JobError("\(network.source): a network built in code has no table rows to read")
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
    /// A table file's bytes (CSV, TSV or .xlsx), named in diagnostics.
    case data(Data, name: String)
    case network(Network)
}

extension TableEncoding: OptionValue {
    package init(optionText: String) throws {
        guard let encoding = TableEncoding(name: optionText) else {
            throw OptionError("\"\(optionText)\" is not an encoding partnermap reads (expected one of: \(Self.optionChoices.joined(separator: ", ")), or gbk, cp1252)")
        }
        self = encoding
    }
    package static var optionChoices: [String] { allCases.map(\.rawValue) }
    package var optionText: String { rawValue }
}

extension TableSeparator: OptionValue {
    package init(optionText: String) throws {
        guard let separator = TableSeparator(name: optionText) else {
            throw OptionError("\"\(optionText)\" is not a separator (expected one of: comma, semicolon, tab, or , ;)")
        }
        self = separator
    }
    package static var optionChoices: [String] { allCases.map(\.rawValue) }
    package var optionText: String { rawValue }
}
