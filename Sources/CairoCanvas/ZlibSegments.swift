import CSystemZlib
import Foundation

/// A zlib stream built from parts deflated independently (in parallel, or cached between
/// pictures): each part is raw deflate ended with a sync flush, so the parts simply follow one
/// another; `join` adds the zlib header, the final empty block and the Adler-32 of the whole.
/// PNG image data is made this way.
enum ZlibSegments {
    /// One independently deflated part: its deflate bytes, the Adler-32 and length of its input.
    struct Segment: Sendable {
        var compressed: [UInt8]
        var adler: UInt32
        var length: Int
    }

    /// The zlib stream of `segments` in order.
    static func join(_ segments: [Segment]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        out.reserveCapacity(segments.reduce(8) { $0 + $1.compressed.count })
        var adler: UInt32 = 1
        for s in segments {
            out += s.compressed
            adler = UInt32(adler32_combine(uLong(adler), uLong(s.adler), off_t(s.length)))
        }
        // The final, empty fixed-Huffman block, then the Adler-32 of all the input.
        out += [0x03, 0x00]
        out.appendBigEndian(adler)
        return out
    }

    /// Deflates parts at one compression level, reusing its state; one per thread. With
    /// `runsOnly`, matches are only runs of one byte (zlib's Z_RLE).
    final class Deflater {
        private var stream = z_stream()

        init(level: Int32, runsOnly: Bool = false) {
            deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, runsOnly ? Z_RLE : Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        }

        deinit { deflateEnd(&stream) }

        /// Raw deflate of `input`, ended with a sync flush (byte-aligned, not final).
        func segment(_ input: UnsafeRawBufferPointer) -> Segment {
            deflateReset(&stream)
            let bound = Int(deflateBound(&stream, uLong(input.count))) + 16
            if scratch.count < bound { scratch = [UInt8](repeating: 0, count: bound) }
            let compressed = scratch.withUnsafeMutableBufferPointer { o -> [UInt8] in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = UInt32(input.count)
                stream.next_out = o.baseAddress
                stream.avail_out = UInt32(bound)
                _ = deflate(&stream, Z_SYNC_FLUSH)
                return Array(UnsafeBufferPointer(start: o.baseAddress, count: bound - Int(stream.avail_out)))
            }
            let adler = input.isEmpty ? 1 : UInt32(adler32(1, input.baseAddress?.assumingMemoryBound(to: Bytef.self), UInt32(input.count)))
            return Segment(compressed: compressed, adler: adler, length: input.count)
        }

        /// Output space reused from part to part; each segment keeps only its own bytes.
        private var scratch: [UInt8] = []
    }
}

/// Segments made in parallel, one slot per part.
final class SegmentSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ZlibSegments.Segment?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ s: ZlibSegments.Segment) { lock.lock(); slots[i] = s; lock.unlock() }
    var all: [ZlibSegments.Segment] { slots.map { $0! } }
}
