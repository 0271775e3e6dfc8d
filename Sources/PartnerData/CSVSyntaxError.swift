/// A place where a table's text breaks the CSV quoting rules, so its record cannot be trusted.
struct CSVSyntaxError: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A `"` in a field that does not begin with one.
        case quoteInUnquotedField
        /// Text between a quoted field's closing quote and the next comma or line end.
        case textAfterClosingQuote
        /// A quoted field whose closing quote never comes.
        case unterminatedQuote
    }

    var kind: Kind
    /// The offending quote or text; for an unterminated field, its opening quote.
    var position: SourcePosition

    var message: String {
        switch kind {
        case .quoteInUnquotedField:
            "a quote inside an unquoted field (expected the whole field in quotes, with each quote in it doubled: \"a \"\"b\"\" c\")"
        case .textAfterClosingQuote:
            "text after the closing quote of a field (expected a comma or the end of the line; a quote inside a quoted field is written \"\")"
        case .unterminatedQuote:
            "this quoted field is never closed (expected a closing quote before the end of the file)"
        }
    }
}
