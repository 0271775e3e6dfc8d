import Foundation

/// Where in a table a problem lies: a line and column of its text (CSV, TSV), a cell of a sheet
/// of a workbook (.xlsx), or the file as a whole.
public enum TableLocation: Sendable, Hashable, CustomStringConvertible {
    /// 1-based physical line and 1-based column in Unicode scalars of the decoded text.
    case text(line: Int, column: Int)
    /// A sheet's cell: 1-based row and column (column 3 is C).
    case cell(sheet: String, row: Int, column: Int)
    /// The file, where no line or cell can be named (it is not a workbook, a sheet is missing).
    case file

    /// The line or row, 1 for the whole file.
    public var line: Int {
        switch self {
        case .text(let line, _): line
        case .cell(_, let row, _): row
        case .file: 1
        }
    }

    /// The column (its number for a cell), 1 for the whole file.
    public var column: Int {
        switch self {
        case .text(_, let column): column
        case .cell(_, _, let column): column
        case .file: 1
        }
    }

    /// `3:25`, `Partners!C7` (a sheet name with other than letters, digits and `_` in quotes,
    /// `'My sheet'!C7`, as Excel writes references), or empty for the whole file.
    public var description: String {
        switch self {
        case let .text(line, column): "\(line):\(column)"
        case let .cell(sheet, row, column): Self.sheetReference(sheet) + "!" + Self.columnLetters(column) + String(row)
        case .file: ""
        }
    }

    /// A1-style column letters: 1 is A, 26 is Z, 27 is AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = max(1, column), letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    static func sheetReference(_ sheet: String) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            && !("0"..."9").contains(sheet.unicodeScalars.first!)
        return plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

/// One problem found in a partner table, located at a line and column of its text or a cell of its sheet.
public struct TableDiagnostic: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var location: TableLocation
    /// Says what is wrong and ends with "(expected …)".
    public var message: String

    public init(file: String, location: TableLocation, message: String) {
        self.file = file; self.location = location; self.message = message
    }

    /// A problem at a line and column of a text table.
    public init(file: String, line: Int, column: Int, message: String) {
        self.init(file: file, location: .text(line: line, column: column), message: message)
    }

    init(file: String, at position: SourcePosition, _ message: String) {
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    /// The line (or the sheet's row); 1 for the whole file.
    public var line: Int { location.line }
    /// The column (or the cell's column number); 1 for the whole file.
    public var column: Int { location.column }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the format compilers and editors understand;
    /// `FILE:SHEET!CELL: error: MESSAGE` for a workbook's cell, `FILE: error: MESSAGE` for the file.
    public var description: String {
        location == .file ? "\(file): error: \(message)" : "\(file):\(location): error: \(message)"
    }
}

/// Every problem found in a partner table, in order of position.
public struct TableErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [TableDiagnostic]

    public init(diagnostics: [TableDiagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
