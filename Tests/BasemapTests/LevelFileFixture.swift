import Foundation
@testable import Basemap

/// Level files made by hand or changed on purpose, for the tests of what the decoder refuses.
enum LevelFileFixture {
    /// A one-feature level of one square ring on a grid of 10 units per degree, written point by
    /// point as the steps given (the default draws (0, 0), (0, 1°), (1°, 1°), (1°, 0), (0, 0)).
    static func square(steps: [(Int, Int)] = [(0, 0), (0, 10), (10, 0), (0, -10), (-10, 0)]) -> [UInt8] {
        var body = ByteWriter()
        for text in ["XS", "XSQ", "Test"] { body.string(text) }
        body.varint(0)  // names
        body.varint(1)  // polygons of the feature
        body.varint(1)  // rings of the polygon
        body.varint(1)  // arc references of the ring
        body.zigzag(0)  // arc 0 forwards
        body.varint(steps.count)
        for (dx, dy) in steps {
            body.zigzag(dx)
            body.zigzag(dy)
        }
        body.varint(0)  // the one coastline: arc 0
        var file = ByteWriter()
        file.bytes += CompactFormat.magic
        file.uint16(CompactFormat.version)
        file.uint8(DetailLevel.high.code)
        file.uint8(0)
        file.uint32(10)
        // features, polygons, rings, ring points, arcs, arc points, references, borders, coastlines,
        // border points, coastline points
        for count in [1, 1, 1, steps.count - 1, 1, steps.count, 1, 0, 1, 0, steps.count] { file.uint32(count) }
        file.float64(0)
        file.float64(0)
        file.uint32(0)
        file.uint32(body.bytes.count)
        file.uint32(0)
        return sealed(file.bytes + body.bytes)
    }

    /// Where the square's first step starts: after the header, 12 bytes of attribute strings and
    /// one byte each for the name, polygon, ring and reference counts, the reference and the point count.
    static let squareFirstStep = CompactFormat.headerSize + 18

    /// The bytes with the checksum made right again, as a crafted (rather than damaged) file has it.
    static func sealed(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let checksum = bytes.withUnsafeBytes { LevelChecksum.of($0) }
        withUnsafeBytes(of: checksum.littleEndian) {
            bytes.replaceSubrange(CompactFormat.checksumOffset..<(CompactFormat.checksumOffset + 4), with: $0)
        }
        return bytes
    }

    /// The bytes with the little-endian u32 at `offset` set to `value`.
    static func setting(_ bytes: [UInt8], u32 value: UInt32, at offset: Int) -> [UInt8] {
        var bytes = bytes
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + 4), with: $0) }
        return bytes
    }

    /// The little-endian u32 at `offset`.
    static func u32(_ bytes: [UInt8], at offset: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    /// The message of the error decoding `bytes` throws, nil when they decode; any error other
    /// than a `BasemapError` is returned as "not a BasemapError: …" so that a test sees it.
    static func refusal(_ bytes: [UInt8], file: String) -> String? {
        do {
            _ = try CompactDecoder.decode(Data(bytes), file: file)
            return nil
        } catch let error as BasemapError {
            return error.description
        } catch {
            return "not a BasemapError: \(error)"
        }
    }

    /// The shipped Natural Earth level file, read from the repository.
    static func shipped(_ level: DetailLevel) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: NaturalEarthTests.directory)
            .appendingPathComponent("naturalearth.\(level.rawValue).\(CompactFormat.fileExtension)")))
    }
}
