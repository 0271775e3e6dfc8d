import Foundation
@testable import MapJobs
import Testing

/// The checks that keep a local server from being a way in: a local Host (DNS rebinding), and for
/// changes the page's Origin and session token (CSRF).
@Suite struct RequestGuardTests {
    let guardian = RequestGuard(port: 8080, token: "abc", extraHost: nil)

    @Test func onlyALocalHostIsServed() {
        for ok in ["localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST:8080"] { #expect(guardian.refusal(host: ok) == nil, "\(ok)") }
        for bad in [nil, "", "evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost:9999", "[::2]:8080"] {
            #expect(guardian.refusal(host: bad) != nil, "\(bad ?? "nil")")
        }
    }

    @Test func aChangeNeedsThePagesOriginAndToken() {
        #expect(guardian.refusalOfChange(origin: "http://127.0.0.1:8080", token: "abc") == nil)
        #expect(guardian.refusalOfChange(origin: "http://localhost:8080", token: "abc") == nil)
        #expect(guardian.refusalOfChange(origin: "http://evil.example", token: "abc") != nil)
        #expect(guardian.refusalOfChange(origin: "http://127.0.0.1:9999", token: "abc") != nil)
        #expect(guardian.refusalOfChange(origin: nil, token: "abc") != nil)
        #expect(guardian.refusalOfChange(origin: "http://127.0.0.1:8080", token: nil) != nil)
        #expect(guardian.refusalOfChange(origin: "http://127.0.0.1:8080", token: "abd") != nil)
        #expect(RequestGuard.newToken().count == 32 && RequestGuard.newToken() != RequestGuard.newToken())
    }

    @Test func theGridReadsAndWritesCSVAndFindsACellsField() {
        let g = CSVGrid(csv: "id,name_en,year\nа,\"Hai, Phong\",1999\nb,\"say \"\"hi\"\"\",\n")
        #expect(g.columns == ["id", "name_en", "year"])
        #expect(g.rows == [["а", "Hai, Phong", "1999"], ["b", "say \"hi\"", ""]])
        #expect(CSVGrid(csv: g.csv) == g)
        #expect(g.field(line: 2, column: 1) == 0 && g.field(line: 2, column: 4) == 1 && g.field(line: 2, column: 16) == 2)
    }

    @Test func theDocumentedAPIIsTheServedOne() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        #expect(file == OpenAPIDocument.yaml)
    }
}
