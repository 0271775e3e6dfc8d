import Foundation

/// A failure reading, building or loading a basemap; the message names the file and, where known, the
/// line and column or the record.
package struct BasemapError: Error, CustomStringConvertible, LocalizedError, Sendable, Equatable {
    /// The file concerned, as the user or caller named it.
    package var file: String
    /// The 1-based line and column in the file (text inputs such as GeoJSON), if known.
    package var line: Int?
    package var column: Int?
    /// The place within the file (`record 3` in a shapefile, `features[2].geometry` in GeoJSON), if one is to blame.
    package var record: String?
    /// What is wrong.
    package var message: String

    package init(file: String, line: Int? = nil, column: Int? = nil, record: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.record = record
        self.message = message
    }

    /// `FILE[:LINE:COLUMN]: error: [at RECORD: ]MESSAGE`, the form compilers use.
    package var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return location + ": error: " + (record.map { "at \($0): " } ?? "") + message
    }

    package var errorDescription: String? { description }

    /// A one-line message for any error, preferring this type's own wording.
    package static func message(for error: any Error) -> String {
        if let error = error as? BasemapError { return error.description }
        return error.localizedDescription
    }
}
