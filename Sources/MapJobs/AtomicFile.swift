import Foundation

/// Writes files so a reader never sees a half-written one: the bytes go to a temporary file in
/// the same directory, which is then renamed over the target. On failure nothing is left behind.
package enum AtomicFile {
    package static func write(_ bytes: [UInt8], to path: String) throws {
        try write([(path, bytes)])
    }

    package static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes several files: all temporary files first, then every rename, so a failure while
    /// writing leaves none of them changed.
    package static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var temporaries: [String] = []
        defer { for t in temporaries { try? FileManager.default.removeItem(atPath: t) } }
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: path)
            let dir = url.deletingLastPathComponent()
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
                throw JobError("cannot write \(path): directory \(dir.path) does not exist")
            }
            let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
            temporaries.append(temp)
            try writeFile(temp, bytes, reportAs: path)
        }
        for (temp, file) in zip(temporaries, files) where rename(temp, file.path) != 0 {
            throw JobError("cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
        temporaries.removeAll()
    }
}

/// Writes bytes to a new file with plain POSIX calls (Foundation's own atomic dance would
/// add a second temporary file and rename).
private func writeFile(_ path: String, _ bytes: [UInt8], reportAs target: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw JobError("cannot write \(target): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 {
            if errno == EINTR { continue }
            throw JobError("cannot write \(target): \(String(cString: strerror(errno)))")
        }
        offset += n
    }
}
