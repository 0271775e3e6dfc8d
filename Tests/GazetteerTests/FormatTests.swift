import Foundation
import Testing
@testable import Gazetteer

@Suite struct FormatTests {
    /// The shipped file's bytes.
    static let bytes: [UInt8] = Array(try! Data(contentsOf: geodata.appendingPathComponent("gazetteer/cities500.pmg")))

    func refused(_ bytes: [UInt8], saying part: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try Gazetteer(bytes: bytes, name: "g.pmg")
            Issue.record("a damaged gazetteer was read", sourceLocation: sourceLocation)
        } catch let error as GazetteerError {
            #expect(error.description.hasPrefix("g.pmg: error: "), sourceLocation: sourceLocation)
            #expect(error.description.contains(part), "\(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func withinTheSizeBudget() {
        #expect(Self.bytes.count <= 15_000_000)
    }

    @Test func readsFromMemoryAsFromTheFile() throws {
        let g = try Gazetteer(bytes: Self.bytes, name: "memory")
        #expect(g.placeCount == shipped.placeCount)
        #expect(try g.resolve(name: "南宁").place?.geonameID == nanningID)
    }

    @Test func damageIsRefused() throws {
        var flipped = Self.bytes
        flipped[Self.bytes.count / 8] ^= 0x10  // in the places
        refused(flipped, saying: "checksum")
        refused(Array(Self.bytes.prefix(Self.bytes.count - 1)), saying: "the header says")
        refused(Array(Self.bytes.prefix(100)), saying: "magic")
        refused([], saying: "magic")
        var version = Self.bytes
        version[4] = 9
        refused(version, saying: "format version 9")
    }

    /// A damaged block is refused when a lookup inflates it (its zlib Adler-32 or stream fails).
    @Test func damagedBlocksAreRefusedWhenRead() throws {
        var flipped = Self.bytes
        flipped[Self.bytes.count - 1000] ^= 0x10  // in the last name block
        let g = try Gazetteer(bytes: flipped, name: "g.pmg")
        #expect(throws: GazetteerError.self) { try g.allNames() }
        #expect(try g.resolve(name: "Nanning").place?.geonameID == nanningID)  // its own blocks are sound
    }

    @Test func missingFile() {
        #expect(throws: GazetteerError.self) { try Gazetteer(path: "/nonexistent/g.pmg") }
    }
}

@Suite struct FoldingTests {
    @Test func foldsCaseDiacriticsWidthAndSpacing() {
        for name in ["Hải Phòng", "Hai Phong", "haiphong", "HAI-PHONG", "ｈａｉ　ｐｈｏｎｇ", "Hai Phong."] {
            #expect(NameFolding.key(name) == "haiphong", "\(name)")
        }
        #expect(NameFolding.key("Đà Nẵng") == "danang")
        #expect(NameFolding.key("Kraków") == "krakow")
        #expect(NameFolding.key("Straße") == "strasse")
        #expect(NameFolding.key("Nan’ning") == "nanning")
        #expect(NameFolding.key("Øresund Łódź") == "oresundlodz")
        #expect(NameFolding.key("ΣΕΡΡΕΣ") == NameFolding.key("σερρες"))
        #expect(NameFolding.key("南宁") == "南宁")
        #expect(NameFolding.key("เชียงใหม่") == "เชียงใหม่")  // Thai marks spell the word: kept
        #expect(NameFolding.words("Thành phố Hải Phòng") == ["thanh", "pho", "hai", "phong"])
        #expect(NameFolding.words("Springfield, ILLINOIS ") == ["springfield", "illinois"])
        #expect(NameFolding.words("จังหวัด เชียงใหม่") == ["จังหวัด", "เชียงใหม่"])
        #expect(NameFolding.words("南宁市") == ["南宁市"])
    }

    @Test func queryForms() {
        let bogor = QueryForms("Bogor Regency")
        #expect(bogor.exact == "bogorregency" && bogor.stripped == ["bogor"])
        #expect(QueryForms("Thành phố Hồ Chí Minh").stripped == ["hochiminh"])
        #expect(QueryForms("南宁市").stripped == ["南宁"])
        #expect(QueryForms("市").stripped.isEmpty)
        let frankfurt = QueryForms("Frankfurt (Oder)")
        #expect(frankfurt.stripped == ["frankfurt"] && frankfurt.qualifiers == ["Oder"])
        let springfield = QueryForms("Springfield, Illinois, US")
        #expect(springfield.stripped == ["springfield"] && springfield.qualifiers == ["Illinois", "US"])
        #expect(QueryForms("Kota Kinabalu").exact == "kotakinabalu")
        #expect(QueryForms("City").stripped.isEmpty)
    }

    /// The script folds every name of the file as `NameFolding` does: the key the file marks as
    /// each place's own name's must be its GeoNames name folded here.
    @Test func agreesWithTheBuildScriptOnEveryName() throws {
        var ownKey = [[UInt8]?](repeating: nil, count: shipped.placeCount)
        var keys = 0
        try shipped.forEachKey { key, postings in
            keys += 1
            for p in postings where p.isName {
                #expect(ownKey[p.place] == nil, "place \(p.place) has two own keys")
                ownKey[p.place] = key
            }
        }
        #expect(keys > 900_000)
        let names = try shipped.allNames()
        #expect(names.count == shipped.placeCount)
        var differ: [String] = []
        for (i, n) in names.enumerated() where ownKey[i] != Array(NameFolding.key(n.name).utf8) { differ.append(n.name) }
        #expect(differ.isEmpty, "\(differ.count) names fold otherwise here: \(differ.prefix(20))")
        // The shortcut for Han and Thai text folds as normalization does.
        let local = names.flatMap { [$0.zh, $0.th, $0.vi] }.filter { !$0.isEmpty }
        #expect(local.count > 40_000)
        let shortcut = local.filter { NameFolding.key($0) != NameFolding.foldedKey($0) }
        #expect(shortcut.isEmpty, "\(shortcut.prefix(20))")
    }
}
