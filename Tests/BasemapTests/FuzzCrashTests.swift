import Foundation
import Testing
@testable import Basemap

/// Inputs that crashed a reader under the fuzz targets (Fuzz/Sources), kept in Tests/FuzzCrashes,
/// and nesting too deep for the fuzzers' short inputs to reach: each is now refused with an error.
@Suite struct FuzzCrashTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FuzzCrashes")

    private func input(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(name))
    }

    /// A string's length was checked against the bytes left before its own varint was read, so
    /// a length one byte too long was sliced past the end of the file (a trap).
    @Test func levelStringOneBytePastTheEnd() throws {
        // Found in the first format; the version-2 reader refuses it at its header, and
        // LevelFileTests checks the same bounds in files with a valid checksum.
        let bytes = try input("PMB/string-past-end.pmb")
        let error = #expect(throws: BasemapError.self) { try CompactDecoder.decode(bytes, file: "f.pmb") }
        #expect(error?.description.hasPrefix("f.pmb: error:") == true)
    }

    /// A point's first delta of -2^63 (made by hand from a seed: a varint of ten bytes) summed
    /// to Int.min, on which the range check's abs() trapped.
    @Test func levelCoordinateAtIntMin() throws {
        let bytes = try input("PMB/coordinate-int-min.pmb")
        let error = #expect(throws: BasemapError.self) { try CompactDecoder.decode(bytes, file: "f.pmb") }
        #expect(error?.description.hasPrefix("f.pmb: error:") == true)
    }

    /// A table whose header claims 520 million records had room reserved for all of them (4 GB)
    /// before one was read (the fuzzer's malloc limit caught it; `make fuzz-smoke` replays the
    /// input); now the records are read until the file runs out.
    @Test func dbfRecordCountBeyondTheFile() throws {
        let files = ShapelibMemoryFiles(["f.dbf": [UInt8](try input("DBF/huge-record-count.dbf"))])
        let error = #expect(throws: BasemapError.self) {
            try DBFReader.read(path: "f.dbf", codePage: .unspecified, storage: .memory(files))
        }
        #expect(error?.description.hasPrefix("f.dbf: error: at record 21: truncated or unreadable") == true, "\(String(describing: error))")
    }

    /// The same count in a table without fields made as many empty rows, reading nothing.
    @Test func dbfWithoutFieldsStopsWhereItsRecordsDo() throws {
        var header: [UInt8] = [0x03, 125, 12, 1]
        header += withUnsafeBytes(of: UInt32(0x1F00_0201).littleEndian, Array.init)
        header += [33, 0, 1, 0] + [UInt8](repeating: 0, count: 20) + [0x0D]
        let files = ShapelibMemoryFiles(["f.dbf": header + Array(" * ".utf8) + [0x1A]])
        let error = #expect(throws: BasemapError.self) {
            try DBFReader.read(path: "f.dbf", codePage: .utf8, storage: .memory(files))
        }
        #expect(error?.description.hasPrefix("f.dbf: error: at record 5: truncated or unreadable") == true, "\(String(describing: error))")
    }

    /// The WKT parser recursed once a bracket: a .prj of nested brackets overflowed the stack (a
    /// segfault for the 600 KB text here; the fuzzer's inputs stop at 4 KB: found by reading the parser).
    @Test func deeplyNestedPRJ() {
        let deep = String(repeating: "A[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(CoordinateSystemCheck.problem(wkt: deep) == "cannot read the coordinate system: not Well-Known Text")
        let nested = (1...WKTNode.maxDepth).map { "N\($0)[" }.joined() + String(repeating: "]", count: WKTNode.maxDepth)
        #expect(WKTNode.parse(nested) != nil, "as deep as allowed")
        #expect(WKTNode.parse("X[" + nested + "]") == nil, "one level deeper")
    }
}
