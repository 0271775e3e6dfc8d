import Foundation

/// Writes small shapefiles (.shp, .shx, .dbf and optionally .cpg and .prj) for tests.
struct ShapefileFixture {
    /// One record: its rings as (lon, lat) pairs with the closing point repeated, or nil for a Null shape.
    var records: [[[(Double, Double)]]?]
    var fields: [(name: String, width: Int)]
    var rows: [[String]]
    var shapeType: Int32 = 5
    var codePage: String? = "UTF-8"
    var textEncoding: String.Encoding = .utf8
    /// The .prj text (WKT), or nil to write none.
    var prj: String? = nil

    /// Writes BASE.shp, BASE.shx, BASE.dbf (and BASE.cpg, BASE.prj) and returns the .shp path.
    @discardableResult
    func write(to base: URL) throws -> String {
        var shp = Bytes(), shx = Bytes()
        var contents: [[UInt8]] = []
        for rings in records {
            var content = Bytes()
            guard let rings else {
                content.int32LE(0)
                contents.append(content.data)
                continue
            }
            let points = rings.flatMap { $0 }
            content.int32LE(shapeType)
            for value in bbox(points) { content.doubleLE(value) }
            content.int32LE(Int32(rings.count))
            content.int32LE(Int32(points.count))
            var start: Int32 = 0
            for ring in rings {
                content.int32LE(start)
                start += Int32(ring.count)
            }
            for (x, y) in points {
                content.doubleLE(x)
                content.doubleLE(y)
            }
            if shapeType == 15 {
                content.doubleLE(0)
                content.doubleLE(100)
                for index in points.indices { content.doubleLE(Double(index)) }
            }
            contents.append(content.data)
        }
        let shpLength = 100 + contents.reduce(0) { $0 + 8 + $1.count }
        let all = records.compactMap { $0 }.flatMap { $0.flatMap { $0 } }
        header(&shp, length: shpLength, all: all)
        header(&shx, length: 100 + 8 * records.count, all: all)
        var offset = 100
        for (index, content) in contents.enumerated() {
            shp.int32BE(Int32(index + 1))
            shp.int32BE(Int32(content.count / 2))
            shp.data += content
            shx.int32BE(Int32(offset / 2))
            shx.int32BE(Int32(content.count / 2))
            offset += 8 + content.count
        }
        try Data(shp.data).write(to: base.appendingPathExtension("shp"))
        try Data(shx.data).write(to: base.appendingPathExtension("shx"))
        try Data(dbf()).write(to: base.appendingPathExtension("dbf"))
        if let codePage { try Data(codePage.utf8).write(to: base.appendingPathExtension("cpg")) }
        if let prj { try Data(prj.utf8).write(to: base.appendingPathExtension("prj")) }
        return base.appendingPathExtension("shp").path
    }

    private func bbox(_ points: [(Double, Double)]) -> [Double] {
        guard !points.isEmpty else { return [0, 0, 0, 0] }
        return [points.map(\.0).min()!, points.map(\.1).min()!, points.map(\.0).max()!, points.map(\.1).max()!]
    }

    private func header(_ bytes: inout Bytes, length: Int, all: [(Double, Double)]) {
        bytes.int32BE(9994)
        for _ in 0..<5 { bytes.int32BE(0) }
        bytes.int32BE(Int32(length / 2))
        bytes.int32LE(1000)
        bytes.int32LE(shapeType)
        for value in bbox(all) { bytes.doubleLE(value) }
        for _ in 0..<4 { bytes.doubleLE(0) }
    }

    /// A dBase III table with character fields.
    func dbf() -> [UInt8] {
        var bytes = Bytes()
        bytes.data += [0x03, 0, 1, 1]
        bytes.int32LE(Int32(rows.count))
        bytes.data += withUnsafeBytes(of: UInt16(32 + 32 * fields.count + 1).littleEndian, Array.init)
        bytes.data += withUnsafeBytes(of: UInt16(1 + fields.reduce(0) { $0 + $1.width }).littleEndian, Array.init)
        bytes.data += [UInt8](repeating: 0, count: 20)
        for field in fields {
            var name = Array(field.name.utf8.prefix(10))
            name += [UInt8](repeating: 0, count: 11 - name.count)
            bytes.data += name + [UInt8(ascii: "C"), 0, 0, 0, 0, UInt8(field.width), 0]
            bytes.data += [UInt8](repeating: 0, count: 14)
        }
        bytes.data.append(0x0D)
        for row in rows {
            bytes.data.append(0x20)
            for (field, value) in zip(fields, row) {
                var encoded = Array((value.data(using: textEncoding) ?? Data()).prefix(field.width))
                encoded += [UInt8](repeating: 0x20, count: field.width - encoded.count)
                bytes.data += encoded
            }
        }
        bytes.data.append(0x1A)
        return bytes.data
    }
}

/// A growable byte buffer with big- and little-endian writers.
struct Bytes {
    var data: [UInt8] = []
    mutating func int32BE(_ value: Int32) { data += withUnsafeBytes(of: value.bigEndian, Array.init) }
    mutating func int32LE(_ value: Int32) { data += withUnsafeBytes(of: value.littleEndian, Array.init) }
    mutating func doubleLE(_ value: Double) { data += withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) }
}

/// A fresh directory for one test's files, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("basemap-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
