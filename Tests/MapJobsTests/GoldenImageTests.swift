import Foundation
import MapJobs
import Testing
import TestSupport

/// The README gallery (docs/gallery) is the reference picture of each gallery map: a fresh
/// render, decoded by Pillow, must match it up to antialiasing noise.
@Suite struct GoldenImageTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    // A fresh render matches its gallery picture exactly on the pinned Debian packages; the
    // tolerance is for antialiasing noise only. At these values (51 pixels of 960x540) a
    // one-word title change (131 pixels), one renamed label (402) or another Africa arc colour
    // (429 and more) already fail.
    /// A pixel differs when one of its channels moves by more than this (of 255).
    static let threshold = 24
    /// The share of differing pixels a render may have and still match.
    static let allowedShare = 0.0001

    static let gallery = DefaultMapSet.items().filter { $0.file.hasPrefix("gallery/") }

    @Test func everyGalleryMapHasAReference() {
        #expect(Self.gallery.count == 8)
        for item in Self.gallery {
            let reference = Self.root.appendingPathComponent("docs/" + item.file).path
            #expect(FileManager.default.fileExists(atPath: reference), "\(reference) missing: run `make demo`")
        }
    }

    @Test(arguments: gallery.map(\.file))
    func renderMatchesTheGallery(file: String) throws {
        let item = try #require(Self.gallery.first { $0.file == file })
        let s = try Scratch()
        var o = item.options
        o.render.output = s.file("render.png")
        _ = try RenderJob(options: o).run()
        let render = try DecodedPNG(path: s.file("render.png"))
        let reference = try DecodedPNG(path: Self.root.appendingPathComponent("docs/" + file).path)
        let refresh = "if the change is meant, refresh the gallery with `make demo` (it copies out/gallery/*.png into docs/gallery)"
        let d = try #require(PixelDifference(render, reference, threshold: Self.threshold), """
            \(file): \(render.width)x\(render.height) (\(render.channels) channels) against the reference's \
            \(reference.width)x\(reference.height) (\(reference.channels)); \(refresh)
            """)
        let matches = d.share <= Self.allowedShare
        #expect(matches, """
            \(file): \(d.differing) of \(d.total) pixels (\(String(format: "%.3f", d.share * 100))%) differ from docs/\(file) \
            by more than \(Self.threshold) in a channel (allowed \(Self.allowedShare * 100)%); the render is kept at \(s.path); \(refresh)
            """)
        if matches { s.remove() }
    }
}
