import CShapelib
import Foundation

/// Files held in memory by name, which shapelib opens through its file hooks as it would open
/// files on disk: the shapefile and dBase readers read bytes from memory (fuzzing, tests) with
/// the same code that reads files.
///
/// The hooks are C callbacks without context, so they find the files through the calling thread:
/// `withHooks` makes these the thread's files while its body runs. Files open read-only; a file
/// not held here does not exist.
final class ShapelibMemoryFiles: Sendable {
    private static let key = "partnermap.shapelib.memory"

    /// The bytes of each file, by the name shapelib is given (`x.shp`, `x.shx`, `x.dbf`, …).
    let files: [String: [UInt8]]

    init(_ files: [String: [UInt8]]) { self.files = files }

    /// Runs `body` with hooks that read these files (and record shapelib's errors as
    /// `ShapelibHooks` does).
    func withHooks<T>(_ body: (inout SAHooks) throws -> T) rethrows -> T {
        let dictionary = Thread.current.threadDictionary
        let outer = dictionary[Self.key]
        dictionary[Self.key] = self
        defer { dictionary[Self.key] = outer }
        var hooks = ShapelibHooks.make()
        hooks.FOpen = { name, access in
            guard let name, let access, !String(cString: access).contains(where: { "wa+".contains($0) }),
                  let files = Thread.current.threadDictionary[ShapelibMemoryFiles.key] as? ShapelibMemoryFiles,
                  let bytes = files.files[String(cString: name)] else { return nil }
            let file = Unmanaged.passRetained(OpenMemoryFile(bytes)).toOpaque()
            return UnsafeMutablePointer<Int32>(OpaquePointer(file))
        }
        hooks.FRead = { buffer, size, count, file in
            guard let buffer, let file, size > 0 else { return 0 }
            return OpenMemoryFile.of(file).read(into: buffer, size: size, count: count)
        }
        hooks.FWrite = { _, _, _, _ in 0 }
        hooks.FSeek = { file, offset, whence in
            guard let file else { return SAOffset(bitPattern: -1) }
            return OpenMemoryFile.of(file).seek(offset, whence: whence) ? 0 : SAOffset(bitPattern: -1)
        }
        hooks.FTell = { file in file.map { SAOffset(OpenMemoryFile.of($0).position) } ?? 0 }
        hooks.FFlush = { _ in 0 }
        hooks.FClose = { file in
            if let file { Unmanaged<OpenMemoryFile>.fromOpaque(UnsafeRawPointer(file)).release() }
            return 0
        }
        hooks.Remove = { _ in -1 }
        return try body(&hooks)
    }
}

/// One file opened from memory: its bytes and the position of the next read, with C's
/// `fread`/`fseek` rules (short reads at the end, seeks past it allowed, none before the start).
private final class OpenMemoryFile {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func of(_ file: SAFile) -> OpenMemoryFile {
        Unmanaged<OpenMemoryFile>.fromOpaque(UnsafeRawPointer(file)).takeUnretainedValue()
    }

    /// Copies up to `count` items of `size` bytes, as many bytes as are left; returns the number
    /// of whole items copied.
    func read(into buffer: UnsafeMutableRawPointer, size: SAOffset, count: SAOffset) -> SAOffset {
        let left = position < bytes.count ? bytes.count - position : 0
        let (wanted, overflow) = size.multipliedReportingOverflow(by: count)
        let length = overflow ? left : Int(min(wanted, SAOffset(left)))
        guard length > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + position, byteCount: length) }
        position += length
        return SAOffset(length) / size
    }

    /// Moves to `offset` from the start, the current position or the end; false (and no move)
    /// for a position before the start or one that overflows.
    func seek(_ offset: SAOffset, whence: Int32) -> Bool {
        let base: Int
        switch whence {
        case SEEK_SET: base = 0
        case SEEK_CUR: base = position
        case SEEK_END: base = bytes.count
        default: return false
        }
        let (target, overflow) = base.addingReportingOverflow(Int(bitPattern: UInt(offset)))
        guard !overflow, target >= 0 else { return false }
        position = target
        return true
    }
}
