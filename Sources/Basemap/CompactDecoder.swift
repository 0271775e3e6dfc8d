import Foundation
import MapGeometry

/// Reads level files in the compact format, validating every count and index before use.
enum CompactDecoder {
    static func header(_ bytes: UnsafeRawBufferPointer, file: String) throws -> LevelHeader {
        func corrupt(_ message: String) -> BasemapError { BasemapError(file: file, "not a valid basemap level: \(message)") }
        guard bytes.count >= CompactFormat.headerSize else {
            throw corrupt("file has \(bytes.count) bytes, the header needs \(CompactFormat.headerSize)")
        }
        guard Array(bytes[0..<8]) == CompactFormat.magic else { throw corrupt("bad magic") }
        func u32(_ offset: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
        func f64(_ offset: Int) -> Double {
            Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        }
        let version = UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
        guard version == CompactFormat.version else {
            throw corrupt("format version \(version), this build reads version \(CompactFormat.version)")
        }
        guard let level = DetailLevel(code: bytes[10]) else { throw corrupt("unknown level code \(bytes[10])") }
        let sourcesCount = u32(76), bodyCount = u32(80)
        guard CompactFormat.headerSize + sourcesCount + bodyCount == bytes.count else {
            throw corrupt("header declares \(CompactFormat.headerSize + sourcesCount + bodyCount) bytes, file has \(bytes.count)")
        }
        let unitsPerDegree = u32(12)
        guard (1...10_000_000).contains(unitsPerDegree) else { throw corrupt("grid of \(unitsPerDegree) units per degree") }
        let sourcesStart = CompactFormat.headerSize
        let sources = String(decoding: bytes[sourcesStart..<(sourcesStart + sourcesCount)], as: UTF8.self)
        return LevelHeader(level: level, unitsPerDegree: unitsPerDegree, featureCount: u32(16), polygonCount: u32(20),
                           ringCount: u32(24), pointCount: u32(28), arcCount: u32(32), arcPointCount: u32(36),
                           arcReferenceCount: u32(40), borderCount: u32(44), coastlineCount: u32(48),
                           borderPointCount: u32(52), coastlinePointCount: u32(56), tolerance: f64(60),
                           minIslandArea: f64(68), sources: sources, bodyByteCount: bodyCount)
    }

    static func decode(_ data: Data, file: String) throws -> BasemapLevel {
        try data.withUnsafeBytes { bytes in
            let header = try header(bytes, file: file)
            var body = BodyReader(bytes: bytes, position: bytes.count - header.bodyByteCount, file: file)
            return try decodeBody(&body, header)
        }
    }

    private static func decodeBody(_ body: inout BodyReader, _ header: LevelHeader) throws -> BasemapLevel {
        let budget = header.bodyByteCount
        for (name, count) in [("features", header.featureCount), ("polygons", header.polygonCount),
                              ("rings", header.ringCount), ("arcs", header.arcCount),
                              ("arc references", header.arcReferenceCount), ("borders", header.borderCount),
                              ("coastlines", header.coastlineCount), ("arc points", header.arcPointCount * 2)]
        where count > budget {
            throw body.corrupt("\(name) count exceeds what \(budget) bytes can hold")
        }

        var attributes: [FeatureAttributes] = []
        attributes.reserveCapacity(header.featureCount)
        for _ in 0..<header.featureCount {
            var item = FeatureAttributes(iso2: try body.string(), iso3: try body.string(), continent: try body.string())
            for _ in 0..<(try body.count(atMost: budget)) {
                let language = try body.string()
                item.names[language] = try body.string()
            }
            attributes.append(item)
        }
        let features = try ranges(&body, count: header.featureCount, total: header.polygonCount, what: "polygons")
        let polygons = try ranges(&body, count: header.polygonCount, total: header.ringCount, what: "rings")

        var references: [Int] = []
        references.reserveCapacity(header.arcReferenceCount)
        var ringReferences: [Range<Int>] = []
        ringReferences.reserveCapacity(header.ringCount)
        for _ in 0..<header.ringCount {
            let count = try body.count(atMost: header.arcReferenceCount - references.count)
            guard count > 0 else { throw body.corrupt("ring with no arcs") }
            let start = references.count
            for _ in 0..<count {
                let ref = try body.signed()
                guard (ref >= 0 ? ref : ~ref) < header.arcCount else { throw body.corrupt("arc reference \(ref) out of range") }
                references.append(ref)
            }
            ringReferences.append(start..<references.count)
        }
        guard references.count == header.arcReferenceCount else { throw body.corrupt("arc reference count mismatch") }

        let scale = Double(header.unitsPerDegree)
        let maxX = UInt(180 * header.unitsPerDegree), maxY = UInt(90 * header.unitsPerDegree)
        var arcPoints: [LonLat] = []
        arcPoints.reserveCapacity(header.arcPointCount)
        var arcStarts: [Int] = []
        arcStarts.reserveCapacity(header.arcCount + 1)
        var x = 0, y = 0
        for _ in 0..<header.arcCount {
            arcStarts.append(arcPoints.count)
            let count = try body.count(atMost: header.arcPointCount - arcPoints.count)
            guard count >= 2 else { throw body.corrupt("arc with \(count) points") }
            for _ in 0..<count {
                x = x &+ (try body.signed())
                y = y &+ (try body.signed())
                // Deltas are any 64-bit value, so a sum may be Int.min, whose abs() would trap.
                guard x.magnitude <= maxX, y.magnitude <= maxY else { throw body.corrupt("point outside ±180° × ±90°") }
                arcPoints.append(LonLat(lon: Double(x) / scale, lat: Double(y) / scale))
            }
        }
        arcStarts.append(arcPoints.count)
        guard arcPoints.count == header.arcPointCount else { throw body.corrupt("arc point count mismatch") }

        var expected = 0
        for ref in references { expected += arcStarts[(ref >= 0 ? ref : ~ref) + 1] - arcStarts[ref >= 0 ? ref : ~ref] - 1 }
        guard expected == header.pointCount else { throw body.corrupt("ring point count mismatch") }
        var points: [LonLat] = []
        points.reserveCapacity(expected)
        var rings: [Range<Int>] = []
        rings.reserveCapacity(header.ringCount)
        for refRange in ringReferences {
            let start = points.count
            for ref in references[refRange] {
                let arc = ref >= 0 ? ref : ~ref
                let first = arcStarts[arc], last = arcStarts[arc + 1] - 1
                let joint = ref >= 0 ? arcPoints[first] : arcPoints[last]
                let skip = points.count > start ? 1 : 0
                guard skip == 0 || points[points.count - 1] == joint else { throw body.corrupt("ring arcs do not join") }
                if ref >= 0 {
                    points.append(contentsOf: arcPoints[(first + skip)...last])
                } else {
                    for index in stride(from: last - skip, through: first, by: -1) { points.append(arcPoints[index]) }
                }
            }
            guard points[points.count - 1] == points[start] else { throw body.corrupt("ring does not close") }
            points.removeLast()
            guard points.count - start >= 3 else { throw body.corrupt("ring with fewer than 3 points") }
            rings.append(start..<points.count)
        }

        let borders = try lines(&body, count: header.borderCount, arcPoints: arcPoints, arcStarts: arcStarts)
        let coastlines = try lines(&body, count: header.coastlineCount, arcPoints: arcPoints, arcStarts: arcStarts)
        guard body.isAtEnd else { throw body.corrupt("unexpected bytes after the coastlines") }
        return BasemapLevel(level: header.level,
                            features: zip(attributes, features).map { BasemapFeature(attributes: $0, polygons: $1) },
                            points: points, rings: rings, polygons: polygons, borders: borders, coastlines: coastlines,
                            land: LandMasses.assemble(references: references, arcPoints: arcPoints, arcStarts: arcStarts))
    }

    /// `count` consecutive ranges whose lengths are read from the body and must add up to `total`.
    private static func ranges(_ body: inout BodyReader, count: Int, total: Int, what: String) throws -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(count)
        var start = 0
        for _ in 0..<count {
            let length = try body.count(atMost: total - start)
            result.append(start..<(start + length))
            start += length
        }
        guard start == total else { throw body.corrupt("\(what) count mismatch") }
        return result
    }

    /// Lines given as arc numbers: ranges of the arcs' own points (shared, not copied).
    private static func lines(_ body: inout BodyReader, count: Int, arcPoints: [LonLat], arcStarts: [Int]) throws -> LineSet {
        var set = LineSet(points: arcPoints)
        set.lines.reserveCapacity(count)
        var arc = 0
        for _ in 0..<count {
            arc += try body.count(atMost: arcStarts.count - 2 - arc)
            guard arc + 1 < arcStarts.count else { throw body.corrupt("line refers to arc \(arc) of \(arcStarts.count - 1)") }
            set.lines.append(arcStarts[arc]..<arcStarts[arc + 1])
        }
        return set
    }
}

/// A bounds-checked cursor over the varints of a level file's body.
private struct BodyReader {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    let file: String

    var isAtEnd: Bool { position == bytes.count }

    func corrupt(_ message: String) -> BasemapError {
        BasemapError(file: file, "not a valid basemap level: \(message) (at byte \(position))")
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            guard shift < 64 else { throw corrupt("varint too long") }
        }
        throw corrupt("truncated")
    }

    /// A non-negative count no larger than `limit`.
    mutating func count(atMost limit: Int) throws -> Int {
        let value = try varint()
        guard value <= UInt64(max(limit, 0)) else { throw corrupt("count \(value) exceeds \(max(limit, 0))") }
        return Int(value)
    }

    mutating func signed() throws -> Int {
        let value = try varint()
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func string() throws -> String {
        // The bytes left are counted after the length's own varint, which they do not include.
        let value = try varint()
        guard value <= UInt64(bytes.count - position) else {
            throw corrupt("string of \(value) bytes, \(bytes.count - position) left")
        }
        let length = Int(value)
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
    }
}
