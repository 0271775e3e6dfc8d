import CSystemZlib
import MapScene

/// The parts of a PNG file shared by every encoder: chunks, the header, pixel conversion.
enum PNGFile {
    /// A PNG file around compressed image data: signature, IHDR, sRGB, pHYs (with `dpi`), the
    /// metadata as text (Title, Description, Software), IDAT, IEND.
    static func assemble(width: Int, height: Int, opaque: Bool, dpi: Double?, metadata: SceneMetadata? = nil, idat: [UInt8]) -> [UInt8] {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var ihdr: [UInt8] = []
        ihdr.appendBigEndian(UInt32(width))
        ihdr.appendBigEndian(UInt32(height))
        ihdr += [8, opaque ? 2 : 6, 0, 0, 0]
        chunk("IHDR", ihdr, into: &png)
        // The pixels are sRGB (Cairo draws in it); rendering intent 0, perceptual.
        chunk("sRGB", [0], into: &png)
        if let dpi, dpi > 0 {
            var phys: [UInt8] = []
            let ppm = UInt32((dpi / 0.0254).rounded())
            phys.appendBigEndian(ppm)
            phys.appendBigEndian(ppm)
            phys.append(1)
            chunk("pHYs", phys, into: &png)
        }
        if let metadata {
            for (key, value) in [("Title", metadata.title), ("Author", metadata.author), ("Description", metadata.subject),
                                 ("Copyright", metadata.copyright), ("Software", metadata.creator), ("Source", metadata.source)] where !value.isEmpty {
                text(key, value, into: &png)
            }
        }
        chunk("IDAT", idat, into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    static func isOpaque(_ data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where row[x] >> 24 != 255 { return false }
        }
        return true
    }

    /// Writes one row of Cairo ARGB32 pixels (premultiplied, native order) as PNG RGB or RGBA
    /// bytes with straight alpha.
    @inline(__always)
    static func straighten(_ row: UnsafePointer<UInt8>, width: Int, channels: Int, into o: UnsafeMutablePointer<UInt8>) {
        let words = UnsafeRawPointer(row).assumingMemoryBound(to: UInt32.self)
        func unpremultiplied(_ v: UInt32) -> (UInt32, UInt32, UInt32, UInt32) {
            let a = v >> 24
            var r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255
            if a != 255 && a != 0 {
                r = (r * 255 + a / 2) / a; g = (g * 255 + a / 2) / a; b = (b * 255 + a / 2) / a
            }
            return (r, g, b, a)
        }
        if channels == 3 {
            for x in 0..<width {
                let (r, g, b, _) = unpremultiplied(words[x])
                o[3 * x] = UInt8(truncatingIfNeeded: r)
                o[3 * x + 1] = UInt8(truncatingIfNeeded: g)
                o[3 * x + 2] = UInt8(truncatingIfNeeded: b)
            }
        } else {
            for x in 0..<width {
                let (r, g, b, a) = unpremultiplied(words[x])
                o[4 * x] = UInt8(truncatingIfNeeded: r)
                o[4 * x + 1] = UInt8(truncatingIfNeeded: g)
                o[4 * x + 2] = UInt8(truncatingIfNeeded: b)
                o[4 * x + 3] = UInt8(truncatingIfNeeded: a)
            }
        }
    }

    /// A text chunk: tEXt when the value is Latin-1 without controls, else iTXt (UTF-8), so
    /// Chinese or Thai titles survive.
    static func text(_ key: String, _ value: String, into png: inout [UInt8]) {
        let latin1 = value.unicodeScalars.allSatisfy { ($0.value >= 0x20 && $0.value < 0x7F) || ($0.value >= 0xA0 && $0.value <= 0xFF) || $0 == "\n" }
        if latin1 {
            chunk("tEXt", Array(key.utf8) + [0] + value.unicodeScalars.map { UInt8($0.value) }, into: &png)
        } else {
            // keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text
            chunk("iTXt", Array(key.utf8) + [0, 0, 0, 0, 0] + Array(value.utf8), into: &png)
        }
    }

    static func chunk(_ type: String, _ body: [UInt8], into png: inout [UInt8]) {
        png.appendBigEndian(UInt32(body.count))
        let typeBytes = Array(type.utf8)
        var crcInput = typeBytes
        crcInput += body
        png += typeBytes
        png += body
        let crc = crcInput.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        png.appendBigEndian(crc)
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ v: UInt32) {
        append(UInt8(v >> 24)); append(UInt8((v >> 16) & 255)); append(UInt8((v >> 8) & 255)); append(UInt8(v & 255))
    }
}
