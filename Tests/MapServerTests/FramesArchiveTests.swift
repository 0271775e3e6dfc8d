import Foundation
@testable import MapJobs
import Testing
import TestSupport
import ZIPFoundation

/// The editor's "Frames (zip)": every file of the folder, byte for byte, in name order, and the
/// same bytes for the same frames and date.
@Suite struct FramesArchiveTests {
    @Test func theZipHoldsTheFolderAsItIs() throws {
        let s = try Scratch()
        defer { s.remove() }
        let files: [String: [UInt8]] = ["frame-0002.png": [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], "frame-0001.png": [0x89, 0x50, 0x4E, 0x47, 9],
                                        "frames.json": Array(#"{"frames":[{"year":2001},{"year":2002}]}"#.utf8)]
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: s.file(name))) }
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let zip = try FramesArchive.zip(folder: s.path, date: date)
        let archive = try Archive(data: zip, accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == ["frames/frame-0001.png", "frames/frame-0002.png", "frames/frames.json"])
        for entry in entries {
            var read = Data()
            _ = try archive.extract(entry) { read.append($0) }
            #expect(Array(read) == files[String(entry.path.dropFirst("frames/".count))], "\(entry.path)")
        }
        #expect(try FramesArchive.zip(folder: s.path, date: date) == zip)
    }
}
