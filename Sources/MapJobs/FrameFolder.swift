import Foundation

/// A folder of frames written as one set: every frame, frames.json and layout.json go into a
/// fresh hidden folder beside the target, which then replaces the target whole. A run that
/// fails or is stopped leaves the previous set as it was; a re-run with fewer frames leaves
/// none of the old ones.
struct FrameFolder {
    /// The folder the user named.
    let target: String
    /// Where this run writes, until `commit`.
    let staging: String

    /// Names a frames folder may hold: what `frames` writes, and videos made from it.
    static func isOwn(_ name: String) -> Bool {
        if name == "frames.json" || name == "layout.json" { return true }
        if name.hasPrefix("frame-"), name.hasSuffix(".png"), name.dropFirst(6).dropLast(4).allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return VideoMaker.formats.contains((name as NSString).pathExtension.lowercased())
            || TemporaryFiles.owner(ofTemporary: name) != nil
    }

    /// Checks the target and makes the staging folder (and the target's parents).
    init(_ target: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw JobError("cannot write frames into \(target): it is a file, not a directory") }
            let names = (try? fm.contentsOfDirectory(atPath: target)) ?? []
            if let other = names.sorted().first(where: { !Self.isOwn($0) }) {
                throw JobError("cannot write frames into \(target): it holds files that are not frames (\(other)); frames are written as a set that replaces the folder, so give a new or empty folder, or one that `frames` made")
            }
        }
        let standardized = URL(fileURLWithPath: target).standardizedFileURL.path
        let parent = URL(fileURLWithPath: standardized).deletingLastPathComponent().path
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw JobError("cannot write frames into \(target): cannot make \(parent)")
        }
        self.target = standardized
        let staging = TemporaryFiles.name(for: standardized)
        TemporaryFiles.shared.sweep(parent)
        try TemporaryFiles.shared.create(staging) {
            guard mkdir(staging, 0o777) == 0 else {
                throw JobError("cannot write frames into \(target): \(String(cString: strerror(errno)))")
            }
        }
        self.staging = staging
    }

    /// Where a file of the set is written now: inside the staging folder.
    func path(_ name: String) -> String { staging + "/" + name }

    /// Writes a new file of the set. Its own flush waits for `commit`, which flushes the set once.
    func write(_ bytes: [UInt8], named name: String) throws {
        try AtomicFile.writeStaged(bytes, to: path(name))
    }

    /// Whether `file` (such as the video) belongs inside the target folder; then it is made in
    /// the staging folder and arrives with the set.
    func holds(_ file: String) -> Bool {
        URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().path == target
    }

    /// Replaces the target with the staging folder. Videos of the old set that this run did not
    /// remake are kept (linked into the new set first).
    func commit() throws {
        let fm = FileManager.default
        let old = (try? fm.contentsOfDirectory(atPath: target)) ?? []
        for name in old where VideoMaker.formats.contains((name as NSString).pathExtension.lowercased())
            && TemporaryFiles.owner(ofTemporary: name) == nil && !fm.fileExists(atPath: path(name)) {
            if link(target + "/" + name, path(name)) != 0 { try? fm.copyItem(atPath: target + "/" + name, toPath: path(name)) }
        }
        try AtomicFile.flushFileSystem(of: staging)
        let retired = TemporaryFiles.name(for: target)
        let hadOld = fm.fileExists(atPath: target)
        try TemporaryFiles.shared.commit([staging], leaving: hadOld ? [retired] : []) {
            if hadOld, rename(target, retired) != 0 {
                throw JobError("cannot replace \(target): \(String(cString: strerror(errno)))")
            }
            guard rename(staging, target) == 0 else {
                let reason = String(cString: strerror(errno))
                if hadOld { rename(retired, target) }
                throw JobError("cannot write frames into \(target): \(reason)")
            }
        }
        if hadOld { TemporaryFiles.shared.remove(retired) }
    }

    /// Removes the staging folder (after a failure).
    func discard() { TemporaryFiles.shared.remove(staging) }
}
