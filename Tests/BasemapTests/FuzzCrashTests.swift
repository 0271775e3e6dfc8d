import Foundation
import Testing
@testable import Basemap

/// Inputs that crashed a reader under the fuzz targets (Fuzz/Sources), kept in Tests/FuzzCrashes:
/// each is now refused with an error.
@Suite struct FuzzCrashTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FuzzCrashes")

    private func input(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(name))
    }

    /// A string's length was checked against the bytes left before its own varint was read, so
    /// a length one byte too long was sliced past the end of the file (a trap).
    @Test func levelStringOneBytePastTheEnd() throws {
        let bytes = try input("PMB/string-past-end.pmb")
        #expect(throws: BasemapError(file: "f.pmb", "not a valid basemap level: string of 105 bytes, 104 left (at byte 386)")) {
            try CompactDecoder.decode(bytes, file: "f.pmb")
        }
    }
}
