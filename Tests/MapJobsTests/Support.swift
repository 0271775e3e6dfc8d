import Foundation
import MapJobs

/// A fresh temporary directory, removed by `remove()`.
struct Scratch {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "partnermap-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func file(_ name: String) -> String { path + "/" + name }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
    /// Every entry, dot-files (such as AtomicFile's `.name.pid.random.tmp`) included, sorted;
    /// throws rather than answer an empty list when the directory cannot be read.
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
}

/// Runs a program and returns its standard output (nil when it cannot run or fails).
func run(_ program: String, _ args: [String]) -> String? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = Pipe()
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}

/// Width and height from a PNG's IHDR chunk.
func pngSize(_ path: String) -> (Int, Int)? {
    guard let d = FileManager.default.contents(atPath: path), d.count > 24, d.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
    func be(_ o: Int) -> Int { d[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be(16), be(20))
}

/// A small table written for a test.
func writeTable(_ rows: [String], in scratch: Scratch, name: String = "t.csv") throws -> String {
    let header = "id,name_en,name_zh,name_vi,country,iso2,continent,lat,lon,relation,year,date,source"
    let path = scratch.file(name)
    try ([header] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
