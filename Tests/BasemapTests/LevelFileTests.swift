import Foundation
import Testing
import TestSupport
@testable import Basemap

/// Damaged and crafted level files are refused with an error naming the file and a byte offset:
/// never a trap, a huge allocation or a map silently drawn from wrong bytes.
@Suite struct LevelFileTests {
    private let prefix = ": error: at byte offset "

    private func fixtureLevels() throws -> [(level: DetailLevel, bytes: [UInt8])] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        return try BasemapImporter.build(input: try FixtureWorld.writeShapefile(in: directory)).files
    }

    @Test func handWrittenSquareDecodes() throws {
        let level = try CompactDecoder.decode(Data(LevelFileFixture.square()), file: "square.pmb")
        #expect(level.points.count == 4 && level.rings.count == 1 && level.coastlines.lines == [0..<5])
        #expect(level.points[2] == .init(lon: 1, lat: 1))
    }

    /// A step of Int64.min once overflowed `abs` in the decoder (SIGILL).
    @Test func extremeStepsAreErrorsNotTraps() throws {
        let offset = LevelFileFixture.squareFirstStep
        for (steps, message) in [
            ([(Int.min, 0), (0, 10), (10, 0), (0, -10), (-10, 0)], "step of -9223372036854775808 grid units exceeds ±3600"),
            ([(Int.max, 0), (0, 10), (10, 0), (0, -10), (-10, 0)], "step of 9223372036854775807 grid units exceeds ±3600"),
            ([(0, Int.min), (0, 10), (10, 0), (0, -10), (-10, 0)], "step of -9223372036854775808 grid units exceeds ±1800"),
        ] {
            let refusal = LevelFileFixture.refusal(LevelFileFixture.square(steps: steps), file: "step.pmb")
            let at = steps[0].0 == 0 ? offset + 1 : offset
            #expect(refusal == "step.pmb\(prefix)\(at): not a valid basemap level: \(message)")
        }
        let outside = LevelFileFixture.refusal(LevelFileFixture.square(steps: [(1800, 0), (1, 10), (10, 0), (0, -10), (-10, 0)]),
                                               file: "far.pmb")
        #expect(outside == "far.pmb\(prefix)\(offset + 3): not a valid basemap level: point (1801, 10) outside ±180° × ±90° "
            + "on a grid of 10 per degree")
        // Ten bytes with more than bit 63 in the last: not a 64-bit number.
        var long = LevelFileFixture.square()
        long.replaceSubrange(offset..<(offset + 1), with: [UInt8](repeating: 0xFF, count: 9) + [0x02])
        long = LevelFileFixture.sealed(LevelFileFixture.setting(long, u32: UInt32(long.count - 88), at: 80))
        #expect(LevelFileFixture.refusal(long, file: "long.pmb")
            == "long.pmb\(prefix)\(offset): not a valid basemap level: number does not fit in 64 bits")
    }

    @Test func truncationAtEveryOffsetIsAnError() throws {
        let small = try #require(try fixtureLevels().first { $0.level == .low }?.bytes)
        for bytes in [LevelFileFixture.square(), small] {
            for length in 0..<bytes.count {
                let refusal = LevelFileFixture.refusal(Array(bytes.prefix(length)), file: "cut.pmb")
                #expect(refusal?.hasPrefix("cut.pmb\(prefix)") == true, "\(length): \(refusal ?? "decoded")")
                #expect(refusal?.contains("truncated") == true, "\(length): \(refusal ?? "decoded")")
            }
            // Crafted: the header made to agree with the shorter body, so the body's own counts must catch it.
            let sourcesEnd = CompactFormat.headerSize + LevelFileFixture.u32(bytes, at: 76)
            for length in sourcesEnd..<bytes.count {
                let cut = LevelFileFixture.setting(Array(bytes.prefix(length)), u32: UInt32(length - sourcesEnd), at: 80)
                let refusal = LevelFileFixture.refusal(LevelFileFixture.sealed(cut), file: "cut.pmb")
                #expect(refusal?.hasPrefix("cut.pmb\(prefix)") == true, "\(length): \(refusal ?? "decoded")")
            }
        }
    }

    /// 400 seeded corruptions of 1 to 40 bytes anywhere in the shipped low level and the fixture's
    /// levels: a CRC-32 notices every one (it catches all changes of up to 32 consecutive bits and
    /// all but one in 4 billion others).
    @Test func randomByteFlipsAreAllRefused() throws {
        let files = try [("naturalearth.low.pmb", LevelFileFixture.shipped(.low))]
            + fixtureLevels().map { ("world.\($0.level.rawValue).pmb", $0.bytes) }
        var random = SplitMix64(seed: 13)
        var changed = 0, refused = 0
        for trial in 0..<400 {
            let (name, original) = files[trial % files.count]
            var bytes = original
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
            guard bytes != original else { continue }
            changed += 1
            let refusal = LevelFileFixture.refusal(bytes, file: name)
            #expect(refusal?.hasPrefix(name + prefix) == true, "trial \(trial): \(refusal ?? "decoded")")
            if refusal != nil { refused += 1 }
        }
        #expect(changed > 390 && refused == changed)
    }

    /// Crafted files (every byte of a small one changed in turn, the checksum made right again)
    /// decode or are refused at an offset; none may trap or allocate without bound.
    @Test func craftedChangesAreCheckedValueByValue() throws {
        let small = try #require(try fixtureLevels().first { $0.level == .low }?.bytes)
        var refused = 0
        for bytes in [LevelFileFixture.square(), small] {
            for position in 0..<bytes.count where !(CompactFormat.checksumOffset..<CompactFormat.headerSize).contains(position) {
                for value: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF] where value != bytes[position] {
                    var changed = bytes
                    changed[position] = value
                    guard let refusal = LevelFileFixture.refusal(LevelFileFixture.sealed(changed), file: "crafted.pmb") else { continue }
                    #expect(refusal.hasPrefix("crafted.pmb\(prefix)"), "\(position) = \(value): \(refusal)")
                    refused += 1
                }
            }
        }
        #expect(refused > 1000)
    }

    @Test func checksumMismatchIsNamed() throws {
        var bytes = LevelFileFixture.square()
        bytes[bytes.count - 1] ^= 0x01
        let refusal = try #require(LevelFileFixture.refusal(bytes, file: "damaged.pmb"))
        #expect(refusal.hasPrefix("damaged.pmb\(prefix)84: not a valid basemap level: checksum mismatch: the header says CRC-32 0x"))
        #expect(refusal.hasSuffix("(the file is damaged)"))
    }

    @Test func otherVersionsAreRefused() throws {
        var old = LevelFileFixture.square()
        old[8] = 1
        #expect(LevelFileFixture.refusal(old, file: "old.pmb") == "old.pmb\(prefix)8: not a valid basemap level: format version 1, "
            + "this build reads version 2; rebuild the basemap with `partnermap basemap import`")
        var newer = LevelFileFixture.square()
        newer[8] = 3
        #expect(LevelFileFixture.refusal(newer, file: "new.pmb")
            == "new.pmb\(prefix)8: not a valid basemap level: format version 3, this build reads version 2")
        #expect(throws: BasemapError.self) {
            try Data(old).withUnsafeBytes { _ = try CompactDecoder.header($0, file: "old.pmb") }
        }
    }

    @Test func headerCountsAreCheckedBeforeAnythingIsAllocated() throws {
        let square = LevelFileFixture.square()
        let bodyBytes = square.count - CompactFormat.headerSize
        let lying: [(offset: Int, value: UInt32, message: String)] = [
            (16, 1 << 30, "1073741824 features cannot fit in a body of \(bodyBytes) bytes"),
            (36, UInt32(bodyBytes / 2 + 1), "\(bodyBytes / 2 + 1) arc points cannot fit in a body of \(bodyBytes) bytes"),
            (28, 21, "21 ring points, more than 4 times the 5 arc points"),
        ]
        for (offset, value, message) in lying {
            let bytes = LevelFileFixture.sealed(LevelFileFixture.setting(square, u32: value, at: offset))
            #expect(LevelFileFixture.refusal(bytes, file: "lies.pmb") == "lies.pmb\(prefix)\(offset): not a valid basemap level: \(message)")
        }
        let longer = square + [0]
        #expect(LevelFileFixture.refusal(longer, file: "long.pmb")
            == "long.pmb\(prefix)\(square.count): not a valid basemap level: the file goes on after the \(square.count) bytes the header declares")
        #expect(LevelFileFixture.refusal([0x89] + Array("PNG".utf8) + square.dropFirst(4), file: "png.pmb")
            == "png.pmb\(prefix)0: not a valid basemap level: bad magic, expected \"PMBASEMP\" (not a basemap level file)")
    }

    /// The bound on ring points is one the importer keeps too, so it never writes what the tool refuses.
    @Test func repeatedFeaturesAreRefusedByTheImporter() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let square = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}"
        func collection(_ copies: Int) throws -> String {
            let path = directory.path("copies\(copies).geojson")
            let json = "{\"type\":\"FeatureCollection\",\"features\":[" + Array(repeating: square, count: copies).joined(separator: ",") + "]}"
            try Data(json.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let five = try BasemapImporter.build(input: try collection(5))
        #expect(try LevelChecks.decode(five)[.high]?.rings.count == 5)
        let six = try collection(6)
        #expect(throws: BasemapError(file: six, "the low level's rings hold 24 points, more than 4 times the 5 points of their arcs: "
            + "are features repeated?")) { try BasemapImporter.build(input: six) }
    }
}
