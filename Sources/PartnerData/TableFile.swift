import Foundation

/// Loads a table file as text, or says at which line and column it cannot be used.
enum TableFile {
    /// The text of the file at `path`; a file larger than `maximumBytes` is refused after reading
    /// at most one byte more.
    static func text(atPath path: String, maximumBytes: Int) -> Result<String, TableDiagnostic> {
        func failure(_ message: String, at position: SourcePosition = .start) -> Result<String, TableDiagnostic> {
            .failure(TableDiagnostic(file: path, at: position, message))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure("no such file (expected the path of a CSV partner table)")
        }
        guard !isDirectory.boolValue else { return failure("this is a directory (expected a CSV partner table file)") }
        // A pipe or a device would block or never end: only regular files are read.
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular else {
            return failure("this is not a regular file (a pipe or a device; expected a CSV partner table file)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure("the file cannot be opened for reading (expected a readable CSV partner table)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            return failure("the file cannot be read: \(error.localizedDescription) (expected a readable CSV partner table)")
        }
        if let tooLarge = sizeProblem(bytes: data.count, maximum: maximumBytes) { return failure(tooLarge) }
        return decodeUTF8(data).mapError {
            TableDiagnostic(file: path, at: $0.position, "the file is not UTF-8 text here (expected UTF-8; save the table as UTF-8)")
        }
    }

    /// Why a table of `bytes` bytes is refused, if it is larger than `maximum`.
    static func sizeProblem(bytes: Int, maximum: Int) -> String? {
        guard bytes > maximum else { return nil }
        let limit = maximum % (1 << 20) == 0 ? "\(maximum >> 20) MiB" : "\(maximum) bytes"
        return "the table is larger than \(limit) (expected a CSV partner table of at most \(limit))"
    }

    /// The text of `bytes`, or the position of the first scalar that is not valid UTF-8.
    /// A leading byte order mark takes no column.
    static func decodeUTF8(_ bytes: Data) -> Result<String, InvalidUTF8> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return locateInvalidUTF8(bytes)
    }

    /// Decodes `bytes` scalar by scalar, counting lines and columns, up to the first that is not valid UTF-8.
    private static func locateInvalidUTF8(_ bytes: Data) -> Result<String, InvalidUTF8> {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var text = String.UnicodeScalarView()
        var position = SourcePosition.start
        var previous: Unicode.Scalar?
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if !(scalar == "\u{FEFF}" && previous == nil) { position.advance(past: scalar, previous: previous) }
                previous = scalar
                text.append(scalar)
            case .emptyInput:
                return .success(String(text))
            case .error:
                return .failure(InvalidUTF8(position: position))
            }
        }
    }
}

/// Where a byte sequence stops being valid UTF-8.
struct InvalidUTF8: Error, Equatable {
    var position: SourcePosition
}
