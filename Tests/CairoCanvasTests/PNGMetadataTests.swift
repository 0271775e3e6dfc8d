import CairoCanvas
import Foundation
import MapScene
import Testing

/// A PNG says what it shows and in which colours: sRGB, and the title, description and
/// software as text chunks (iTXt, UTF-8, for a Chinese title).
@Suite struct PNGMetadataTests {
    /// Each chunk's type and body, in file order.
    func chunks(_ png: [UInt8]) -> [(type: String, body: [UInt8])] {
        var out: [(String, [UInt8])] = []
        var i = 8
        while i + 8 <= png.count {
            let length = png[i..<i + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[i + 4..<i + 8], as: UTF8.self)
            out.append((type, Array(png[i + 8..<min(png.count, i + 8 + length)])))
            i += 12 + length
        }
        return out
    }

    @Test func titleDescriptionAndColourSpaceAreWritten() throws {
        let scene = Scene(size: Size(64, 64), background: .white, layers: [],
                          metadata: SceneMetadata(title: "南宁市国际友好城市", subject: "1987–2024", creator: "partnermap"))
        let found = chunks(try SceneRenderer().render(scene, as: .png))
        #expect(found.map(\.type).prefix(2) == ["IHDR", "sRGB"])
        let texts = found.filter { $0.type == "iTXt" || $0.type == "tEXt" }.map { String(decoding: $0.body, as: UTF8.self) }
        #expect(texts.contains("Title\0\0\0\0\0南宁市国际友好城市"))
        #expect(texts.contains("Description\0\0\0\0\01987–2024"))
        #expect(texts.contains("Software\0partnermap"))
        #expect(found.last?.type == "IEND")
    }

    @Test func authorCopyrightAndSourceAreWrittenWhenGiven() throws {
        let scene = Scene(size: Size(16, 16), background: .white, layers: [],
                          metadata: SceneMetadata(title: "T", author: "Foreign Affairs Office", copyright: "版权所有 2026 FAO", source: "nanning.csv"))
        let texts = chunks(try SceneRenderer().render(scene, as: .png)).filter { $0.type == "iTXt" || $0.type == "tEXt" }
            .map { String(decoding: $0.body, as: UTF8.self) }
        #expect(texts.contains("Author\0Foreign Affairs Office") && texts.contains("Source\0nanning.csv"))
        #expect(texts.contains("Copyright\0\0\0\0\0版权所有 2026 FAO"))
        #expect(!texts.contains { $0.hasPrefix("Description") }, "an empty field is left out")
    }
}
