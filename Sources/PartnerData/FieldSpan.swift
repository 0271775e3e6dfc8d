/// Where one field begins in the raw text (its opening quote, when quoted).
struct FieldSpan: Equatable, Sendable {
    var position: SourcePosition
    var quoted: Bool
}
