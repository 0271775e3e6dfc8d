/// A place in a table's text: 1-based physical line and 1-based column counted in Unicode scalars.
///
/// CR, LF and CRLF each end one physical line, as they do for the CSV parser.
struct SourcePosition: Equatable, Sendable {
    var line: Int
    var column: Int

    static let start = SourcePosition(line: 1, column: 1)

    /// Moves past `scalar`; `previous` is the scalar before it (a CRLF pair ends one line, not two).
    mutating func advance(past scalar: Unicode.Scalar, previous: Unicode.Scalar?) {
        switch scalar {
        case "\r":
            line += 1; column = 1
        case "\n":
            if previous != "\r" { line += 1; column = 1 }
        default:
            column += 1
        }
    }
}
