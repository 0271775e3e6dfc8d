import Foundation
import Testing
import TestSupport

/// An output named /dev/stdout is written through to the program's stdout (here redirected to a
/// file), which then holds only that output: the "wrote" lines go to stderr.
@Suite struct StdoutOutputTests {
    @Test func aLayoutReportOnStdoutIsPlainJSON() throws {
        let s = try Scratch()
        defer { s.remove() }
        let r = try CommandLineTests().partnermap(["render", "--size", "320x180", "-o", "m.png", "--layout-report", "/dev/stdout"], in: s)
        #expect(r.status == 0, "\(r.err)")
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        #expect(json?["labels"] != nil)
        #expect(r.err.contains("wrote m.png") && r.err.contains("wrote /dev/stdout"))
        #expect(try s.contents() == ["m.png"])
    }
}
