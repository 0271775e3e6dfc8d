import Foundation
import MapJobs
import OptionModel
import Testing
import TestSupport

/// Random command lines and specs never crash the option model: every one is read, or refused
/// with a message that says where.
@Suite struct OptionFuzzTests {
    static let words = ["--size", "--paper", "--dpi", "--center", "--extent", "--inset", "--layers", "--color", "--theme",
                        "--lang", "--no-gradient", "--gradient", "--portrait", "--no-landscape", "--spec", "--output", "-o",
                        "--png-compression", "--tolerance", "--detail", "--projection", "--title", "--", "-", "--no-",
                        "1920x1080", "A4", "a0", "-30", "108,22.8", "170,-30,-170,0", "asean", "none", "arcs,cities",
                        "year", "dark", "zh+en", "0", "-1", "1e309", "nan", "", "=", "南宁", "\u{1B}[31m", "+proj=robin"]

    @Test func randomCommandLinesAreReadOrRefused() {
        var rng = SplitMix64(seed: 11)
        for command in [MapCommand.render, .frames, .poster] {
            for _ in 0..<2_000 {
                let n = Int(rng.next() % 7)
                let args = (0..<n).map { _ in
                    let w = Self.words[Int(rng.next() % UInt64(Self.words.count))]
                    return rng.next() % 5 == 0 && w.hasPrefix("--") ? w + "=" + Self.words[Int(rng.next() % UInt64(Self.words.count))] : w
                }
                do {
                    let o = try MapOptions.parse(command, arguments: args.filter { $0 != "--spec" })
                    _ = try o.mapSpec(for: command)
                } catch let e as JobError {
                    #expect(!e.description.isEmpty, "\(args)")
                } catch {
                    Issue.record("\(args): unexpected \(type(of: error)): \(error)")
                }
            }
        }
    }

    @Test func randomSpecsAreReadOrRefusedWithAPosition() throws {
        let dir = NSTemporaryDirectory() + "partnermap-fuzz-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let keys = ["size", "paper", "color", "inset", "insets", "layers", "center", "render", "frames", "poster", "title", "gradient", "bogus"]
        let values = ["1920x1080", "[asean, none]", "[108, 22.8]", "year", "{a: 1}", "true", "maybe", "\"\"", "[1, [2]]", "~", "output: x.png"]
        var rng = SplitMix64(seed: 7)
        for i in 0..<300 {
            var text = ""
            for _ in 0..<(1 + Int(rng.next() % 5)) {
                let k = keys[Int(rng.next() % UInt64(keys.count))], v = values[Int(rng.next() % UInt64(values.count))]
                text += ["render", "frames", "poster"].contains(k) && rng.next() % 2 == 0 ? "\(k):\n  \(v)\n" : "\(k): \(v)\n"
            }
            let path = dir + "/s\(i).yml"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            do { try MapOptions.checkSpec(path) } catch let e as JobError {
                #expect(e.description.contains(path), "\(text) → \(e)")
            }
        }
    }
}
