import Foundation

/// Loads a table file, or says at which line and column it cannot be used: its bytes, then its
/// records, from a CSV or TSV text in one of the encodings spreadsheets write or from a sheet
/// of an .xlsx workbook.
enum TableFile {
    /// What a table file holds, ready for the header and rows to be read: the records of a text
    /// (and notes on how it was read when that was not UTF-8 with commas), or a sheet.
    enum Opened {
        case text(RecordReader, notes: [String])
        case sheet(Workbook.Sheet)
    }

    /// The bytes of the file at `path`; a file larger than `maximumBytes` is refused after reading
    /// at most one byte more.
    static func bytes(atPath path: String, maximumBytes: Int) -> Result<[UInt8], TableDiagnostic> {
        func failure(_ message: String, at position: SourcePosition = .start) -> Result<[UInt8], TableDiagnostic> {
            .failure(TableDiagnostic(file: path, at: position, message))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure("no such file (expected the path of a partner table: CSV, TSV or .xlsx)")
        }
        guard !isDirectory.boolValue else { return failure("this is a directory (expected a partner table file)") }
        // A pipe or a device would block or never end: only regular files are read.
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular else {
            return failure("this is not a regular file (a pipe or a device; expected a partner table file)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure("the file cannot be opened for reading (expected a readable partner table)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            return failure("the file cannot be read: \(error.localizedDescription) (expected a readable partner table)")
        }
        if let tooLarge = sizeProblem(bytes: data.count, maximum: maximumBytes) { return failure(tooLarge) }
        return .success(Array(data))
    }

    /// The records of a table file's `bytes`: a workbook's sheet when they are a ZIP archive,
    /// else a text in the encoding `options` give or the bytes show, split at the separator
    /// `options` give or its header line shows.
    static func open(_ bytes: [UInt8], file: String, options: TableReadOptions, limits: TableLimits) -> Result<Opened, TableDiagnostic> {
        func failure(_ message: String, at location: TableLocation = .text(line: 1, column: 1)) -> Result<Opened, TableDiagnostic> {
            .failure(TableDiagnostic(file: file, location: location, message: message))
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if options.encoding != nil || options.separator != nil {
                return failure("--encoding and --separator are for CSV and TSV tables (expected no such option for an .xlsx workbook)",
                               at: .file)
            }
            return Workbook.sheet(bytes, file: file, named: options.sheet, limits: limits).map { .sheet($0) }
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return failure("this is an Excel 97–2003 workbook (.xls) (expected .xlsx or CSV: save it as an Excel Workbook .xlsx)", at: .file)
        }
        if let sheet = options.sheet {
            return failure("--sheet \(CellRules.quoted(sheet)) names a sheet of an .xlsx workbook, but this table is text (expected no --sheet for CSV or TSV)")
        }
        let detected = options.encoding == nil
        let encoding = options.encoding ?? TableEncoding.detect(bytes)
        let text: String
        switch encoding.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let error):
            let why = detected ? "as its first bytes show" : "as --encoding says"
            return failure("the file is not \(encoding.displayName) text here (expected \(encoding.displayName), \(why); "
                + "save the table as UTF-8, or give its encoding with --encoding)", at: .text(line: error.position.line, column: error.position.column))
        }
        let separator = options.separator ?? TableSeparator.detect(text)
        var notes: [String] = []
        if encoding != .utf8 || separator != .comma {
            notes.append("\(file): read as \(encoding.displayName) with \(separator.displayName) separators")
        }
        return .success(.text(RecordReader(text: text, separator: separator), notes: notes))
    }

    /// Why a table of `bytes` bytes is refused, if it is larger than `maximum`.
    static func sizeProblem(bytes: Int, maximum: Int) -> String? {
        guard bytes > maximum else { return nil }
        let limit = maximum % (1 << 20) == 0 ? "\(maximum >> 20) MiB" : "\(maximum) bytes"
        return "the table is larger than \(limit) (expected a partner table of at most \(limit))"
    }

    /// The text of `bytes`, or the position of the first scalar that is not valid UTF-8.
    /// A leading byte order mark takes no column.
    static func decodeUTF8(_ bytes: Data) -> Result<String, InvalidUTF8> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return locateInvalidUTF8(bytes)
    }

    /// Decodes `bytes` scalar by scalar, counting lines and columns, up to the first that is not valid UTF-8.
    private static func locateInvalidUTF8(_ bytes: Data) -> Result<String, InvalidUTF8> {
        let decoded = LocatedDecoding.decode(UTF8.self, bytes.makeIterator())
        return decoded.failed ? .failure(InvalidUTF8(position: decoded.position)) : .success(decoded.text)
    }
}

/// Where a byte sequence stops being valid UTF-8.
struct InvalidUTF8: Error, Equatable {
    var position: SourcePosition
}
