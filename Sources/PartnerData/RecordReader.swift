/// Reads a table's text record by record, with each field located, skipping blank lines.
struct RecordReader: Sequence, IteratorProtocol {
    private var tokenizer: CSVTokenizer

    init(text: String, separator: TableSeparator = .comma) { tokenizer = CSVTokenizer(text: text, separator: separator) }

    mutating func next() -> LocatedRecord? {
        while let record = tokenizer.next() {
            if !record.isBlankLine { return record }
        }
        return nil
    }
}
