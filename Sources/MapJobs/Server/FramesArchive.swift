import Foundation
import ZIPFoundation

/// A zip of a frames folder (every frame, frames.json and layout.json), made in memory with
/// ZIPFoundation, for the editor's "Frames (zip)" export. Entries are in name order and dated by
/// `SOURCE_DATE_EPOCH` when it is set, so equal frames give equal bytes. PNGs are stored as they
/// are (they are compressed already); the JSON files are deflated.
enum FramesArchive {
    static func zip(folder: String, date: Date = SourceDate.fromEnvironment() ?? Date()) throws -> Data {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let archive = try Archive(data: Data(), accessMode: .create)
        for name in names {
            guard let bytes = FileManager.default.contents(atPath: folder + "/" + name) else {
                throw JobError("cannot read \(name) for the frames' zip")
            }
            try archive.addEntry(with: "frames/" + name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: name.hasSuffix(".png") ? .none : .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw JobError("the frames' zip could not be made") }
        return data
    }
}
