import Foundation
import MapGeometry

/// Reads polygon shapefiles (`.shp` with its `.dbf`, and `.cpg` for the text encoding).
///
/// Shape types Polygon (5), PolygonZ (15) and PolygonM (25) are read as longitude/latitude rings; Null
/// shapes are skipped. `.shp` records delimit themselves, so the `.shx` index is not needed. Every
/// length is checked against the file size before it is used.
enum ShapefileReader {
    static let polygonTypes: Set<Int32> = [5, 15, 25]

    static func read(path: String) throws -> SourceFile {
        let base = basePath(of: path)
        let codePage = try readCodePage(base: base)
        let shapes = try readShapes(path: path)
        let dbfPath = sibling(base, "dbf")
        let table = try DBFReader.read(path: dbfPath, codePage: codePage)
        guard table.rows.count == shapes.count else {
            throw BasemapError(file: dbfPath, "has \(table.rows.count) records, \(path) has \(shapes.count)")
        }
        var records: [SourceRecord] = []
        for (index, rings) in shapes.enumerated() where !rings.isEmpty {
            var properties: [String: String] = [:]
            for (name, value) in zip(table.fieldNames, table.rows[index]) where properties[name] == nil {
                properties[name] = value
            }
            records.append(SourceRecord(label: "record \(index + 1)", properties: properties,
                                        polygons: RingAssembly.polygons(from: rings)))
        }
        return SourceFile(path: path, fieldNames: table.fieldNames, records: records)
    }

    /// The rings of every record in file order; a Null shape gives an empty list.
    static func readShapes(path: String) throws -> [[[LonLat]]] {
        guard FileManager.default.fileExists(atPath: path) else { throw BasemapError(file: path, "no such file") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw BasemapError(file: path, "cannot read: \(error.localizedDescription)")
        }
        return try parseShapes(ByteReader(bytes: [UInt8](data)), file: path)
    }

    static func parseShapes(_ reader: ByteReader, file: String) throws -> [[[LonLat]]] {
        guard reader.has(100, at: 0) else {
            throw BasemapError(file: file, "truncated header: file has \(reader.count) bytes, a shapefile header needs 100")
        }
        let fileCode = reader.int32BE(at: 0)
        guard fileCode == 9994 else {
            throw BasemapError(file: file, "bad magic: file code \(fileCode), expected 9994 (not a shapefile)")
        }
        let shapeType = reader.int32LE(at: 32)
        guard polygonTypes.contains(shapeType) || shapeType == 0 else {
            throw BasemapError(file: file, "shape type \(shapeType) (\(typeName(shapeType))) is not a polygon type")
        }
        let declaredLength = Int(reader.int32BE(at: 24)) * 2
        let end = min(max(declaredLength, 100), reader.count)
        var shapes: [[[LonLat]]] = []
        var offset = 100
        while offset < end {
            let label = "record \(shapes.count + 1)"
            guard reader.has(8, at: offset), offset + 8 <= end else {
                throw BasemapError(file: file, record: label,
                    "truncated: expected an 8-byte record header at offset \(offset), file has \(end)")
            }
            let contentLength = Int(reader.int32BE(at: offset + 4)) * 2
            let contentStart = offset + 8
            guard contentLength >= 4, reader.has(contentLength, at: contentStart), contentStart + contentLength <= end else {
                throw BasemapError(file: file, record: label,
                    "truncated: expected \(contentLength) bytes of content at offset \(contentStart), file has \(end)")
            }
            shapes.append(try parseRecord(reader, at: contentStart, length: contentLength, file: file, label: label))
            offset = contentStart + contentLength
        }
        if declaredLength > reader.count {
            throw BasemapError(file: file, record: "record \(shapes.count + 1)",
                "truncated: header declares \(declaredLength) bytes, file has \(reader.count)")
        }
        return shapes
    }

    /// One record's rings (closing point dropped); empty for a Null shape.
    private static func parseRecord(_ reader: ByteReader, at start: Int, length: Int, file: String,
                                    label: String) throws -> [[LonLat]] {
        let type = reader.int32LE(at: start)
        if type == 0 { return [] }
        guard polygonTypes.contains(type) else {
            throw BasemapError(file: file, record: label, "shape type \(type) (\(typeName(type))) is not a polygon type")
        }
        guard length >= 44 else {
            throw BasemapError(file: file, record: label, "truncated: polygon content is \(length) bytes, needs at least 44")
        }
        let partCount = Int(reader.int32LE(at: start + 36))
        let pointCount = Int(reader.int32LE(at: start + 40))
        guard partCount >= 1, pointCount >= 0 else {
            throw BasemapError(file: file, record: label, "bad counts: \(partCount) parts, \(pointCount) points")
        }
        let needed = 44 + 4 * partCount + 16 * pointCount
        guard needed <= length else {
            throw BasemapError(file: file, record: label,
                "truncated: \(partCount) parts and \(pointCount) points need \(needed) bytes, record has \(length)")
        }
        let partsStart = start + 44
        var starts: [Int] = []
        starts.reserveCapacity(partCount)
        for part in 0..<partCount {
            let first = Int(reader.int32LE(at: partsStart + 4 * part))
            let previous = starts.last ?? -1
            guard first > previous, first < pointCount, part > 0 || first == 0 else {
                throw BasemapError(file: file, record: label,
                    "bad part index \(first) for part \(part + 1) of \(partCount) (\(pointCount) points)")
            }
            starts.append(first)
        }
        let pointsStart = partsStart + 4 * partCount
        var rings: [[LonLat]] = []
        rings.reserveCapacity(partCount)
        for (part, first) in starts.enumerated() {
            let stop = part + 1 < starts.count ? starts[part + 1] : pointCount
            var ring: [LonLat] = []
            ring.reserveCapacity(stop - first)
            for index in first..<stop {
                let at = pointsStart + 16 * index
                let point = LonLat(lon: reader.doubleLE(at: at), lat: reader.doubleLE(at: at + 8))
                guard point.lon.isFinite, point.lat.isFinite, abs(point.lon) <= 180.000001, abs(point.lat) <= 90.000001 else {
                    throw BasemapError(file: file, record: label,
                        "point \(index + 1) (\(point.lon), \(point.lat)) is not a longitude/latitude in degrees")
                }
                ring.append(point)
            }
            if ring.count > 1, ring.first == ring.last { ring.removeLast() }
            rings.append(ring)
        }
        return rings
    }

    private static func typeName(_ type: Int32) -> String {
        switch type {
        case 0: "Null"
        case 1, 11, 21: "Point"
        case 3, 13, 23: "PolyLine"
        case 5, 15, 25: "Polygon"
        case 8, 18, 28: "MultiPoint"
        case 31: "MultiPatch"
        default: "unknown"
        }
    }

    /// The path without its `.shp` extension.
    private static func basePath(of path: String) -> String {
        path.lowercased().hasSuffix(".shp") ? String(path.dropLast(4)) : path
    }

    /// The sibling file with the extension in lower case, or upper case if only that exists.
    private static func sibling(_ base: String, _ ext: String) -> String {
        let lower = base + "." + ext
        let upper = base + "." + ext.uppercased()
        if !FileManager.default.fileExists(atPath: lower), FileManager.default.fileExists(atPath: upper) { return upper }
        return lower
    }

    private static func readCodePage(base: String) throws -> CodePage {
        let path = sibling(base, "cpg")
        guard let data = FileManager.default.contents(atPath: path) else { return .unspecified }
        let text = String(decoding: data, as: UTF8.self)
        guard let codePage = CodePage(cpg: text) else {
            throw BasemapError(file: path,
                "unsupported encoding '\(text.trimmingCharacters(in: .whitespacesAndNewlines))' (known: UTF-8, ISO-8859-1, windows-1252)")
        }
        return codePage
    }
}
