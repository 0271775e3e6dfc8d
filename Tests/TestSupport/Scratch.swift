import Foundation

/// A fresh temporary directory, removed by `remove()`.
public struct Scratch {
    public let path: String
    public init() throws {
        path = NSTemporaryDirectory() + "partnermap-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    public func file(_ name: String) -> String { path + "/" + name }
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
    /// Every entry, dot-files (such as AtomicFile's `.name.pid.random.tmp`) included, sorted;
    /// throws rather than answer an empty list when the directory cannot be read.
    public func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
}

/// Width and height from a PNG's IHDR chunk.
public func pngSize(_ path: String) -> (Int, Int)? {
    guard let d = FileManager.default.contents(atPath: path), d.count > 24, d.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
    func be(_ o: Int) -> Int { d[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be(16), be(20))
}
