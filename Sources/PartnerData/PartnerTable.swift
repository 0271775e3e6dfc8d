import Foundation

/// How to read a table file when its own bytes should not decide: the encoding and separator of a
/// CSV or TSV text, the sheet of a workbook. Nil means: found from the file.
public struct TableReadOptions: Sendable, Equatable {
    public var encoding: TableEncoding?
    public var separator: TableSeparator?
    /// The sheet of an .xlsx workbook (by name; case does not count when no name matches exactly); by default the first.
    public var sheet: String?

    public init(encoding: TableEncoding? = nil, separator: TableSeparator? = nil, sheet: String? = nil) {
        self.encoding = encoding; self.separator = separator; self.sheet = sheet
    }
}

/// Reads partner tables (CSV or TSV with a header row, or a sheet of an .xlsx workbook) into
/// networks, reporting every problem with its line and column, or its cell.
///
/// A table is read in two steps, which a geocoder can come between: `readRaw` gives every row
/// (`RawTable`), with or without coordinates; `Network(from:resolver:)` completes the rows that
/// need it with a resolver and makes the network. `read` does both without a resolver, so a row
/// without coordinates is an error there.
public enum PartnerTable {
    /// Reads and validates the table at `path`; throws `TableErrors` listing every problem found.
    ///
    /// - Parameters:
    ///   - hubID: the id of the row to use as hub, whatever its relation says; by default the one row marked `hub`.
    ///   - currentYear: the latest year allowed in the `year` column; by default the current year (UTC).
    ///   - options: the encoding, separator or sheet to use instead of those found from the file.
    public static func read(path: String, hubID: String? = nil, currentYear: Int? = nil,
                            options: TableReadOptions = TableReadOptions()) throws -> Network {
        try network(reading(.path(path), options: options, hubID: hubID, currentYear: currentYear, limits: .standard))
    }

    /// Reads and validates a table given as its file's bytes (CSV, TSV or .xlsx), naming it `file` in diagnostics.
    public static func read(data: Data, file: String, hubID: String? = nil, currentYear: Int? = nil,
                            options: TableReadOptions = TableReadOptions()) throws -> Network {
        try network(reading(.bytes(Array(data), name: file), options: options, hubID: hubID, currentYear: currentYear, limits: .standard))
    }

    /// Validates the table `text`, naming it `file` in diagnostics; throws `TableErrors` listing every problem found.
    ///
    /// Rows are checked as they are read and only valid rows are kept, so many bad rows do not pile up in memory.
    public static func parse(text: String, file: String, hubID: String? = nil, currentYear: Int? = nil) throws -> Network {
        try parse(text: text, file: file, hubID: hubID, currentYear: currentYear, limits: .standard)
    }

    /// Every row of the table at `path`, those that need geocoding included; throws `TableErrors`
    /// for what no geocoder can mend (a bad cell, a duplicate id, a second hub…).
    public static func readRaw(path: String, hubID: String? = nil, currentYear: Int? = nil,
                               options: TableReadOptions = TableReadOptions()) throws -> RawTable {
        try raw(reading(.path(path), options: options, hubID: hubID, currentYear: currentYear, limits: .standard))
    }

    /// Every row of a table given as its file's bytes.
    public static func readRaw(data: Data, file: String, hubID: String? = nil, currentYear: Int? = nil,
                               options: TableReadOptions = TableReadOptions()) throws -> RawTable {
        try raw(reading(.bytes(Array(data), name: file), options: options, hubID: hubID, currentYear: currentYear, limits: .standard))
    }

    /// Every row of the table `text`.
    public static func parseRaw(text: String, file: String, hubID: String? = nil, currentYear: Int? = nil,
                                separator: TableSeparator? = nil) throws -> RawTable {
        try raw(reading(.text(text, name: file), options: TableReadOptions(separator: separator), hubID: hubID,
                        currentYear: currentYear, limits: .standard))
    }

    static func read(path: String, hubID: String?, currentYear: Int?, limits: TableLimits) throws -> Network {
        try network(reading(.path(path), options: TableReadOptions(), hubID: hubID, currentYear: currentYear, limits: limits))
    }

    static func parse(text: String, file: String, hubID: String?, currentYear: Int?, limits: TableLimits) throws -> Network {
        try network(reading(.text(text, name: file), options: TableReadOptions(), hubID: hubID, currentYear: currentYear, limits: limits))
    }

    /// The current calendar year in UTC.
    static func thisYear() -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar.component(.year, from: Date())
    }

    // MARK: - Reading

    enum Input {
        case path(String)
        case bytes([UInt8], name: String)
        /// Text already decoded.
        case text(String, name: String)

        var name: String {
            switch self {
            case .path(let path): path
            case .bytes(_, let name), .text(_, let name): name
            }
        }
    }

    /// A table read: its rows when every cell is valid, the problems that make it unreadable,
    /// and apart from those what it lacks to be a network (coordinates, continents, a hub).
    struct Reading {
        var table: RawTable?
        var log: DiagnosticLog
        var seam: DiagnosticLog
    }

    private static func raw(_ reading: Reading) throws -> RawTable {
        guard reading.log.isEmpty, let table = reading.table else { throw TableErrors(diagnostics: reading.log.diagnostics) }
        return table
    }

    /// The network of a reading without a resolver; when the table has errors, what it lacks for a
    /// network is listed with them (the missing coordinates of a row beside its bad year).
    private static func network(_ reading: Reading) throws -> Network {
        guard reading.log.isEmpty, let table = reading.table else {
            var log = reading.log
            log.absorb(reading.seam)
            throw TableErrors(diagnostics: log.diagnostics)
        }
        return try Network(from: table)
    }

    static func reading(_ input: Input, options: TableReadOptions, hubID: String?, currentYear: Int?, limits: TableLimits) -> Reading {
        let file = input.name
        func failure(_ diagnostic: TableDiagnostic) -> Reading {
            var log = DiagnosticLog(file: file)
            log.report(location: diagnostic.location, diagnostic.message)
            return Reading(table: nil, log: log, seam: DiagnosticLog(file: file))
        }
        func assemble(_ records: RecordReader, notes: [String]) -> Reading {
            var assembler = TableAssembler(log: DiagnosticLog(file: file), notes: notes, hubID: hubID,
                                           currentYear: currentYear, limits: limits)
            for record in records where !assembler.add(record) { break }
            return assembler.finish()
        }
        let bytes: [UInt8]
        switch input {
        case .path(let path):
            switch TableFile.bytes(atPath: path, maximumBytes: limits.bytes) {
            case .success(let read): bytes = read
            case .failure(let diagnostic): return failure(diagnostic)
            }
        case .bytes(let given, _):
            if let tooLarge = TableFile.sizeProblem(bytes: given.count, maximum: limits.bytes) {
                return failure(TableDiagnostic(file: file, at: .start, tooLarge))
            }
            bytes = given
        case .text(let text, _):
            if let tooLarge = TableFile.sizeProblem(bytes: text.utf8.count, maximum: limits.bytes) {
                return failure(TableDiagnostic(file: file, at: .start, tooLarge))
            }
            let separator = options.separator ?? TableSeparator.detect(text)
            let notes = separator == .comma ? [] : ["\(file): read with \(separator.displayName) separators"]
            return assemble(RecordReader(text: text, separator: separator), notes: notes)
        }
        switch TableFile.open(bytes, file: file, options: options, limits: limits) {
        case .failure(let diagnostic):
            return failure(diagnostic)
        case .success(.text(let records, let notes)):
            return assemble(records, notes: notes)
        case .success(.sheet(let sheet)):
            var assembler = TableAssembler(log: DiagnosticLog(file: file, sheet: sheet.name), notes: [], hubID: hubID,
                                           currentYear: currentYear, limits: limits, date1904: sheet.date1904)
            if let problem = sheet.forEachRow({ assembler.add($0) }) { assembler.fail(at: .file, problem) }
            return assembler.finish()
        }
    }
}
