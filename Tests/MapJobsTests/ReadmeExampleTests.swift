import Foundation
import MapJobs
import Testing
import TestSupport

// README example begin
/// Renders a table's network as a PNG, coloured by year, labelled in Chinese.
func renderPNG(table: String, to path: String) throws {
    var options = MapOptions()
    options.data.table = .file(table)
    options.map.colorScheme = .year
    options.map.language = .zh
    options.page.size = PixelSize(width: 1600, height: 900)
    let png = try RenderJob(options: options).data(as: .png)
    try png.write(to: URL(fileURLWithPath: path))
}
// README example end

/// The README's "Use it from Swift" example is this file's function, and it works.
@Suite struct ReadmeExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theReadmeShowsThisCode() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Use it from Swift").map { readme[$0.upperBound...] })
        let start = try #require(section.range(of: "```swift\n"))
        let end = try #require(section[start.upperBound...].range(of: "```"))
        let shown = section[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("import ") && !$0.isEmpty }
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let here = source.components(separatedBy: "// README example begin\n")[1].components(separatedBy: "// README example end")[0]
            .split(separator: "\n").filter { !$0.isEmpty }
        #expect(shown == here)
        #expect(shown.count + 2 <= 15, "the example is at most 15 lines")
    }

    @Test func theExampleRendersAPNG() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = s.file("partners.csv")
        try FileManager.default.copyItem(atPath: try ProjectFiles.defaultTablePath(), toPath: table)
        try renderPNG(table: table, to: s.file("partners.png"))
        #expect(pngSize(s.file("partners.png")).map { $0 == (1600, 900) } == true)
    }
}
