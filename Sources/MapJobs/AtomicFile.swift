import Foundation

/// Writes files so a reader never sees a half-written one: the bytes go to a temporary file in
/// the same directory, which is then renamed over the target. On failure nothing is left behind.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write([(path, bytes)])
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes several files: all temporary files first, then every rename, so a failure while
    /// writing leaves none of them changed.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
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
            guard FileManager.default.createFile(atPath: temp, contents: Data(bytes)) else {
                throw JobError("cannot write \(path): permission denied or disk full")
            }
            temporaries.append(temp)
        }
        for (temp, file) in zip(temporaries, files) where rename(temp, file.path) != 0 {
            throw JobError("cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
        temporaries.removeAll()
    }
}

/// A job that could not be done, with a message for the user.
public struct JobError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
