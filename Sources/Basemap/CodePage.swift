import Foundation

/// The text encoding of a shapefile's attribute table, as its `.cpg` file names it.
enum CodePage: Equatable {
    case utf8
    case latin1
    case windows1252
    /// No `.cpg`: UTF-8 where the bytes are valid UTF-8, ISO-8859-1 otherwise.
    case unspecified

    /// Parses the contents of a `.cpg` file; nil for an encoding this reader does not know.
    init?(cpg text: String) {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
            .replacingOccurrences(of: "_", with: "-")
        switch name {
        case "", "UTF-8", "UTF8", "65001": self = .utf8
        case "ISO-8859-1", "ISO8859-1", "88591", "LATIN1", "LATIN-1", "28591": self = .latin1
        case "1252", "CP1252", "WINDOWS-1252", "ANSI 1252", "ASCII", "US-ASCII": self = .windows1252
        default: return nil
        }
    }

    /// Decodes field bytes; never fails (bytes invalid in the named encoding fall back to ISO-8859-1).
    func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        switch self {
        case .utf8, .unspecified:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        case .latin1:
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        case .windows1252:
            if let text = String(data: Data(bytes), encoding: .windowsCP1252) { return text }
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        }
    }
}
