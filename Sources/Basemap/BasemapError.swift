import Foundation

/// A failure reading, building or loading a basemap; the message names the file and, where known, the record.
public struct BasemapError: Error, CustomStringConvertible, LocalizedError, Sendable, Equatable {
    /// The file concerned, as the user or caller named it.
    public var file: String
    /// The record within the file (`record 3` in a shapefile, `features[2]` in GeoJSON), if one is to blame.
    public var record: String?
    /// What is wrong.
    public var message: String

    public init(file: String, record: String? = nil, _ message: String) {
        self.file = file
        self.record = record
        self.message = message
    }

    public var description: String { [file, record, message].compactMap { $0 }.joined(separator: ": ") }
    public var errorDescription: String? { description }

    /// A one-line message for any error, preferring this type's own wording.
    public static func message(for error: any Error) -> String {
        if let error = error as? BasemapError { return error.description }
        return error.localizedDescription
    }
}
