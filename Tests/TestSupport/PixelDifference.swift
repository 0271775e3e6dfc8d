/// How far one decoded picture is from another of the same size: the pixels where some channel
/// differs by more than `threshold`, and the largest channel difference anywhere.
public struct PixelDifference {
    public let threshold: Int
    public let total: Int
    /// Pixels with a channel more than `threshold` apart.
    public let differing: Int
    public let largest: Int

    /// Nil when the pictures differ in size or channels.
    public init?(_ a: DecodedPNG, _ b: DecodedPNG, threshold: Int) {
        guard a.width == b.width, a.height == b.height, a.channels == b.channels else { return nil }
        var differing = 0, largest = 0
        let n = a.channels
        a.pixels.withUnsafeBufferPointer { p in
            b.pixels.withUnsafeBufferPointer { q in
                for i in stride(from: 0, to: p.count, by: n) {
                    var most = 0
                    for c in 0..<n { most = max(most, abs(Int(p[i + c]) - Int(q[i + c]))) }
                    if most > threshold { differing += 1 }
                    largest = max(largest, most)
                }
            }
        }
        self.threshold = threshold; total = a.width * a.height; self.differing = differing; self.largest = largest
    }

    /// The differing pixels as a share of all pixels.
    public var share: Double { Double(differing) / Double(total) }
}
