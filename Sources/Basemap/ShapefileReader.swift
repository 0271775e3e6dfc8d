import CShapelib
import Foundation
import MapGeometry

/// Reads polygon shapefiles through shapelib: `.shp` and `.shx` for the geometry, `.dbf` for the
/// attributes (in the encoding `.cpg` names) and `.prj`, which must be longitude/latitude on WGS 84.
///
/// Shape types Polygon (5), PolygonZ (15) and PolygonM (25) are read as longitude/latitude rings; Null
/// shapes are skipped.
enum ShapefileReader {
    static let polygonTypes: Set<Int32> = [5, 15, 25]

    /// Reads the shapefile whose `.shp` is `path`, and its siblings, from `storage`.
    static func read(path: String, storage: ShapefileStorage = .disk) throws -> SourceFile {
        let files = ShapefileSiblings(shp: path, storage: storage)
        let prj = files.path("prj")
        let note = try CoordinateSystemCheck.checkPRJ(storage.contents(prj), path: prj, shapefile: path)
        let codePage = try readCodePage(files.path("cpg"), storage: storage)
        let shapes = try readShapes(path: path, storage: storage)
        let dbfPath = files.path("dbf")
        let table = try DBFReader.read(path: dbfPath, codePage: codePage, storage: storage)
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
        return SourceFile(path: path, fieldNames: table.fieldNames, records: records, notes: note.map { [$0] } ?? [])
    }

    /// The rings of every record in file order; a Null shape gives an empty list.
    static func readShapes(path: String, storage: ShapefileStorage = .disk) throws -> [[[LonLat]]] {
        guard storage.exists(path) else { throw BasemapError(file: path, "no such file") }
        let shx = ShapefileSiblings(shp: path, storage: storage).path("shx")
        guard storage.exists(shx) else {
            throw BasemapError(file: shx, "missing: a shapefile needs its .shx index")
        }
        try checkFileCode(path, storage: storage)
        return try storage.withHooks { hooks in
            _ = ShapelibHooks.takeError()
            guard let handle = SHPOpenLL(path, "rb", &hooks) else {
                throw BasemapError(file: path, ShapelibHooks.reason("not a readable shapefile"))
            }
            defer { SHPClose(handle) }
            return try readShapes(handle, path: path)
        }
    }

    /// The rings of every record of the open shapefile `handle`.
    private static func readShapes(_ handle: SHPHandle, path: String) throws -> [[[LonLat]]] {
        var count: Int32 = 0, shapeType: Int32 = 0
        SHPGetInfo(handle, &count, &shapeType, nil, nil)
        guard polygonTypes.contains(shapeType) || shapeType == 0 else {
            throw BasemapError(file: path, "shape type \(shapeType) (\(typeName(shapeType))) is not a polygon type")
        }
        var shapes: [[[LonLat]]] = []
        shapes.reserveCapacity(Int(count))
        for index in 0..<count {
            let label = "record \(index + 1)"
            guard let object = SHPReadObject(handle, index) else {
                throw BasemapError(file: path, record: label, ShapelibHooks.reason("truncated or corrupt"))
            }
            defer { SHPDestroyObject(object) }
            shapes.append(try rings(of: object.pointee, file: path, label: label))
        }
        return shapes
    }

    /// One record's rings (closing point dropped); empty for a Null shape.
    private static func rings(of shape: SHPObject, file: String, label: String) throws -> [[LonLat]] {
        if shape.nSHPType == 0 || shape.nVertices == 0 { return [] }
        guard polygonTypes.contains(shape.nSHPType) else {
            throw BasemapError(file: file, record: label,
                               "shape type \(shape.nSHPType) (\(typeName(shape.nSHPType))) is not a polygon type")
        }
        let pointCount = Int(shape.nVertices), partCount = Int(shape.nParts)
        guard partCount >= 1, let starts = shape.panPartStart, let xs = shape.padfX, let ys = shape.padfY else {
            throw BasemapError(file: file, record: label, "bad counts: \(partCount) parts, \(pointCount) points")
        }
        var rings: [[LonLat]] = []
        rings.reserveCapacity(partCount)
        for part in 0..<partCount {
            let first = Int(starts[part])
            let stop = part + 1 < partCount ? Int(starts[part + 1]) : pointCount
            guard first >= 0, first < stop, stop <= pointCount, part > 0 || first == 0 else {
                throw BasemapError(file: file, record: label,
                    "bad part index \(first) for part \(part + 1) of \(partCount) (\(pointCount) points)")
            }
            var ring: [LonLat] = []
            ring.reserveCapacity(stop - first)
            for index in first..<stop {
                let point = LonLat(lon: xs[index], lat: ys[index])
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

    /// shapelib does not look at the file code, so a file that is no shapefile at all is caught here.
    private static func checkFileCode(_ path: String, storage: ShapefileStorage) throws {
        guard let data = storage.contents(path, upTo: 4) else { throw BasemapError(file: path, "cannot read") }
        let head = [UInt8](data)
        guard head.count == 4 else {
            throw BasemapError(file: path, "truncated header: file has \(head.count) bytes, a shapefile header needs 100")
        }
        let code = head.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard code == 9994 else {
            throw BasemapError(file: path, "bad magic: file code \(code), expected 9994 (not a shapefile)")
        }
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

    private static func readCodePage(_ path: String, storage: ShapefileStorage) throws -> CodePage {
        guard let data = storage.contents(path) else { return .unspecified }
        let text = String(decoding: data, as: UTF8.self)
        guard let codePage = CodePage(cpg: text) else {
            throw BasemapError(file: path,
                "unsupported encoding '\(text.trimmingCharacters(in: .whitespacesAndNewlines))' (known: UTF-8, ISO-8859-1, windows-1252)")
        }
        return codePage
    }
}
