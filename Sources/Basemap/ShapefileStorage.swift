import CShapelib
import Foundation

/// Where the files of a shapefile are read from: the disk, or memory (`ShapelibMemoryFiles`).
/// The readers ask it for everything they read, so both go through the same code.
enum ShapefileStorage {
    case disk
    case memory(ShapelibMemoryFiles)

    func exists(_ path: String) -> Bool {
        switch self {
        case .disk: FileManager.default.fileExists(atPath: path)
        case .memory(let files): files.files[path] != nil
        }
    }

    /// The first `limit` bytes of the file (all of it when nil); nil when it cannot be read.
    func contents(_ path: String, upTo limit: Int? = nil) -> Data? {
        switch self {
        case .disk:
            guard let limit else { return FileManager.default.contents(atPath: path) }
            guard let file = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? file.close() }
            return (try? file.read(upToCount: limit)) ?? Data()
        case .memory(let files):
            return files.files[path].map { Data($0.prefix(limit ?? $0.count)) }
        }
    }

    /// Runs `body` with shapelib hooks that read from here and record shapelib's errors.
    func withHooks<T>(_ body: (inout SAHooks) throws -> T) rethrows -> T {
        switch self {
        case .disk:
            var hooks = ShapelibHooks.make()
            return try body(&hooks)
        case .memory(let files):
            return try files.withHooks(body)
        }
    }
}
