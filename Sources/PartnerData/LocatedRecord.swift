/// One record of a table: its parsed fields, where each begins in the text, and any quoting mistakes.
struct LocatedRecord: Sendable {
    var fields: [String]
    var spans: [FieldSpan]
    /// Where the record begins; its line is the record's first physical line.
    var start: SourcePosition
    /// Where the record breaks the CSV quoting rules, in order; its fields are then the text as it stands.
    var syntaxErrors: [CSVSyntaxError] = []
    /// A row of a sheet, whose positions are cells (row, column number): a place inside a value
    /// is its cell's, and a row may stop short of the header's width (empty cells are not written).
    var isSheetRow = false

    mutating func append(_ field: String, _ span: FieldSpan) {
        fields.append(field)
        spans.append(span)
    }

    /// The field at `index` without surrounding spaces and tabs, or nil when the record is too short.
    func value(at index: Int) -> String? {
        guard fields.indices.contains(index) else { return nil }
        return Self.trimmed(fields[index])
    }

    /// `field` without leading and trailing tabs and space separators (Unicode category Zs), the
    /// characters of Foundation's `CharacterSet.whitespaces`; a field with none is returned as it is.
    static func trimmed(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return field }
        return String(scalars[first...last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }

    /// Where the field at `index` begins, or the record's start when it has no such field.
    func position(at index: Int) -> SourcePosition {
        spans.indices.contains(index) ? spans[index].position : start
    }

    /// Where the scalar `offset` scalars into the field's trimmed value (`value(at:)`) stands in the
    /// text: past the opening quote of a quoted field, the trimmed spaces, and each quote doubled.
    func position(at index: Int, valueOffset offset: Int) -> SourcePosition {
        guard spans.indices.contains(index), fields.indices.contains(index) else { return start }
        if isSheetRow { return spans[index].position }
        let scalars = fields[index].unicodeScalars
        let leading = scalars.prefix(while: Self.isSpace).count
        var position = spans[index].position
        if spans[index].quoted { position.column += 1 }
        var previous: Unicode.Scalar?
        for scalar in scalars.prefix(leading + offset) {
            position.advance(past: scalar, previous: previous)
            if scalar == "\"" { position.column += 1 }
            previous = scalar
        }
        return position
    }

    /// A line with nothing on it but spaces or tabs (a sheet's row of empty cells).
    var isBlankLine: Bool {
        if isSheetRow { return fields.indices.allSatisfy { value(at: $0)?.isEmpty != false } }
        return fields.count == 1 && spans.first?.quoted == false && syntaxErrors.isEmpty && value(at: 0)?.isEmpty == true
    }
}
