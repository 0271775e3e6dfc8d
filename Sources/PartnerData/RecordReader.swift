import CSV

/// Splits a table's text into located records with CSV.swift, skipping blank lines.
enum RecordReader {
    static func records(in text: String) -> [LocatedRecord] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return [] }
        var locator = FieldLocator(text: text)
        var records: [LocatedRecord] = []
        while let fields = reader.next() {
            let (start, spans) = locator.locate(fields)
            let record = LocatedRecord(fields: fields, spans: spans, start: start)
            if !record.isBlankLine { records.append(record) }
        }
        return records
    }
}
