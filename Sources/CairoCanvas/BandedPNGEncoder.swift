import CZlib
import Foundation

/// Encodes a sequence of similar pictures (animation frames) as PNG, fast: the image is cut into
/// bands of rows, each deflated on its own and ended with a sync flush, so the compressed bands
/// simply follow one another in the zlib stream. A band whose pixels equal the same band of the
/// previous picture reuses its compressed bytes. The first row of every band is filtered without
/// looking at the band above, so a band's bytes depend on its own pixels only: the file is the
/// same whatever was encoded before. One encoder per thread.
public final class BandedPNGEncoder {
    public let bandRows: Int
    public let level: Int32
    private struct Band {
        var raw: [UInt8]
        var compressed: [UInt8]
        var adler: UInt32
        var length: Int
    }
    private var previous: [Band?] = []
    private var stream = z_stream()
    /// Bands compressed / reused so far (to see the cache at work).
    public private(set) var compressedBands = 0
    public private(set) var reusedBands = 0

    public init(bandRows: Int = 16, level: Int32 = 1) {
        self.bandRows = bandRows
        self.level = level
        deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    }

    deinit { deflateEnd(&stream) }

    /// PNG bytes of Cairo ARGB32 pixels; `opaque` drops the alpha channel, `dpi` goes into pHYs.
    public func encode(argb data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, opaque: Bool, dpi: Double?) -> [UInt8] {
        let channels = opaque ? 3 : 4
        let bandCount = (height + bandRows - 1) / bandRows
        if previous.count != bandCount { previous = Array(repeating: nil, count: bandCount) }
        var idat: [UInt8] = [0x78, 0x01]
        var adler: UInt32 = 1
        for b in 0..<bandCount {
            let y0 = b * bandRows, y1 = min(height, y0 + bandRows)
            let rawCount = (y1 - y0) * width * 4
            let same = previous[b].map { bandEquals($0, data: data, rows: y0..<y1, width: width, stride: stride) } ?? false
            if !same {
                var raw = [UInt8](repeating: 0, count: rawCount)
                raw.withUnsafeMutableBufferPointer { r in
                    for y in y0..<y1 { (r.baseAddress! + (y - y0) * width * 4).update(from: data + y * stride, count: width * 4) }
                }
                let segment = encodeSegment(data + y0 * stride, width: width, rows: y1 - y0, stride: stride, channels: channels)
                previous[b] = Band(raw: raw, compressed: segment.compressed, adler: segment.adler, length: segment.length)
                compressedBands += 1
            } else {
                reusedBands += 1
            }
            let band = previous[b]!
            idat += band.compressed
            adler = UInt32(adler32_combine(uLong(adler), uLong(band.adler), off_t(band.length)))
        }
        return Self.finish(idat: idat, adler: adler, width: width, height: height, opaque: opaque, dpi: dpi)
    }

    /// A compressed run of rows: deflate bytes ending in a sync flush, the Adler-32 and length
    /// of the filtered bytes they hold.
    public struct Segment: Sendable {
        public var compressed: [UInt8]
        public var adler: UInt32
        public var length: Int
    }

    /// Filters and deflates `rows` rows on their own: the first row with Sub (no row above), the
    /// rest with Up.
    public func encodeSegment(_ data: UnsafePointer<UInt8>, width: Int, rows: Int, stride: Int, channels: Int) -> Segment {
        let rowBytes = width * channels + 1
        var current = [UInt8](repeating: 0, count: width * channels)
        var above = [UInt8](repeating: 0, count: width * channels)
        var filtered = [UInt8](repeating: 0, count: rows * rowBytes)
        filtered.withUnsafeMutableBufferPointer { out in
            for y in 0..<rows {
                PNGFile.unpremultiply(data + y * stride, width: width, channels: channels, into: &current)
                let o = out.baseAddress! + y * rowBytes
                current.withUnsafeBufferPointer { c in
                    if y == 0 {
                        // Sub: each byte minus the one a pixel to its left.
                        o[0] = 1
                        for i in 0..<(width * channels) { o[1 + i] = c[i] &- (i >= channels ? c[i - channels] : 0) }
                    } else {
                        o[0] = 2
                        above.withUnsafeBufferPointer { a in
                            for i in 0..<(width * channels) { o[1 + i] = c[i] &- a[i] }
                        }
                    }
                }
                swap(&current, &above)
            }
        }
        return Segment(compressed: deflateSegment(filtered), adler: UInt32(adler32(1, filtered, UInt32(filtered.count))),
                       length: filtered.count)
    }

    /// A PNG from segments in order.
    public static func assemble(_ segments: [Segment], width: Int, height: Int, opaque: Bool, dpi: Double?) -> [UInt8] {
        var idat: [UInt8] = [0x78, 0x01]
        var adler: UInt32 = 1
        for s in segments {
            idat += s.compressed
            adler = UInt32(adler32_combine(uLong(adler), uLong(s.adler), off_t(s.length)))
        }
        return finish(idat: idat, adler: adler, width: width, height: height, opaque: opaque, dpi: dpi)
    }

    private static func finish(idat: [UInt8], adler: UInt32, width: Int, height: Int, opaque: Bool, dpi: Double?) -> [UInt8] {
        // The final, empty fixed-Huffman block, then the Adler-32 of all filtered bytes.
        var idat = idat
        idat += [0x03, 0x00]
        idat.appendBigEndian(adler)
        return PNGFile.assemble(width: width, height: height, opaque: opaque, dpi: dpi, idat: idat)
    }

    /// Whether a band's stored pixels equal the given rows.
    private func bandEquals(_ band: Band, data: UnsafePointer<UInt8>, rows: Range<Int>, width: Int, stride: Int) -> Bool {
        let rowLength = width * 4
        return band.raw.withUnsafeBufferPointer { r -> Bool in
            for y in rows {
                let stored = r.baseAddress! + (y - rows.lowerBound) * rowLength
                if memcmp(stored, data + y * stride, rowLength) != 0 { return false }
            }
            return true
        }
    }

    /// Raw deflate of one band, ended with a sync flush (byte-aligned, not final).
    private func deflateSegment(_ input: [UInt8]) -> [UInt8] {
        deflateReset(&stream)
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 16
        var out = [UInt8](repeating: 0, count: bound)
        var written = 0
        input.withUnsafeBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                stream.next_in = UnsafeMutablePointer(mutating: i.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = o.baseAddress
                stream.avail_out = UInt32(bound)
                _ = deflate(&stream, Z_SYNC_FLUSH)
                written = bound - Int(stream.avail_out)
            }
        }
        out.removeSubrange(written...)
        return out
    }
}
