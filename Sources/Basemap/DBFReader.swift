import Foundation

/// The rows of a dBase III attribute table, every value as trimmed text.
struct DBFTable {
    var fieldNames: [String]
    var rows: [[String]]
}

/// Reads `.dbf` attribute tables (dBase III, as shapefiles use them), checking every length against the file.
enum DBFReader {
    static func read(path: String, codePage: CodePage) throws -> DBFTable {
        guard FileManager.default.fileExists(atPath: path) else {
            throw BasemapError(file: path, "missing: a shapefile needs its .dbf attribute table")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw BasemapError(file: path, "cannot read: \(error.localizedDescription)")
        }
        return try parse(ByteReader(bytes: [UInt8](data)), file: path, codePage: codePage)
    }

    static func parse(_ reader: ByteReader, file: String, codePage: CodePage) throws -> DBFTable {
        guard reader.has(32, at: 0) else {
            throw BasemapError(file: file, "truncated header: file has \(reader.count) bytes, a dBase header needs 32")
        }
        let recordCount = Int(reader.uint32LE(at: 4))
        let headerLength = Int(reader.uint16LE(at: 8))
        let recordLength = Int(reader.uint16LE(at: 10))
        guard headerLength >= 33, reader.has(headerLength, at: 0) else {
            throw BasemapError(file: file, "bad header: header length \(headerLength), file has \(reader.count) bytes")
        }
        var names: [String] = []
        var widths: [Int] = []
        var offset = 32
        while offset + 32 <= headerLength, reader.uint8(at: offset) != 0x0D {
            let nameBytes = reader.bytes[offset..<(offset + 11)].prefix { $0 != 0 }
            names.append(String(decoding: nameBytes, as: UTF8.self).trimmingCharacters(in: .whitespaces))
            widths.append(Int(reader.uint8(at: offset + 16)))
            offset += 32
        }
        let expectedLength = 1 + widths.reduce(0, +)
        guard recordLength == expectedLength else {
            throw BasemapError(file: file,
                "bad header: record length \(recordLength) does not match the \(names.count) fields (\(expectedLength) bytes)")
        }
        var rows: [[String]] = []
        rows.reserveCapacity(min(recordCount, reader.count / max(recordLength, 1)))
        for index in 0..<recordCount {
            let start = headerLength + index * recordLength
            guard reader.has(recordLength, at: start) else {
                throw BasemapError(file: file, record: "record \(index + 1)",
                    "truncated: expected \(recordLength) bytes at offset \(start), file has \(reader.count)")
            }
            var row: [String] = []
            row.reserveCapacity(widths.count)
            var fieldStart = start + 1
            for width in widths {
                let raw = reader.bytes[fieldStart..<(fieldStart + width)]
                row.append(codePage.decode(trimmed(raw)))
                fieldStart += width
            }
            rows.append(row)
        }
        return DBFTable(fieldNames: names, rows: rows)
    }

    /// Drops the padding (spaces and NULs) around a field's bytes.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isPad: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0 }
        guard let first = bytes.firstIndex(where: { !isPad($0) }),
              let last = bytes.lastIndex(where: { !isPad($0) }) else { return [] }
        return bytes[first...last]
    }
}
