import Foundation
import MapJobs
import Testing

@Suite struct SpecFileTests {
    func write(_ text: String, _ s: Scratch) throws -> String {
        let path = s.file("spec.yml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theExampleIsValidAndHoldsEveryCommand() throws {
        let s = try Scratch()
        defer { s.remove() }
        let spec = try SpecFile.load(try write(SpecExample.text, s))
        #expect(spec.map.color == "continent" && spec.map.projection == "equal-earth")
        #expect(spec.map.insets == ["asean"])
        #expect(spec.render.output == s.file("nanning.png"))
        #expect(spec.frames.values["per-year"]?.text == "12")
        #expect(spec.poster.output == s.file("poster.pdf"))
        #expect(try spec.number(spec.poster, "bleed", path: "x") == 3)
    }

    @Test func commandLineOverridesTheSpec() throws {
        let s = try Scratch()
        defer { s.remove() }
        let spec = try SpecFile.load(try write("color: year\ntheme: dark\n", s))
        var cli = MapOptionValues()
        cli.color = "relation"
        let merged = spec.map.overridden(by: cli)
        #expect(merged.color == "relation" && merged.theme == "dark")
    }

    @Test func everyErrorNamesTheKeyAndItsLine() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = try write("color: rainbow\nfoo: 3\ndpi: abc\nframes:\n  per-year: x\n  bar: 1\ninsets: [asean, \"1,2,3\"]\n", s)
        do {
            _ = try SpecFile.load(path)
            Issue.record("expected errors")
        } catch let e as JobError {
            let lines = e.description.split(separator: "\n").map(String.init)
            #expect(lines.count == 6)
            #expect(lines.contains { $0.hasPrefix("\(path):1:8: error: 'color'") })
            #expect(lines.contains { $0.hasPrefix("\(path):2:1: error: unknown key 'foo'") })
            #expect(lines.contains { $0.hasPrefix("\(path):3:6: error: 'dpi'") })
            #expect(lines.contains { $0.hasPrefix("\(path):5:13: error: 'per-year'") })
            #expect(lines.contains { $0.hasPrefix("\(path):6:3: error: unknown key 'bar'") })
            #expect(lines.contains { $0.hasPrefix("\(path):7:9: error: 'insets'") })
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
