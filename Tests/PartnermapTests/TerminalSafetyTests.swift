import Foundation
import Testing
import TestSupport

/// Control characters in what the program echoes (file names, option and spec values, city
/// names) reach the terminal escaped, as `\u{1B}`, never raw: a name cannot clear the screen,
/// retitle the window or ring the bell.
extension CommandLineTests {
    /// Neither stream holds a control character but the line feed.
    func isClean(_ r: Outcome) -> Bool {
        (r.out + r.err).unicodeScalars.allSatisfy { $0 == "\n" || !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
    }

    @Test func fileNamesReachTheTerminalEscaped() throws {
        let s = try Scratch()
        defer { s.remove() }
        let missing = try partnermap(["validate", "\u{1B}[2Jgone\u{9B}.csv"], in: s)
        #expect(missing.status == 1 && isClean(missing))
        #expect(missing.err == "\\u{1B}[2Jgone\\u{009B}.csv:1:1: error: no such file (expected the path of a partner table: CSV, TSV or .xlsx)\n")

        let name = "\u{1B}]0;owned\u{07}.csv"
        try "id,name_en,country,iso2,lat,lon,relation,year\nh,Hub,X,CN,95,10,hub,\n".write(toFile: s.file(name), atomically: true, encoding: .utf8)
        let bad = try partnermap(["render", "--data", name, "-o", "m.png"], in: s)
        #expect(bad.status == 1 && isClean(bad))
        #expect(bad.err.hasPrefix("\\u{1B}]0;owned\\u{07}.csv:2:12: error: lat \"95\" is out of range"), "\(bad.err)")

        let wrote = try partnermap(["render", "--size", "320x180", "-o", "\u{1B}[1mmap.png"], in: s)
        #expect(wrote.status == 0 && isClean(wrote), "\(wrote.err)")
        #expect(wrote.out == "wrote \\u{1B}[1mmap.png\n")
        #expect(FileManager.default.fileExists(atPath: s.file("\u{1B}[1mmap.png")), "the file keeps its name")
    }

    @Test func optionAndSpecValuesReachTheTerminalEscaped() throws {
        let s = try Scratch()
        defer { s.remove() }
        let option = try partnermap(["render", "-o", "m.png", "--theme", "\u{1B}[31mneon"], in: s)
        #expect(option.status == 1 && isClean(option))
        #expect(option.err.contains("--theme: \"\\u{1B}[31mneon\" is not known"), "\(option.err)")

        try "theme: \"\\e[31mneon\"\n".write(toFile: s.file("esc.yml"), atomically: true, encoding: .utf8)
        let spec = try partnermap(["spec", "--check", "esc.yml"], in: s)
        #expect(spec.status == 1 && isClean(spec))
        #expect(spec.err.hasPrefix("esc.yml:1:8: error: 'theme': \"\\u{1B}[31mneon\" is not known"), "\(spec.err)")

        let specName = try partnermap(["spec", "--check", "\u{1B}[8m.yml"], in: s)
        #expect(specName.status == 1 && isClean(specName) && specName.err.contains("\\u{1B}[8m.yml"), "\(specName.err)")

        let usage = try partnermap(["\u{1B}[31mrender"], in: s)
        #expect(usage.status == 64 && isClean(usage))
        #expect(usage.err.hasPrefix("Error: Unexpected argument '\\u{1B}[31mrender'"), "\(usage.err)")
    }

    @Test func namesWithControlCharactersAreRefusedAndBrokenNamesListOnOneLine() throws {
        let s = try Scratch()
        defer { s.remove() }
        let header = "id,name_en,country,iso2,lat,lon,relation,year\nh,Hub,China,CN,22.8,108.3,hub,\n"
        try (header + "b,Ban\u{1B}[5mjul,Gambia,GM,13.45,-16.58,sister,1987\n").write(toFile: s.file("esc.csv"), atomically: true, encoding: .utf8)
        let refused = try partnermap(["list", "--data", "esc.csv"], in: s)
        #expect(refused.status == 1 && isClean(refused) && refused.out.isEmpty)
        #expect(refused.err == "esc.csv:3:6: error: control character U+001B in name_en (expected text without control characters; only line breaks are allowed)\n")

        try (header + "b,\"Banjul\r\nCity\",Gambia,GM,13.45,-16.58,sister,1987\n").write(toFile: s.file("two.csv"), atomically: true, encoding: .utf8)
        let list = try partnermap(["list", "--data", "two.csv"], in: s)
        #expect(list.status == 0 && isClean(list), "\(list.err)")
        #expect(list.out.split(separator: "\n").count == 4, "hub line, header, rule, one partner: \(list.out)")
        #expect(list.out.contains("Banjul City  Gambia"))
    }
}
