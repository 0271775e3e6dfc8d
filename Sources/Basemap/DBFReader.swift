import CShapelib
import Foundation

/// The rows of a dBase attribute table, every value as trimmed text.
struct DBFTable {
    var fieldNames: [String]
    var rows: [[String]]
}

/// Reads `.dbf` attribute tables through shapelib, decoding text in the shapefile's code page.
enum DBFReader {
    /// Reads the table at `path` in `storage`.
    static func read(path: String, codePage: CodePage, storage: ShapefileStorage = .disk) throws -> DBFTable {
        guard storage.exists(path) else {
            throw BasemapError(file: path, "missing: a shapefile needs its .dbf attribute table")
        }
        return try storage.withHooks { hooks in
            _ = ShapelibHooks.takeError()
            guard let handle = DBFOpenLL(path, "rb", &hooks) else {
                throw BasemapError(file: path, ShapelibHooks.reason("not a readable dBase table"))
            }
            defer { DBFClose(handle) }
            return try read(handle, path: path, codePage: codePage)
        }
    }

    /// The fields and rows of the open table `handle`.
    private static func read(_ handle: DBFHandle, path: String, codePage: CodePage) throws -> DBFTable {
        let fieldCount = DBFGetFieldCount(handle)
        var names: [String] = []
        var widths = 0
        for field in 0..<fieldCount {
            var name = [CChar](repeating: 0, count: 12)
            var width: Int32 = 0, decimals: Int32 = 0
            DBFGetFieldInfo(handle, field, &name, &width, &decimals)
            names.append(String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                .trimmingCharacters(in: .whitespaces))
            widths += Int(width)
        }
        let recordLength = Int(handle.pointee.nRecordLength)
        guard recordLength == 1 + widths else {
            throw BasemapError(file: path,
                "bad header: record length \(recordLength) does not match the \(names.count) fields (\(1 + widths) bytes)")
        }
        // The header's record count is not trusted for an allocation: each record is read
        // whole (a table without fields too) before it is kept, so a count the file does not
        // hold stops at the first missing record.
        let recordCount = DBFGetRecordCount(handle)
        var rows: [[String]] = []
        for record in 0..<recordCount {
            guard DBFReadTuple(handle, record) != nil else {
                throw BasemapError(file: path, record: "record \(record + 1)", ShapelibHooks.reason("truncated or unreadable"))
            }
            var row: [String] = []
            row.reserveCapacity(Int(fieldCount))
            for field in 0..<fieldCount {
                guard let value = DBFReadStringAttribute(handle, record, field) else {
                    throw BasemapError(file: path, record: "record \(record + 1)", ShapelibHooks.reason("truncated or unreadable"))
                }
                row.append(codePage.decode(UnsafeRawBufferPointer(start: value, count: strlen(value))))
            }
            rows.append(row)
        }
        return DBFTable(fieldNames: names, rows: rows)
    }
}
