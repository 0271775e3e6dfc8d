import Foundation

/// Writes files so a reader never sees a half-written one: the bytes go to a temporary file in
/// the same folder, are flushed to disk, and the file is renamed over the target, keeping the
/// target's permissions. On failure or a signal nothing is left behind. A target that is a
/// pipe or a device (`-o /dev/stdout`) is written straight through.
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
        let registry = TemporaryFiles.shared
        var staged: [(temp: String, target: String)] = []
        defer { for s in staged { registry.remove(s.temp) } }
        var streams: [(path: String, bytes: [UInt8])] = []
        for (path, bytes) in files {
            let target = try Target(path)
            if target.isStream { streams.append((path, bytes)); continue }
            registry.sweep(target.folder)
            let temp = TemporaryFiles.name(for: target.path)
            let fd = try registry.create(temp) { () throws -> Int32 in
                let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
                guard fd >= 0 else { throw JobError("cannot write \(path): \(String(cString: strerror(errno)))") }
                return fd
            }
            staged.append((temp, target.path))
            defer { close(fd) }
            try writeAll(fd, bytes, reportAs: path)
            if let mode = target.existingMode, fchmod(fd, mode) != 0 {
                throw JobError("cannot keep the permissions of \(path): \(String(cString: strerror(errno)))")
            }
            guard fsync(fd) == 0 else { throw JobError("cannot write \(path): \(String(cString: strerror(errno)))") }
        }
        try registry.commit(staged.map(\.temp)) {
            for s in staged where rename(s.temp, s.target) != 0 {
                throw JobError("cannot write \(s.target): \(String(cString: strerror(errno)))")
            }
        }
        staged.removeAll()
        for (path, bytes) in streams {
            // The process's own descriptors are written as they are, sharing their offset (a
            // fresh open of a redirected stdout would start over at its first byte).
            if let own = ownDescriptor(path) { try writeAll(own, bytes, reportAs: path); continue }
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw JobError("cannot write \(path): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            try writeAll(fd, bytes, reportAs: path)
        }
    }

    /// Writes a new file inside a folder that is itself a registered temporary, whose whole set
    /// arrives by one rename: the file needs no temporary and no flush of its own
    /// (`flushFileSystem` flushes the set once, before that rename). It is created under the
    /// registry's lock, so a signal's cleanup removes the folder with it.
    package static func writeStaged(_ bytes: [UInt8], to path: String) throws {
        let fd = try TemporaryFiles.shared.createInside { () throws -> Int32 in
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw JobError("cannot write \(path): \(String(cString: strerror(errno)))") }
            return fd
        }
        defer { close(fd) }
        try writeAll(fd, bytes, reportAs: path)
    }

    /// Flushes every file written on the file system that holds `folder` to disk, in one call.
    package static func flushFileSystem(of folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw JobError("cannot write \(folder): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard linuxSyncFileSystem(fd) == 0 else { throw JobError("cannot write \(folder): \(String(cString: strerror(errno)))") }
    }

    /// Where a file really goes: a symbolic link's destination; the folder must exist.
    struct Target {
        var path: String
        var folder: String
        /// The permissions of the file being replaced.
        var existingMode: mode_t?
        /// A pipe or device, written in place.
        var isStream = false

        init(_ given: String) throws {
            // /dev/stdout and its kin are written through, whatever the descriptor is open on.
            if given.hasPrefix("/dev/"), FileManager.default.fileExists(atPath: given) {
                path = given
                folder = "/dev"
                isStream = true
                return
            }
            var path = given
            if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: given) {
                path = resolved.hasPrefix("/") ? resolved : URL(fileURLWithPath: given).deletingLastPathComponent().appendingPathComponent(resolved).path
            }
            self.path = path
            var info = stat()
            if stat(path, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFREG: existingMode = info.st_mode & 0o7777
                case S_IFDIR: throw JobError("cannot write \(given): it is a folder (expected a file name)")
                case S_IFIFO, S_IFCHR: isStream = true
                default: throw JobError("cannot write \(given): it is not a regular file")
                }
            }
            let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
            folder = dir
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw JobError("cannot write \(given): directory \(dir) does not exist")
            }
        }
    }
}

/// glibc's `syncfs(2)`, which its Swift module leaves out (it is a GNU extension).
@_silgen_name("syncfs") private func linuxSyncFileSystem(_ fd: Int32) -> Int32

/// The descriptor `/dev/stdout`, `/dev/stderr` or `/dev/fd/N` names.
private func ownDescriptor(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default: return path.hasPrefix("/dev/fd/") ? Int32(path.dropFirst(8)) : nil
    }
}

/// Writes all of `bytes` to `fd` with plain POSIX calls (Foundation's own atomic dance would add
/// a second temporary file and rename).
private func writeAll(_ fd: Int32, _ bytes: [UInt8], reportAs target: String) throws {
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
