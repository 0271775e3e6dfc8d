import CSystemZlib
import Foundation
import MapScene

/// Encodes a sequence of similar pictures (animation frames) as PNG, fast: the image is cut into
/// bands of rows, each deflated on its own and ended with a sync flush, so the compressed bands
/// simply follow one another in the zlib stream. A band whose pixels equal the same band of the
/// previous picture reuses its compressed bytes. The first row of every band is filtered without
/// looking at the band above, so a band's bytes depend on its own pixels only: the file is the
/// same whatever was encoded before. One encoder per thread.
package final class BandedPNGEncoder {
    package let bandRows: Int
    package let level: Int32
    private struct Band {
        var raw: [UInt8]
        var segment: ZlibSegments.Segment
    }
    private var previous: [Band?] = []
    private let deflater: ZlibSegments.Deflater

    /// `runsOnly` looks for runs of one byte only (zlib's Z_RLE): on frames full of arcs it
    /// encodes a quarter faster than the default matching, and the files are as small (within
    /// 5%), because the Up filter turns what a row shares with the row above into runs of zeros.
    package init(bandRows: Int = 16, level: Int32 = 1, runsOnly: Bool = false) {
        self.bandRows = bandRows
        self.level = level
        deflater = ZlibSegments.Deflater(level: level, runsOnly: runsOnly)
    }

    /// PNG bytes of Cairo ARGB32 pixels; `opaque` drops the alpha channel, `dpi` goes into pHYs.
    package func encode(argb data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, opaque: Bool, dpi: Double?,
                        metadata: SceneMetadata? = nil) -> [UInt8] {
        let channels = opaque ? 3 : 4
        let bandCount = (height + bandRows - 1) / bandRows
        if previous.count != bandCount { previous = Array(repeating: nil, count: bandCount) }
        var segments: [ZlibSegments.Segment] = []
        segments.reserveCapacity(bandCount)
        for b in 0..<bandCount {
            let y0 = b * bandRows, y1 = min(height, y0 + bandRows)
            let rawCount = (y1 - y0) * width * 4
            let same = previous[b].map { bandEquals($0, data: data, rows: y0..<y1, width: width, stride: stride) } ?? false
            if !same {
                // The band's stored pixels are overwritten in place (no new buffer per frame).
                var raw = previous[b].map(\.raw) ?? []
                previous[b] = nil
                if raw.count != rawCount { raw = [UInt8](repeating: 0, count: rawCount) }
                raw.withUnsafeMutableBufferPointer { r in
                    for y in y0..<y1 { (r.baseAddress! + (y - y0) * width * 4).update(from: data + y * stride, count: width * 4) }
                }
                let segment = encodeSegment(data + y0 * stride, width: width, rows: y1 - y0, stride: stride, channels: channels)
                previous[b] = Band(raw: raw, segment: segment)
            }
            segments.append(previous[b]!.segment)
        }
        return Self.assemble(segments, width: width, height: height, opaque: opaque, dpi: dpi, metadata: metadata)
    }

    /// Filters and deflates `rows` rows on their own: the first row with Sub (no row above), the
    /// rest with Up.
    func encodeSegment(_ data: UnsafePointer<UInt8>, width: Int, rows: Int, stride: Int, channels: Int) -> ZlibSegments.Segment {
        let rowBytes = width * channels + 1
        if filtered.count < rows * rowBytes { filtered = [UInt8](repeating: 0, count: rows * rowBytes) }
        return filtered.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            for y in 0..<rows { PNGFile.straighten(data + y * stride, width: width, channels: channels, into: base + y * rowBytes + 1) }
            // Up, from the bottom row up, so each row is taken from the still unfiltered row above.
            for y in Swift.stride(from: rows - 1, through: 1, by: -1) {
                let o = base + y * rowBytes, above = o - rowBytes
                o[0] = 2
                for i in 1..<rowBytes { o[i] = o[i] &- above[i] }
            }
            // Sub on the first row: each byte minus the one a pixel to its left, right to left.
            base[0] = 1
            for i in Swift.stride(from: rowBytes - 1, to: channels, by: -1) { base[i] = base[i] &- base[i - channels] }
            return deflater.segment(UnsafeRawBufferPointer(start: base, count: rows * rowBytes))
        }
    }

    /// Filtered rows, reused from band to band.
    private var filtered: [UInt8] = []

    /// A PNG from segments of filtered rows, in order.
    static func assemble(_ segments: [ZlibSegments.Segment], width: Int, height: Int, opaque: Bool, dpi: Double?,
                         metadata: SceneMetadata? = nil) -> [UInt8] {
        PNGFile.assemble(width: width, height: height, opaque: opaque, dpi: dpi, metadata: metadata, idat: ZlibSegments.join(segments))
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
}
