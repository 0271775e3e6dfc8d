import Foundation
import MapJobs
import Testing

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

    @Test func brokenYAMLIsAnErrorNamingTheFile() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = try write("color: [unclosed\n", s)
        #expect(throws: JobError.self) { try SpecFile.load(path) }
        let notMapping = try write("- a\n- b\n", s)
        #expect(throws: JobError.self) { try SpecFile.load(notMapping) }
    }
}
