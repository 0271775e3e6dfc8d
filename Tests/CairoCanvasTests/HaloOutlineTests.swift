@testable import CairoCanvas
import Foundation
import MapScene
import Testing
import TestSupport

/// Halos follow a simplified outline of their glyphs: no visible change, far fewer coordinates.
@Suite struct HaloOutlineTests {
    /// Text in the colour of its halo, so only the halo's outer edge can differ (inside small
    /// contours such as an i's dot the stroker leaves specks that the text covers).
    func scene(tolerance: Double, size: Double) -> Scene {
        let red = Color(r: 0.9, g: 0.2, b: 0.1)
        let halo = Halo(color: red, width: max(1.5, size / 9), outlineTolerance: tolerance)
        let block = TextBlock(text: "Nanning 南宁 Hải Phòng หนานหนิง\nKlagenfurt am Wörthersee", font: Font(families: ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai"], size: size),
                              origin: Point(20, 20), color: red, halo: halo)
        return Scene(size: Size(900, 4 * size + 40), background: .white, layers: [Layer(name: "text", items: [.text(block)])])
    }

    @Test(arguments: [10.0, 40.0])
    func simplifiedHaloLooksTheSame(size: Double) throws {
        let exact = try DecodedPNG(data: try SceneRenderer().render(scene(tolerance: 0, size: size), as: .png))
        let simple = try DecodedPNG(data: try SceneRenderer().render(scene(tolerance: 0.25, size: size), as: .png))
        #expect(exact.width == simple.width && exact.height == simple.height)
        var large = 0, small = 0, inked = 0
        for (a, b) in zip(exact.pixels, simple.pixels) {
            let d = abs(Int(a) - Int(b))
            if d > 64 { large += 1 }
            if d > 8 { small += 1 }
            if a < 250 { inked += 1 }
        }
        // Antialiased edge pixels change a little; a few change more where the stroker leaves a
        // speck inside a tiny contour (an i's dot) of the exact outline.
        #expect(large * 100 <= inked, "\(large) of \(inked) inked values changed much")
        #expect(small * 10 <= inked, "\(small) of \(inked) inked values changed")
    }

    @Test func simplifiedHaloTakesFarFewerCoordinates() throws {
        func coordinates(_ tolerance: Double) throws -> Int {
            let pdf = try SceneRenderer().render(scene(tolerance: tolerance, size: 14), as: .pdf)
            let file = try #require(QPDFReader(pdf))
            var most = 0
            for stream in file.streams {
                let words = String(decoding: stream.data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
                let points = words.filter { $0 == "l" || $0 == "m" }.count + 3 * words.filter { $0 == "c" }.count
                most = max(most, points)
            }
            return most
        }
        let exact = try coordinates(0), simple = try coordinates(0.25)
        #expect(simple * 2 < exact, "\(simple) points against \(exact)")
    }
}
