import Foundation
import MapJobs
import Testing
import TestSupport

/// `render -o FILE.html`: the SVG map in one self-contained interactive page (HTMLMapPage), or
/// with `--html-fragment` a `<div>` to inline.
@Suite(.serialized) struct HTMLOutputTests {
    func render(_ name: String, _ words: [String] = [], in s: Scratch) throws -> String {
        let out = s.file(name)
        _ = try RenderJob(options: try MapOptions.parse(.render, arguments: words + ["-o", out])).run()
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    func matches(_ pattern: String, _ text: String) throws -> [[String]] {
        let re = try NSRegularExpression(pattern: pattern)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
            (0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    @Test func aPageWithTheMapTheSliderAndNoNetworkLoads() throws {
        let s = try Scratch()
        defer { s.remove() }
        let html = try render("map.html", in: s)
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\">") && html.contains("name=\"viewport\"") && html.contains("<title>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("<?xml"))
        #expect(try matches("(src|href)=\"https?:", html).isEmpty)
        let slider = try #require(try matches("<input type=\"range\" id=\"year\"[^>]* min=\"(\\d+)\" max=\"(\\d+)\" value=\"(\\d+)\"", html).first)
        #expect(Int(slider[1])! < Int(slider[2])! && slider[2] == slider[3])
        #expect(html.contains("class=\"pm-play\""))
        #expect(html.utf8.count < 3_000_000, "\(html.utf8.count) bytes")
    }

    @Test func everyCityAndArcHasAnIDAndAYear() throws {
        let s = try Scratch()
        defer { s.remove() }
        let html = try render("map.html", in: s)
        let tagged = try matches("<g class=\"(city|arc)\"([^>]*)>", html)
        #expect(tagged.count > 50)
        for t in tagged {
            #expect(t[2].contains("data-id=\"") && t[2].contains("data-year=\""), "\(t[0])")
        }
        #expect(html.contains("<g class=\"city\" data-id=\"banjul\" data-year=\"1987\">"))
        #expect(html.contains("<g class=\"arc\" data-id=\"yangon\" data-year=\"2009\">"))
        #expect(html.contains("data-id=\"nanning\""), "the hub")
    }

    @Test func theDataParsesAndNamesEachCity() throws {
        let s = try Scratch()
        defer { s.remove() }
        let html = try render("map.html", ["--lang", "zh"], in: s)
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        let blob = try #require(try matches("<script type=\"application/json\" class=\"pm-data\">(.*?)</script>", html).first)[1]
        #expect(!blob.contains("</"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(blob.utf8)) as? [String: [String: Any]])
        let banjul = try #require(data["banjul"])
        #expect(banjul["name_en"] as? String == "Banjul")
        #expect(banjul["year"] as? String == "1987")
        #expect((banjul["distance_km"] as? Double ?? 0) > 10_000)
        #expect(banjul["country"] as? String != nil && banjul["relation"] as? String != nil)
        #expect(banjul["name"] as? String != "Banjul", "the Chinese name")
        #expect(data["nanning"]?["hub"] as? Bool == true)
        for id in try matches("data-id=\"([^\"]+)\"", html).map({ $0[1] }) { #expect(data[id] != nil, "\(id)") }
    }

    @Test func aFragmentIsOneScopedDiv() throws {
        let s = try Scratch()
        defer { s.remove() }
        let html = try render("map.html", ["--html-fragment"], in: s)
        #expect(html.hasPrefix("<div id=\"pm-"))
        #expect(!html.contains("<html") && !html.contains("<head") && !html.contains("<body") && !html.contains("<!doctype"))
        let id = try #require(try matches("^<div id=\"(pm-[0-9a-f]{8})\"", html).first)[1]
        #expect(html.contains("#\(id) svg{") && html.contains("getElementById(\"\(id)\")"))
        #expect(html.contains("id=\"\(id)-year\""))
        #expect(!html.contains("id=\"clip1\""), "clip ids are the fragment's own")
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let s = try Scratch()
        defer { s.remove() }
        let a = try render("a.html", in: s), b = try render("b.html", in: s)
        #expect(a == b)
    }

    @Test func unknownYearsAreEmpty() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = try writeTable([
            "nanning,Nanning,南宁,,China,CN,Asia,22.8167,108.3167,hub,,,",
            "a,Alpha,,,Laos,LA,Asia,18,102.6,sister,2001,,",
            "b,Beta,,,Thailand,TH,Asia,13.7,100.5,sister,,,",
        ], in: s)
        let html = try render("map.html", ["--data", table], in: s)
        #expect(html.contains("data-id=\"b\" data-year=\"\""))
        #expect(html.contains("data-id=\"a\" data-year=\"2001\""))
    }
}
