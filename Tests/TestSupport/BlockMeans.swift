extension DecodedPNG {
    /// The picture shrunk `k` times each way, each pixel the mean of a k×k square (a part row or
    /// column at the edge is dropped): two renderers' antialiasing and sub-pixel glyph placement
    /// average out, a missing or moved shape does not.
    public func blockMeans(_ k: Int) -> DecodedPNG {
        let w = width / k, h = height / k, n = channels
        var out = [UInt8](repeating: 0, count: w * h * n)
        for by in 0..<h {
            for bx in 0..<w {
                for c in 0..<n {
                    var sum = 0
                    for y in (by * k)..<(by * k + k) {
                        for x in (bx * k)..<(bx * k + k) { sum += Int(pixels[(y * width + x) * n + c]) }
                    }
                    out[(by * w + bx) * n + c] = UInt8((sum + k * k / 2) / (k * k))
                }
            }
        }
        return DecodedPNG(width: w, height: h, channels: n, pixels: out)
    }

    init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        self.width = width; self.height = height; self.channels = channels; self.pixels = pixels
    }
}
