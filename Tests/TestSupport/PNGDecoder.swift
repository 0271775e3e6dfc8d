import CZlib
import Foundation

/// A minimal PNG reader for tests: 8-bit RGB or RGBA, non-interlaced, any row filter.
public struct DecodedPNG: Equatable {
    public let width: Int
    public let height: Int
    public let channels: Int
    /// Unfiltered pixel rows, `width * channels` bytes each.
    public let pixels: [UInt8]

    public init?(data: [UInt8]) {
        guard data.count > 33, data.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        func be32(_ o: Int) -> Int { Int(data[o]) << 24 | Int(data[o + 1]) << 16 | Int(data[o + 2]) << 8 | Int(data[o + 3]) }
        var offset = 8, w = 0, h = 0, colour = 0
        var idat: [UInt8] = []
        while offset + 8 <= data.count {
            let length = be32(offset)
            let type = String(decoding: data[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let body = Array(data[(offset + 8)..<(offset + 8 + length)])
            if type == "IHDR" { w = Int(body[0]) << 24 | Int(body[1]) << 16 | Int(body[2]) << 8 | Int(body[3])
                h = Int(body[4]) << 24 | Int(body[5]) << 16 | Int(body[6]) << 8 | Int(body[7]); colour = Int(body[9]) }
            if type == "IDAT" { idat += body }
            offset += 12 + length
        }
        let channels = colour == 6 ? 4 : 3
        let rowBytes = w * channels + 1
        var raw = [UInt8](repeating: 0, count: rowBytes * h)
        var size = uLongf(raw.count)
        guard uncompress(&raw, &size, idat, uLong(idat.count)) == Z_OK, Int(size) == raw.count else { return nil }
        var out = [UInt8](repeating: 0, count: w * channels * h)
        let stride = w * channels
        for y in 0..<h {
            let filter = raw[y * rowBytes]
            for i in 0..<stride {
                let x = raw[y * rowBytes + 1 + i]
                let a = i >= channels ? out[y * stride + i - channels] : 0
                let b = y > 0 ? out[(y - 1) * stride + i] : 0
                let c = i >= channels && y > 0 ? out[(y - 1) * stride + i - channels] : 0
                let value: UInt8
                switch filter {
                case 1: value = x &+ a
                case 2: value = x &+ b
                case 3: value = x &+ UInt8((Int(a) + Int(b)) / 2)
                case 4:
                    let p = Int(a) + Int(b) - Int(c)
                    let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
                    value = x &+ (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
                default: value = x
                }
                out[y * stride + i] = value
            }
        }
        width = w; height = h; self.channels = channels; pixels = out
    }

    public init?(path: String) {
        guard let d = FileManager.default.contents(atPath: path) else { return nil }
        self.init(data: [UInt8](d))
    }

    /// The channel values of one pixel.
    public func pixel(_ x: Int, _ y: Int) -> ArraySlice<UInt8> {
        let i = (y * width + x) * channels
        return pixels[i..<(i + channels)]
    }
}
