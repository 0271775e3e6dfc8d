import Foundation
import MapGeometry

/// Reads level files in the compact format, validating every count and index before use.
enum CompactDecoder {
    /// The header of a level file, once the magic, version, length and checksum are right and
    /// every count is one the file's bytes can hold.
    static func header(_ bytes: UnsafeRawBufferPointer, file: String) throws -> LevelHeader {
        func corrupt(_ message: String, at offset: Int) -> BasemapError { CompactFormat.corrupt(file, message, at: offset) }
        func u32(_ offset: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
        func f64(_ offset: Int) -> Double {
            Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        }
        let magic = CompactFormat.magic, headerSize = CompactFormat.headerSize
        if let wrong = magic.indices.first(where: { $0 < bytes.count && bytes[$0] != magic[$0] }) {
            throw corrupt("bad magic, expected \"PMBASEMP\" (not a basemap level file)", at: wrong)
        }
        let versionOffset = CompactFormat.versionOffset
        guard bytes.count >= versionOffset + 2 else {
            throw corrupt("truncated: the file has \(bytes.count) bytes, the header needs \(headerSize)", at: bytes.count)
        }
        let version = UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: versionOffset, as: UInt16.self))
        guard version == CompactFormat.version else {
            let hint = version < CompactFormat.version ? "; rebuild the basemap with `partnermap basemap import`" : ""
            throw corrupt("format version \(version), this build reads version \(CompactFormat.version)\(hint)", at: versionOffset)
        }
        guard bytes.count >= headerSize else {
            throw corrupt("truncated: the file has \(bytes.count) bytes, the header needs \(headerSize)", at: bytes.count)
        }
        let sourcesCount = u32(76), bodyCount = u32(80)
        let declared = headerSize + sourcesCount + bodyCount
        guard declared <= bytes.count else {
            throw corrupt("truncated: the header declares \(declared) bytes, the file has \(bytes.count)", at: bytes.count)
        }
        guard declared == bytes.count else {
            throw corrupt("the file goes on after the \(declared) bytes the header declares", at: declared)
        }
        let stored = UInt32(u32(CompactFormat.checksumOffset)), computed = LevelChecksum.of(bytes)
        guard stored == computed else {
            throw corrupt(String(format: "checksum mismatch: the header says CRC-32 0x%08x, the file's bytes give 0x%08x "
                + "(the file is damaged)", stored, computed), at: CompactFormat.checksumOffset)
        }

        guard let level = DetailLevel(code: bytes[10]) else { throw corrupt("unknown level code \(bytes[10])", at: 10) }
        guard bytes[11] == 0 else { throw corrupt("reserved byte is \(bytes[11]), not 0", at: 11) }
        let unitsPerDegree = u32(12)
        guard (1...10_000_000).contains(unitsPerDegree) else { throw corrupt("grid of \(unitsPerDegree) units per degree", at: 12) }
        // Every feature, polygon, ring, arc, reference and line takes at least one byte of the body,
        // every arc point two.
        for (name, offset, bytesEach) in [("features", 16, 1), ("polygons", 20, 1), ("rings", 24, 1), ("arcs", 32, 1),
                                          ("arc points", 36, 2), ("arc references", 40, 1), ("borders", 44, 1),
                                          ("coastlines", 48, 1)]
        where u32(offset) * bytesEach > bodyCount {
            throw corrupt("\(u32(offset)) \(name) cannot fit in a body of \(bodyCount) bytes", at: offset)
        }
        let pointCount = u32(28), arcPointCount = u32(36), limit = CompactFormat.maxRingPointsPerArcPoint
        guard pointCount <= limit * arcPointCount else {
            throw corrupt("\(pointCount) ring points, more than \(limit) times the \(arcPointCount) arc points", at: 28)
        }
        for (name, offset) in [("simplification tolerance", 60), ("minimum island area", 68)]
        where !(f64(offset).isFinite && f64(offset) >= 0) {
            throw corrupt("\(name) of \(f64(offset)) km²", at: offset)
        }
        let sources = String(decoding: bytes[headerSize..<(headerSize + sourcesCount)], as: UTF8.self)
        return LevelHeader(level: level, unitsPerDegree: unitsPerDegree, featureCount: u32(16), polygonCount: u32(20),
                           ringCount: u32(24), pointCount: pointCount, arcCount: u32(32), arcPointCount: arcPointCount,
                           arcReferenceCount: u32(40), borderCount: u32(44), coastlineCount: u32(48),
                           borderPointCount: u32(52), coastlinePointCount: u32(56), tolerance: f64(60),
                           minIslandArea: f64(68), sources: sources, bodyByteCount: bodyCount)
    }

    static func decode(_ data: Data, file: String) throws -> BasemapLevel {
        try data.withUnsafeBytes { bytes in
            let header = try header(bytes, file: file)
            var body = VarintReader(bytes: bytes, position: bytes.count - header.bodyByteCount, file: file)
            return try decodeBody(&body, header)
        }
    }

    private static func decodeBody(_ body: inout VarintReader, _ header: LevelHeader) throws -> BasemapLevel {
        let budget = header.bodyByteCount
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
                guard (ref >= 0 ? ref : ~ref) < header.arcCount else {
                    throw body.corrupt("arc reference \(ref) out of range for \(header.arcCount) arcs")
                }
                references.append(ref)
            }
            ringReferences.append(start..<references.count)
        }
        guard references.count == header.arcReferenceCount else {
            throw body.corrupt("\(references.count) arc references, the header says \(header.arcReferenceCount)")
        }

        let scale = Double(header.unitsPerDegree)
        let maxX = 180 * header.unitsPerDegree, maxY = 90 * header.unitsPerDegree
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
                let start = body.position
                // Steps are bounded first, so the sums cannot overflow.
                x += try body.step(atMost: 2 * maxX)
                y += try body.step(atMost: 2 * maxY)
                guard (-maxX...maxX).contains(x), (-maxY...maxY).contains(y) else {
                    throw body.corrupt("point (\(x), \(y)) outside ±180° × ±90° on a grid of \(header.unitsPerDegree) per degree",
                                       at: start)
                }
                arcPoints.append(LonLat(lon: Double(x) / scale, lat: Double(y) / scale))
            }
        }
        arcStarts.append(arcPoints.count)
        guard arcPoints.count == header.arcPointCount else {
            throw body.corrupt("\(arcPoints.count) arc points, the header says \(header.arcPointCount)")
        }

        var expected = 0
        for ref in references { expected += arcStarts[(ref >= 0 ? ref : ~ref) + 1] - arcStarts[ref >= 0 ? ref : ~ref] - 1 }
        guard expected == header.pointCount else {
            throw body.corrupt("the rings' arcs hold \(expected) points, the header says \(header.pointCount)")
        }
        var points: [LonLat] = []
        points.reserveCapacity(expected)
        var rings: [Range<Int>] = []
        rings.reserveCapacity(header.ringCount)
        for (index, refRange) in ringReferences.enumerated() {
            let start = points.count
            for ref in references[refRange] {
                let arc = ref >= 0 ? ref : ~ref
                let first = arcStarts[arc], last = arcStarts[arc + 1] - 1
                let joint = ref >= 0 ? arcPoints[first] : arcPoints[last]
                let skip = points.count > start ? 1 : 0
                guard skip == 0 || points[points.count - 1] == joint else { throw body.corrupt("ring \(index)'s arcs do not join") }
                if ref >= 0 {
                    points.append(contentsOf: arcPoints[(first + skip)...last])
                } else {
                    for index in stride(from: last - skip, through: first, by: -1) { points.append(arcPoints[index]) }
                }
            }
            guard points[points.count - 1] == points[start] else { throw body.corrupt("ring \(index) does not close") }
            points.removeLast()
            guard points.count - start >= 3 else { throw body.corrupt("ring \(index) has fewer than 3 points") }
            rings.append(start..<points.count)
        }

        let borders = try lines(&body, count: header.borderCount, points: header.borderPointCount, what: "border",
                                arcPoints: arcPoints, arcStarts: arcStarts)
        let coastlines = try lines(&body, count: header.coastlineCount, points: header.coastlinePointCount, what: "coastline",
                                   arcPoints: arcPoints, arcStarts: arcStarts)
        guard body.isAtEnd else { throw body.corrupt("unexpected bytes after the coastlines") }
        return BasemapLevel(level: header.level,
                            features: zip(attributes, features).map { BasemapFeature(attributes: $0, polygons: $1) },
                            points: points, rings: rings, polygons: polygons, borders: borders, coastlines: coastlines,
                            land: LandMasses.assemble(references: references, arcPoints: arcPoints, arcStarts: arcStarts))
    }

    /// `count` consecutive ranges whose lengths are read from the body and must add up to `total`.
    private static func ranges(_ body: inout VarintReader, count: Int, total: Int, what: String) throws -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(count)
        var start = 0
        for _ in 0..<count {
            let length = try body.count(atMost: total - start)
            result.append(start..<(start + length))
            start += length
        }
        guard start == total else { throw body.corrupt("\(start) \(what), the header says \(total)") }
        return result
    }

    /// Lines given as arc numbers: ranges of the arcs' own points (shared, not copied), `points` of them in all.
    private static func lines(_ body: inout VarintReader, count: Int, points: Int, what: String,
                              arcPoints: [LonLat], arcStarts: [Int]) throws -> LineSet {
        var set = LineSet(points: arcPoints)
        set.lines.reserveCapacity(count)
        var arc = 0
        for _ in 0..<count {
            arc += try body.count(atMost: arcStarts.count - 2 - arc)
            guard arc + 1 < arcStarts.count else { throw body.corrupt("\(what) refers to arc \(arc) of \(arcStarts.count - 1)") }
            set.lines.append(arcStarts[arc]..<arcStarts[arc + 1])
        }
        let total = set.lines.reduce(0) { $0 + $1.count }
        guard total == points else { throw body.corrupt("\(what)s have \(total) points, the header says \(points)") }
        return set
    }
}
