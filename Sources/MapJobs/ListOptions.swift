import OptionModel

/// How `list` prints the network.
public enum ListFormat: String, Sendable, CaseIterable {
    /// Aligned columns for reading.
    case table
    /// RFC 4180 CSV with a header line.
    case csv
    /// An array of objects, one per partner.
    case json
}

extension ListFormat: ChoiceOption {}

/// What `list` prints: the table for reading, or CSV or JSON for other programs.
public struct ListOptions: Sendable {
    public var format: ListFormat = .table
    public init() {}

    package static let options: [Option<ListOptions>] = [
        .value("format", \.format, "format",
               help: "table (aligned columns), csv (RFC 4180 with a header line) or json (an array of objects, one per partner); csv and json also give the names in every language and the iso2 code."),
    ]
}
