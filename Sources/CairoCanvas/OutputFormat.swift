/// A file format the canvas writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case png, pdf, svg

    /// The format named by a file's extension (case-insensitive), or nil.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
