import Foundation

/// Writes files so that readers see either the old contents or the new, never a half-written file.
enum AtomicFile {
    /// Writes each file to a temporary file in its own directory, then renames them all into place.
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var temporaries: [String] = []
        defer { for path in temporaries { try? FileManager.default.removeItem(atPath: path) } }
        for (path, bytes) in files {
            let directory = (path as NSString).deletingLastPathComponent
            let temporary = (directory as NSString).appendingPathComponent(
                ".\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            } catch {
                throw BasemapError(file: path, "cannot write: \(error.localizedDescription)")
            }
            temporaries.append(temporary)
        }
        for (temporary, file) in zip(temporaries, files) {
            guard rename(temporary, file.path) == 0 else {
                throw BasemapError(file: file.path, "cannot rename \(temporary) into place: \(String(cString: strerror(errno)))")
            }
        }
        temporaries.removeAll()
    }
}
