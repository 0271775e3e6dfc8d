import CSV

/// Reads a table's text record by record with CSV.swift, locating each field and skipping blank lines.
struct RecordReader: Sequence, IteratorProtocol {
    private let reader: CSVReader?
    private var locator: FieldLocator

    init(text: String) {
        reader = try? CSVReader(string: text, hasHeaderRow: false)
        locator = FieldLocator(text: text)
    }

    mutating func next() -> LocatedRecord? {
        while let fields = reader?.next() {
            let (start, spans) = locator.locate(fields)
            let record = LocatedRecord(fields: fields, spans: spans, start: start)
            if !record.isBlankLine { return record }
        }
        return nil
    }
}
