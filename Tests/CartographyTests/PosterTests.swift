import CairoCanvas
import Cartography
import Foundation
import MapJobs
import MapScene
import PartnerData
import Testing

@Suite(.serialized) struct PosterTests {
    static let papers: [(String, Double, Double)] = [("A0", 841, 1189), ("A1", 594, 841), ("A2", 420, 594), ("A3", 297, 420), ("A4", 210, 297)]

    func composer(paper: (Double, Double), landscape: Bool, lang: String, dpi: Double = 40) throws -> PosterComposer {
        var spec = try MapOptions.parse(.render, arguments: ["--lang", lang, "--dpi", String(dpi)]).mapSpec(for: .render)
        let w = (landscape ? paper.1 : paper.0) / 25.4 * dpi, h = (landscape ? paper.0 : paper.1) / 25.4 * dpi
        spec.size = Size(w, h)
        return PosterComposer(spec: spec, page: PosterPage(paper: Size(w, h), bleed: 0, slug: 0), measurer: Fixture.inputs.measurer,
                              tableName: "nanning.csv", basemap: Fixture.inputs.levelLoader())
    }

    /// Boxes never overlap and stay inside the margins, on every paper size and orientation,
    /// in every language (names and type change the measured sizes).
    @Test(arguments: ["en", "zh", "vi", "th", "zh+en"])
    func layoutBoxesNeverOverlap(lang: String) throws {
        for (name, w, h) in Self.papers {
            for landscape in [false, true] {
                let layout = try composer(paper: (w, h), landscape: landscape, lang: lang).compose(Fixture.inputs.network).layout
                let what = "\(name) \(landscape ? "landscape" : "portrait") \(lang)"
                let boxes = layout.boxes
                for (i, (a, ra)) in boxes.enumerated() {
                    #expect(layout.content.insetBy(-0.01).contains(ra), "\(what): \(a) outside the margins")
                    #expect(ra.width > 0 && ra.height > 0, "\(what): \(a) is empty")
                    for (b, rb) in boxes[(i + 1)...] {
                        #expect(!ra.overlapsClearly(rb), "\(what): \(a) overlaps \(b)")
                    }
                }
                // Margins are even: the content sits in the middle of the paper.
                #expect(abs((layout.content.minX - layout.trim.minX) - (layout.trim.maxX - layout.content.maxX)) < 0.01)
                #expect(abs((layout.content.minY - layout.trim.minY) - (layout.trim.maxY - layout.content.maxY)) < 0.01)
                // The world map keeps a real share of the page.
                #expect(layout.map.height >= layout.content.height * 0.24, "\(what): map squeezed")
            }
        }
    }

    @Test func tableListsEveryPartnerOnceInYearOrder() throws {
        let rows = try composer(paper: (594, 841), landscape: false, lang: "zh").tableRows(Fixture.inputs.network)
        let network = Fixture.inputs.network
        #expect(rows.count == network.partners.count)
        // Names in full, qualifiers included: a table has room for them.
        #expect(rows.map(\.english) == network.partnersByYear.map(\.nameEN))
        #expect(Set(rows.map(\.english)).count == rows.count)
        #expect(rows.first?.name == "班珠尔")
    }

    /// A table longer than the page has room for stops above the credits, and says who is left out;
    /// one that fits says nothing.
    @Test func aTableTooLongForThePageStopsAboveTheCreditsAndSaysWho() throws {
        let hub = Fixture.inputs.network.hub
        let partners = (0..<2000).map { i in
            City(id: "p\(i)", names: [.en: "Partner \(i)"], country: "Japan", iso2: "JP", continent: .asia,
                 lat: -50 + Double(i % 100), lon: -170 + Double(i / 100) * 17, relation: .sister, year: 1950 + i % 70)
        }
        let crowded = Network(hub: hub, partners: partners, source: "test")
        let made = try composer(paper: (297, 420), landscape: false, lang: "en").compose(crowded)
        #expect(made.layout.tableRoom.maxY <= made.layout.credits.minY)
        let warning = try #require(made.warnings.first { $0.hasPrefix("the partner table has room for") }, "\(made.warnings)")
        let room = made.layout.tableRoom
        let listed = made.scene.layers.flatMap(\.items).filter { item in
            // The table's rows (not its headers, on its top line).
            if case let .text(block) = item { return block.text.hasPrefix("Partner ") && block.origin.y > room.minY + 1 && room.contains(block.origin) }
            return false
        }.count
        #expect(warning.contains("room for \(listed) of the 2,000 partners") || warning.contains("room for \(listed) of the 2000 partners"), "\(warning)")
        #expect(listed > 50 && listed < 2000)
        let nanning = try composer(paper: (594, 841), landscape: false, lang: "en").compose(Fixture.inputs.network)
        #expect(!nanning.warnings.contains { $0.hasPrefix("the partner table") })
    }

    /// A PDF's table goes on over pages of its own: every partner is named once in the table
    /// of the first page or of a following one, the pages are numbered, and the PDF has them.
    @Test func aPDFTableTooLongForThePageGoesOnOverMorePages() throws {
        let hub = Fixture.inputs.network.hub
        let partners = (0..<2000).map { i in
            City(id: "p\(i)", names: [.en: "Partner \(i)"], country: "Japan", iso2: "JP", continent: .asia,
                 lat: -50 + Double(i % 100), lon: -170 + Double(i / 100) * 17, relation: .sister, year: 1950 + i % 70)
        }
        var c = try composer(paper: (297, 420), landscape: false, lang: "en")
        c.tableContinues = true
        let made = try c.compose(Network(hub: hub, partners: partners, source: "test"))
        let pages = made.scene.followingPages
        #expect(pages.count >= 1)
        #expect(made.warnings.contains { $0.hasPrefix("the partner table continues on \(pages.count) more page") }, "\(made.warnings)")
        #expect(!made.warnings.contains { $0.hasPrefix("the partner table has room for") })
        func names(_ layers: [Layer]) -> [String] {
            layers.filter { $0.name == "table" }.flatMap(\.items).compactMap { item in
                // The rows' names (not the header "Partner city").
                if case let .text(block) = item, block.text.range(of: #"^Partner \d+$"#, options: .regularExpression) != nil { return block.text }
                return nil
            }
        }
        let listed = names(made.scene.layers) + pages.flatMap(names)
        #expect(listed.count == 2000 && Set(listed).count == 2000, "\(listed.count) listed, \(Set(listed).count) distinct, first page \(names(made.scene.layers).count)")
        #expect(pages.last.map { $0.flatMap(\.items).contains { if case let .text(b) = $0 { b.text == "\(pages.count + 1) / \(pages.count + 1)" } else { false } } } == true)
        let pdf = try SceneRenderer().render(made.scene, as: .pdf)
        let pageObjects = String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Type /Page\n").count - 1
            + String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Type /Page ").count - 1
        #expect(pageObjects == pages.count + 1, "\(pageObjects) pages")
    }
}

@Suite(.serialized) struct PosterCountryNameTests {
    /// The Thai edition prints country names in Thai (from the shipped CLDR table), as zh and vi
    /// print theirs from the basemap.
    @Test func thaiPosterNamesCountriesInThai() throws {
        var spec = try MapOptions.parse(.poster, arguments: ["--lang", "th", "--dpi", "40"]).mapSpec(for: .poster)
        spec.size = Size(594 / 25.4 * 40, 841 / 25.4 * 40)
        var composer = PosterComposer(spec: spec, page: PosterPage(paper: spec.size, bleed: 0, slug: 0), measurer: Fixture.inputs.measurer,
                                      tableName: "nanning.csv", basemap: Fixture.inputs.levelLoader())
        composer.countryNames = try ProjectFiles.countryNames()
        let text = LayoutCorpusTests.texts(try composer.compose(Fixture.inputs.network).scene.layers.flatMap(\.items)).joined()
        for thai in ["ฝรั่งเศส", "ญี่ปุ่น", "เวียดนาม", "สหราชอาณาจักร"] { #expect(text.contains(thai), "\(thai) in the Thai poster") }
    }
}
