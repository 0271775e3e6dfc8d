/// A frame's pixels as a video encoder reads them raw: the layouts are named as ffmpeg's
/// `-pix_fmt` names them, and the colours are straight (not premultiplied), as in the frame's PNG.
package enum RawVideoLayout: String, Sendable {
    /// 8-bit R, G, B: an opaque frame for a palette (GIF).
    case rgb24
    /// 8-bit R, G, B, A: a frame with transparency for a palette (GIF).
    case rgba
    /// Planar BT.601 limited-range Y, then U and V at half size: what MP4 and WebM store, so the
    /// encoder need not convert. The size is rounded up to even, padded with black.
    case yuv420p

    /// The size of a frame `width`×`height` in this layout.
    package func size(width: Int, height: Int) -> (width: Int, height: Int) {
        self == .yuv420p ? ((width + 1) & ~1, (height + 1) & ~1) : (width, height)
    }

    /// The bytes of the Cairo ARGB32 pixels `data` (rows `stride` bytes apart) in this layout.
    func bytes(argb data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int) -> [UInt8] {
        switch self {
        case .rgb24, .rgba:
            let channels = self == .rgb24 ? 3 : 4
            return [UInt8](unsafeUninitializedCapacity: width * height * channels) { out, count in
                for y in 0..<height {
                    PNGFile.straighten(data + y * stride, width: width, channels: channels, into: out.baseAddress! + y * width * channels)
                }
                count = width * height * channels
            }
        case .yuv420p: return Self.yuv420p(argb: data, width: width, height: height, stride: stride)
        }
    }

    /// BT.601 limited range, in the integer form ffmpeg's swscale uses; each U and V sample is
    /// the mean of its 2×2 pixels.
    private static func yuv420p(argb data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int) -> [UInt8] {
        let (w, h) = RawVideoLayout.yuv420p.size(width: width, height: height)
        let cw = w / 2, ch = h / 2
        var out = [UInt8](repeating: 16, count: w * h + 2 * cw * ch)
        var rows = [UInt8](repeating: 0, count: 2 * w * 3)
        out.withUnsafeMutableBufferPointer { o in
            rows.withUnsafeMutableBufferPointer { r in
                let yPlane = o.baseAddress!, uPlane = yPlane + w * h, vPlane = uPlane + cw * ch
                let rgb = r.baseAddress!
                for cy in 0..<ch {
                    // Two rows of straight RGB; padding is black.
                    for k in 0..<2 {
                        let row = rgb + k * w * 3, y = 2 * cy + k
                        row.update(repeating: 0, count: w * 3)
                        if y < height { PNGFile.straighten(data + y * stride, width: width, channels: 3, into: row) }
                        let dst = yPlane + y * w
                        for x in 0..<w {
                            let p = row + 3 * x
                            let R = Int32(p[0]), G = Int32(p[1]), B = Int32(p[2])
                            dst[x] = UInt8(truncatingIfNeeded: ((66 * R + 129 * G + 25 * B + 128) >> 8) + 16)
                        }
                    }
                    let top = rgb, bottom = rgb + w * 3
                    for cx in 0..<cw {
                        let i = 6 * cx
                        let R = (Int32(top[i]) + Int32(top[i + 3]) + Int32(bottom[i]) + Int32(bottom[i + 3]) + 2) >> 2
                        let G = (Int32(top[i + 1]) + Int32(top[i + 4]) + Int32(bottom[i + 1]) + Int32(bottom[i + 4]) + 2) >> 2
                        let B = (Int32(top[i + 2]) + Int32(top[i + 5]) + Int32(bottom[i + 2]) + Int32(bottom[i + 5]) + 2) >> 2
                        uPlane[cy * cw + cx] = UInt8(truncatingIfNeeded: ((-38 * R - 74 * G + 112 * B + 128) >> 8) + 128)
                        vPlane[cy * cw + cx] = UInt8(truncatingIfNeeded: ((112 * R - 94 * G - 18 * B + 128) >> 8) + 128)
                    }
                }
            }
        }
        return out
    }
}
