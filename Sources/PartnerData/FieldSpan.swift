/// Where one field begins in the raw text (its opening quote, when quoted), or which cell of a
/// sheet it is.
struct FieldSpan: Equatable, Sendable {
    var position: SourcePosition
    var quoted: Bool
    /// A sheet's cell holding a number (not text): its text is the number as written in the file.
    var isNumber = false
}
