import Foundation

/// A PNG's pixels as Pillow (Debian python3-pil) reads them, independent of the canvas's own
/// PNG encoder: 8-bit RGB or RGBA rows, top to bottom.
public struct DecodedPNG: Equatable {
    public let width: Int
    public let height: Int
    /// 3 for RGB, 4 for RGBA (a PNG with an alpha channel or transparency).
    public let channels: Int
    /// Pixel rows, `width * channels` bytes each.
    public let pixels: [UInt8]

    /// Decodes the PNG file at `path`; throws with Pillow's message when it cannot.
    public init(path: String) throws {
        let (header, body) = try PillowReader.read(path)
        let words = header.split(separator: " ")
        guard words.count == 3, let w = Int(words[0]), let h = Int(words[1]), ["RGB", "RGBA"].contains(words[2]) else {
            throw PNGDecodeError(description: "unexpected Pillow header \"\(header)\" for \(path)")
        }
        let channels = words[2] == "RGBA" ? 4 : 3
        guard body.count == w * h * channels else {
            throw PNGDecodeError(description: "Pillow gave \(body.count) bytes for a \(w)x\(h) \(words[2]) picture")
        }
        width = w; height = h; self.channels = channels; pixels = body
    }

    /// Decodes PNG bytes (through a temporary file, so Pillow reads them as it reads any file).
    public init(data: [UInt8]) throws {
        let path = NSTemporaryDirectory() + "partnermap-decode-" + UUID().uuidString + ".png"
        guard FileManager.default.createFile(atPath: path, contents: Data(data)) else {
            throw PNGDecodeError(description: "cannot write \(path)")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        try self.init(path: path)
    }

    /// The channel values of one pixel.
    public func pixel(_ x: Int, _ y: Int) -> ArraySlice<UInt8> {
        let i = (y * width + x) * channels
        return pixels[i..<(i + channels)]
    }

    /// The alpha of one pixel (255 for an RGB picture).
    public func alpha(_ x: Int, _ y: Int) -> UInt8 {
        channels == 4 ? pixels[(y * width + x) * 4 + 3] : 255
    }
}

/// Why a PNG could not be decoded.
public struct PNGDecodeError: Error, CustomStringConvertible {
    public let description: String
}
