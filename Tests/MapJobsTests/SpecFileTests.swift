import Foundation
import MapJobs
import Testing
import TestSupport

@Suite struct SpecFileTests {
    func write(_ text: String, _ s: Scratch) throws -> String {
        let path = s.file("spec.yml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func everyErrorNamesTheKeyAndItsLine() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = try write("color: rainbow\nfoo: 3\ndpi: abc\nframes:\n  per-year: x\n  bar: 1\ninset: [asean, \"1,2,3\"]\n", s)
        do {
            _ = try SpecFile.load(path)
            Issue.record("expected errors")
        } catch let e as JobError {
            let lines = e.description.split(separator: "\n").map(String.init)
            #expect(lines.count == 6, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("\(path):1:8: error: 'color'") })
            #expect(lines.contains { $0.hasPrefix("\(path):2:1: error: unknown key 'foo'") })
            #expect(lines.contains { $0.hasPrefix("\(path):3:6: error: 'dpi'") })
            #expect(lines.contains { $0.hasPrefix("\(path):5:13: error: 'per-year'") })
            #expect(lines.contains { $0.hasPrefix("\(path):6:3: error: unknown key 'bar' in 'frames'") })
            #expect(lines.contains { $0.hasPrefix("\(path):7:8: error: 'inset'") })
        }
    }

    func error(_ text: String, _ s: Scratch) throws -> String {
        let path = try write(text, s)
        do {
            _ = try SpecFile.load(path)
            Issue.record("expected an error for \(text)")
            return ""
        } catch let e as JobError {
            return e.description.replacingOccurrences(of: path, with: "spec.yml")
        }
    }

    /// The spec fuzzer's one hang (Tests/FuzzCrashes/Spec): a projection that is a bare word is
    /// refused, not looked for among PROJ's CRS names.
    @Test func aProjectionWordIsRefusedNotSearched() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let path = folder.appendingPathComponent("FuzzCrashes/Spec/projection-name-search.yml").path
        let error = #expect(throws: JobError.self) { try MapOptions.checkSpec(path) }
        #expect(error?.description.contains("unknown projection \"co\"") == true, "\(String(describing: error))")
    }

    @Test func brokenYAMLIsAnErrorAtItsLineAndColumn() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(try error("theme: dark\ncolor: [unclosed\n", s).hasPrefix("spec.yml:3:1: error: not valid YAML: "))
        #expect(try error("theme: dark\n  color: year\n", s).hasPrefix("spec.yml:2:8: error: not valid YAML: "))
        #expect(try error("- a\n- b\n", s).hasPrefix("spec.yml:1:1: error: the spec must be a mapping"))
    }

    @Test func duplicateKeysAndListsForOneValueAreErrors() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(try error("color: year\ntheme: dark\ncolor: relation\n", s) == "spec.yml:3:1: error: 'color' is given twice (first at line 1)")
        #expect(try error("render:\n  output: a.png\n  output: b.png\n", s).hasPrefix("spec.yml:3:3: error: 'output' is given twice in 'render'"))
        #expect(try error("title: [a, b]\n", s) == "spec.yml:1:8: error: 'title' takes one value, not a list")
        let lists = try write("layers: [arcs, cities]\ncenter: [108.3, 22.8]\nextent: [95, -10, 130, 25]\n", s)
        let o = try MapOptions.parse(.render, arguments: ["--spec", lists])
        #expect(o.map.layers.count == 2 && o.map.centerLat == 22.8 && o.map.extent != .auto)
    }

    @Test func aSpecNotInUTF8IsReportedWhereTheBadByteIs() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.file("latin1.yml")
        try Data("theme: dark\ntitle: Nan".utf8 + [0xEE] + Data("ning\n".utf8)).write(to: URL(fileURLWithPath: path))
        #expect(throws: JobError.self) { try SpecFile.load(path) }
        do { _ = try SpecFile.load(path) } catch { #expect("\(error)".hasPrefix("\(path):2:11: error: not UTF-8")) }
    }

    /// YAML parsers recurse on nesting: a spec nested past reason is refused before parsing.
    @Test func deepOrHugeSpecsAreRefusedBeforeParsing() throws {
        let s = try Scratch()
        defer { s.remove() }
        let brackets = try error("title: " + String(repeating: "[", count: 5_000) + "\n", s)
        #expect(brackets.hasPrefix("spec.yml:1:40: error: the spec nests deeper than 32 levels"), "\(brackets)")
        var blocks = ""
        for depth in 0..<200 { blocks += String(repeating: " ", count: depth) + "k\(depth):\n" }
        #expect(try error(blocks, s).contains("error: the spec nests deeper than 32 levels"))
        #expect(try error("# " + String(repeating: "x", count: 2 << 20) + "\n", s).contains("at most 1048576"))
        #expect(try error("title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\ncolor: rainbow\n", s).hasPrefix("spec.yml:2:8: error: 'color'"),
                "brackets inside quotes are text")
    }
}
