@testable import Cartography
import Foundation
import MapJobs
import MapScene
import PartnerData
import Testing

/// The layout's rules (LayoutRules) on a corpus of networks: the real ones in Tests/Networks
/// (sources in geodata/sources) and synthetic ones for the edge cases, each as the default
/// map, in zh+en, in portrait 1080×1920, and as an A1 poster.
@Suite(.serialized) struct LayoutCorpusTests {
    static let networksFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Networks").path

    /// Every network of the corpus by name.
    static let corpus: [String: Network] = {
        var out: [String: Network] = ["nanning": Fixture.inputs.network]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: networksFolder)) ?? []
        for f in files where f.hasSuffix(".csv") {
            out[String(f.dropLast(4))] = try! PartnerTable.read(path: networksFolder + "/" + f)
        }
        for (name, network) in SyntheticNetworks.all { out[name] = network }
        return out
    }()

    static let names = corpus.keys.sorted()

    @Test func corpusHoldsTwelveNetworksOrMore() {
        #expect(Self.corpus.count >= 12, "\(Self.names)")
        #expect(Self.corpus.filter { !$0.key.hasPrefix("synthetic") }.count >= 7, "real networks")
    }

    func check(_ name: String, _ words: [String], what: String) throws {
        let network = try #require(Self.corpus[name])
        let plan = try Fixture.plan(words, network: network)
        var land = CoverageGrid(bounds: plan.canvas, cellSize: 2)
        land.fill(plan.basemap.land, weight: 1)
        let rules = LayoutRules(facts: plan.layoutFacts, partners: network.partners.map(\.id),
                                isLand: { land.share(of: Rect(x: $0.x - 0.5, y: $0.y - 0.5, width: 1, height: 1)) > 0 })
        let broken = rules.broken()
        #expect(broken.isEmpty, "\(name) \(what): \(broken.prefix(6).joined(separator: "; "))")
    }

    @Test(arguments: names) func defaultMap(_ name: String) throws { try check(name, [], what: "default map") }

    @Test(arguments: names) func chineseAndEnglish(_ name: String) throws { try check(name, ["--lang", "zh+en"], what: "zh+en") }

    @Test(arguments: names) func portrait(_ name: String) throws { try check(name, ["--size", "1080x1920"], what: "portrait") }

    /// The A1 poster: the rules hold on the page, and every partner's name is in its text.
    @Test(arguments: names) func poster(_ name: String) throws {
        let network = try #require(Self.corpus[name])
        var spec = try MapOptions.parse(.poster, arguments: ["--dpi", "40"]).mapSpec(for: .poster)
        spec.size = Size(594 / 25.4 * 40, 841 / 25.4 * 40)
        let composer = PosterComposer(spec: spec, page: PosterPage(paper: spec.size, bleed: 0, slug: 0), measurer: Fixture.inputs.measurer,
                                      tableName: name + ".csv", basemap: Fixture.inputs.levelLoader())
        let poster = try composer.compose(network)
        let broken = LayoutRules(facts: poster.facts, partners: network.partners.map(\.id)).broken()
        #expect(broken.isEmpty, "\(name) poster: \(broken.prefix(6).joined(separator: "; "))")
        let text = Self.texts(poster.scene.layers.flatMap(\.items)).joined().filter { !$0.isWhitespace }
        for p in network.partners {
            #expect(text.contains(p.nameEN.filter { !$0.isWhitespace }), "\(name) poster: \(p.nameEN) is not in its text")
        }
    }

    static func texts(_ items: [SceneItem]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .text(let t): return [t.text]
            case .clipped(_, let inner), .cached(_, _, let inner), .translated(_, _, let inner), .group(_, let inner): return texts(inner)
            case .clippedToPath(_, _, let inner), .tagged(_, let inner): return texts(inner)
            default: return []
            }
        }
    }
}
