/// Splits CSV text into records in one pass over its UTF-8 bytes, noting where each field begins.
///
/// The text is RFC 4180 CSV: fields are separated by `,` (or `;` or a tab, as asked) and records end
/// at CR, LF or CRLF (the last record's line end is optional); a field in `"` quotes may hold
/// separators, line ends and doubled quotes `""`. A leading byte order mark is skipped and takes no column. Text that breaks the quoting rules
/// is kept as it stands and reported on its record as a `CSVSyntaxError`, never guessed at: a quote
/// inside an unquoted field, text after a closing quote, a quoted field still open at the end.
struct CSVTokenizer: Sequence, IteratorProtocol {
    private static let quote = UInt8(ascii: "\""),
                       cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    private let bytes: [UInt8]
    /// The byte between fields: a comma, semicolon or tab.
    private let separator: UInt8
    private var offset: Int
    /// Where `offset` is in the text.
    private var line = 1, column = 1

    init(text: String, separator: TableSeparator = .comma) {
        bytes = Array(text.utf8)
        self.separator = separator.byte
        offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    mutating func next() -> LocatedRecord? {
        guard offset < bytes.count else { return nil }
        var record = LocatedRecord(fields: [], spans: [], start: position)
        while true {
            readField(into: &record)
            guard offset < bytes.count else { return record }
            let end = bytes[offset]
            offset += 1
            if end == separator {
                column += 1
                continue
            }
            if end == Self.cr, offset < bytes.count, bytes[offset] == Self.lf { offset += 1 }
            line += 1
            column = 1
            return record
        }
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// Reads the field at `offset`, leaving `offset` at the separator or line end after it (or the end).
    private mutating func readField(into record: inout LocatedRecord) {
        let start = position
        guard offset < bytes.count, bytes[offset] == Self.quote else {
            let (end, quote) = scanUnquoted(from: offset)
            if let quote { record.syntaxErrors.append(CSVSyntaxError(kind: .quoteInUnquotedField, position: quote)) }
            record.append(String(decoding: bytes[offset..<end], as: UTF8.self), FieldSpan(position: start, quoted: false))
            offset = end
            return
        }
        var value = readQuoted(opening: start, record: &record)
        if offset < bytes.count, !isFieldEnd(bytes[offset]) {
            record.syntaxErrors.append(CSVSyntaxError(kind: .textAfterClosingQuote, position: position))
            let end = scanUnquoted(from: offset).end
            value += String(decoding: bytes[offset..<end], as: UTF8.self)
            offset = end
        }
        record.append(value, FieldSpan(position: start, quoted: true))
    }

    /// Reads a quoted field from its opening quote at `offset` up to and including its closing quote,
    /// returning its value; a field left open runs to the end of the text and is reported.
    private mutating func readQuoted(opening: SourcePosition, record: inout LocatedRecord) -> String {
        var i = offset + 1
        column += 1
        var unquoted: [UInt8] = []
        var segment = i
        while i < bytes.count {
            let byte = bytes[i]
            if byte == Self.quote {
                guard i + 1 < bytes.count, bytes[i + 1] == Self.quote else {
                    let value = finish(&unquoted, segment..<i)
                    offset = i + 1
                    column += 1
                    return value
                }
                unquoted += bytes[segment...i]
                i += 2
                column += 2
                segment = i
                continue
            }
            if byte == Self.cr || (byte == Self.lf && bytes[i - 1] != Self.cr) {
                line += 1
                column = 1
            } else if byte != Self.lf && byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        record.syntaxErrors.append(CSVSyntaxError(kind: .unterminatedQuote, position: opening))
        offset = i
        return finish(&unquoted, segment..<i)
    }

    /// The value of a quoted field: the text already unescaped in `unquoted`, then the bytes of `last`.
    private func finish(_ unquoted: inout [UInt8], _ last: Range<Int>) -> String {
        guard !unquoted.isEmpty else { return String(decoding: bytes[last], as: UTF8.self) }
        unquoted += bytes[last]
        return String(decoding: unquoted, as: UTF8.self)
    }

    /// The offset of the first separator or line end at or after `start` (or the end of the text),
    /// and where the first quote before it is; moves the column past the text in between.
    private mutating func scanUnquoted(from start: Int) -> (end: Int, firstQuote: SourcePosition?) {
        var i = start
        var firstQuote: SourcePosition?
        while i < bytes.count {
            let byte = bytes[i]
            if isFieldEnd(byte) { break }
            if byte == Self.quote && firstQuote == nil { firstQuote = position }
            if byte & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (i, firstQuote)
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == separator || byte == Self.cr || byte == Self.lf
    }
}
