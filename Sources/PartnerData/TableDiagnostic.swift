/// One problem found in a partner table, located at a line and column of its file.
public struct TableDiagnostic: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    /// Says what is wrong and ends with "(expected …)".
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file; self.line = line; self.column = column; self.message = message
    }

    init(file: String, at position: SourcePosition, _ message: String) {
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the format compilers and editors understand.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Every problem found in a partner table, in order of position.
public struct TableErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [TableDiagnostic]

    public init(diagnostics: [TableDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
