import Foundation

/// Every temporary file and folder this process has made and not yet renamed into place, and
/// every child process it runs. Creating, renaming and removing them all happen under one lock,
/// so when a signal ends the process (`SignalCleanup`) each temporary either does not exist yet
/// or is removed: nothing half-made is left behind.
package final class TemporaryFiles: @unchecked Sendable {
    package static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var children: Set<pid_t> = []
    private var swept: Set<String> = []

    /// A temporary name next to `target`: `.NAME.PID.RANDOM.tmp` in the target's folder, with
    /// NAME shortened so the whole name stays within 255 bytes.
    package static func name(for target: String) -> String {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let suffix = ".\(getpid()).\(String(format: "%08x", UInt32.random(in: 0...UInt32.max))).tmp"
        var base = url.lastPathComponent
        while base.utf8.count + suffix.utf8.count + 1 > 255 { base.removeLast() }
        return (folder == "/" ? "" : folder) + "/." + base + suffix
    }

    /// Runs `create` (which makes `path`) under the lock and remembers `path` for removal.
    /// `path` may be a file or a folder.
    package func create<T>(_ path: String, _ create: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(path)
        do { return try create() } catch { paths.remove(path); throw error }
    }

    /// Runs `create` (which makes a file inside a temporary folder already remembered) under the
    /// lock, so a removal under way, which holds it, cannot miss the new file.
    package func createInside<T>(_ create: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try create()
    }

    /// Runs `commit` (which renames temporaries into place) under the lock; when it succeeds,
    /// forgets `done` and remembers `leaving`, what the commit left to remove.
    package func commit<T>(_ done: [String], leaving: [String] = [], _ commit: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        let result = try commit()
        paths.subtract(done)
        paths.formUnion(leaving)
        return result
    }

    /// Removes `path` (a file, or a folder with its contents) and forgets it.
    package func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        try? FileManager.default.removeItem(atPath: path)
        paths.remove(path)
    }

    /// Starts a child process that writes `temp`, remembering both: if this process is ended
    /// the child is stopped and `temp` removed. `ended` forgets the child once it has exited.
    package func run(_ process: Process, writing temp: String) throws {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(temp)
        do { try process.run() } catch { paths.remove(temp); throw error }
        children.insert(process.processIdentifier)
    }
    package func ended(_ pid: pid_t) { lock.lock(); children.remove(pid); lock.unlock() }

    /// Stops the children and removes every temporary, then never returns the lock: the caller
    /// ends the process while holding it, so no thread makes a new temporary meanwhile.
    func removeAllAndHold() {
        lock.lock()
        for pid in children { kill(pid, SIGKILL) }
        for pid in children { var status: Int32 = 0; waitpid(pid, &status, 0) }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Removes temporaries that processes which no longer run left in `folder` (a process killed
    /// with SIGKILL cannot clean up after itself), once per folder per run.
    package func sweep(_ folder: String) {
        lock.lock()
        let first = swept.insert(folder).inserted
        lock.unlock()
        guard first, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let pid = Self.owner(ofTemporary: name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// The process id in a temporary's name `.NAME.PID.RANDOM.tmp`, or nil for any other name.
    static func owner(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, let random = parts.last, random.count == 8, random.allSatisfy(\.isHexDigit),
              let pid = pid_t(parts[parts.count - 2]), pid > 0 else { return nil }
        return pid
    }
}
