/// Where one parsed field begins in the raw text (its opening quote, when quoted).
struct FieldSpan: Equatable, Sendable {
    var position: SourcePosition
    var quoted: Bool
}

/// Finds where the fields that `CSVReader` returns lie in the raw text, since the parser reports no positions.
///
/// Records must be given in the order the parser returns them. Each parsed field is matched
/// against the text the way CSV.swift 2.5 reads it: a field starting with `"` is quoted, and inside
/// it a `"` of the value stands for two scalars of text (`""`, or a stray `"` plus the scalar the
/// parser drops after it); a quoted field may be left open up to the end of the text; fields are
/// separated by `,` and records end at CR, LF, CRLF or the end of the text. If a record does not
/// match (which would mean the parser behaves differently), its unmatched fields get the record's
/// start position and the locator skips to the next line end, so it never fails.
struct FieldLocator {
    private let scalars: String.UnicodeScalarView
    private var index: String.UnicodeScalarView.Index
    private var previous: Unicode.Scalar?
    private(set) var position = SourcePosition.start

    init(text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// Locates the next record, whose parsed fields are `fields`: returns where the record starts
    /// and one span per field.
    mutating func locate(_ fields: [String]) -> (start: SourcePosition, spans: [FieldSpan]) {
        let start = position
        var spans: [FieldSpan] = []
        spans.reserveCapacity(fields.count)
        for (k, field) in fields.enumerated() {
            let span = FieldSpan(position: position, quoted: peek == "\"")
            spans.append(span)
            guard consume(field, quoted: span.quoted), consumeEnd(lastField: k == fields.count - 1) else {
                let lost = FieldSpan(position: start, quoted: false)
                spans += repeatElement(lost, count: fields.count - spans.count)
                skipLine()
                break
            }
        }
        return (start, spans)
    }

    private var peek: Unicode.Scalar? { index < scalars.endIndex ? scalars[index] : nil }

    private mutating func advance() {
        guard let scalar = peek else { return }
        position.advance(past: scalar, previous: previous)
        previous = scalar
        index = scalars.index(after: index)
    }

    /// Consumes one field's text: true when it matches `field`.
    private mutating func consume(_ field: String, quoted: Bool) -> Bool {
        if quoted { advance() }
        for scalar in field.unicodeScalars {
            guard peek == scalar else { return false }
            advance()
            if quoted && scalar == "\"" {
                guard let next = peek, next != ",", next != "\r", next != "\n" else { return false }
                advance()
            }
        }
        guard quoted, peek != nil else { return true }
        guard peek == "\"" else { return false }
        advance()
        return true
    }

    /// Consumes the separator after a field: `,` between fields, a line end or the end of the text after the last.
    private mutating func consumeEnd(lastField: Bool) -> Bool {
        switch peek {
        case ",":
            guard !lastField else { return false }
            advance()
        case "\r", "\n":
            guard lastField else { return false }
            advance()
            if previous == "\r" && peek == "\n" { advance() }
        case nil:
            return lastField
        default:
            return false
        }
        return true
    }

    private mutating func skipLine() {
        while let scalar = peek, scalar != "\r", scalar != "\n" { advance() }
        if peek == "\r" { advance() }
        if peek == "\n" { advance() }
    }
}
