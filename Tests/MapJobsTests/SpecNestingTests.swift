import Foundation
import Testing
@testable import MapJobs

/// Nesting the old pre-parse check missed, each of which overflowed the YAML parser's stack
/// (a segfault) in a spec of 10 to 200 KB: the bound now holds however the text is written.
@Suite struct SpecNestingTests {
    private func error(_ text: String) -> String {
        do {
            _ = try SpecFile.parse(Data(text.utf8), path: "spec.yml")
            Issue.record("expected an error")
            return ""
        } catch {
            return "\(error)"
        }
    }

    private let tooDeep = "error: the spec nests deeper than 32 levels"

    @Test func explicitKeysOnOneLine() {
        #expect(error(String(repeating: "? ", count: 5_000) + "a\n").hasPrefix("spec.yml:1:130: " + tooDeep))
    }

    @Test func compactEntriesAfterAnIndicatorOrALineBreakOtherThanLF() {
        #expect(error("a:\r\n  " + String(repeating: "- ", count: 20_000) + "x\r\n").hasPrefix("spec.yml:2:128: " + tooDeep))
        #expect(error("a: b\r" + String(repeating: "? ", count: 5_000) + "x\r").hasPrefix("spec.yml:2:130: " + tooDeep))
        #expect(error("a:\n: " + String(repeating: "- ", count: 5_000) + "x\n").hasPrefix("spec.yml:2:130: " + tooDeep))
        var lines = ""
        for depth in 0..<200 { lines += String(repeating: " ", count: depth) + "k\(depth):\u{2028}" }
        #expect(error(lines).hasPrefix("spec.yml:65:69: " + tooDeep))
    }

    @Test func bracketsAfterAQuoteOrHashInsideAPlainScalar() {
        let brackets = "error: the spec holds more than 256 '[' and '{'"
        let nested = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        #expect(error("a: [b'c, " + nested + "]\n").hasPrefix("spec.yml:1:265: " + brackets))
        #expect(error("a: [b#c, " + nested + "]\n").hasPrefix("spec.yml:1:265: " + brackets))
        #expect(error("a: [b\"c, " + nested + "]\n").hasPrefix("spec.yml:1:265: " + brackets))
    }

    @Test func crlfLinesAreCountedOnce() {
        #expect(error("color: year\r\ntheme: dark\r\ntitle: " + String(repeating: "[", count: 40) + "\r\n")
            .hasPrefix("spec.yml:3:40: " + tooDeep))
    }

    @Test func theExampleSpecIsWellWithinTheBounds() throws {
        #expect(SpecNesting.firstExcess(in: SpecExample.text) == nil)
    }
}
