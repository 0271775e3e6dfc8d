import Crypto
import Foundation

/// `DIR/batch.json`: every job of the batch with its options, the SHA-256 of its inputs, its
/// output and that output's SHA-256 (or the error that stopped it). A pipeline collects and checks
/// results with it; a re-run skips the jobs whose inputs and output are unchanged. Shards of one
/// batch merge their jobs into it under a lock on the folder, so the union of all shards gives the
/// same file as one run. Its jobs are in output order, with no times: the same work gives the same bytes.
package struct BatchManifest: Codable, Sendable, Equatable {
    package struct Entry: Codable, Sendable, Equatable {
        package var output: String
        package var product: String
        /// The job's options as the spec gives them.
        package var options: [String: String]
        package var inputSHA256: String
        /// The output's SHA-256 (a folder's: of its files' names and SHA-256s); nil when the job failed.
        package var sha256: String?
        package var bytes: Int?
        package var error: String?
        /// What the job warned of (names it could not place, a missing translation); nil: nothing.
        package var warnings: [String]?

        enum CodingKeys: String, CodingKey {
            case output, product, options, bytes, error, sha256, warnings
            case inputSHA256 = "input_sha256"
        }
    }

    package var partnermap = PartnermapInfo.version
    package var spec: String
    package var jobs: [Entry]

    static let fileName = "batch.json"

    /// The manifest in `directory`, or nil when there is none (or it is not one).
    static func read(in directory: String) -> BatchManifest? {
        guard let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(BatchManifest.self, from: data)
    }

    /// Written atomically.
    func write(in directory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(self) + Data("\n".utf8)
        try AtomicFile.write([((directory as NSString).appendingPathComponent(Self.fileName), Array(data))])
    }

    /// This manifest with `entries` in place of those of the same outputs, keeping only outputs in `outputs`.
    func merged(_ entries: [Entry], keeping outputs: Set<String>) -> BatchManifest {
        var byOutput = Dictionary(jobs.map { ($0.output, $0) }, uniquingKeysWith: { _, b in b })
        for e in entries { byOutput[e.output] = e }
        var m = self
        m.partnermap = PartnermapInfo.version
        m.jobs = byOutput.values.filter { outputs.contains($0.output) }.sorted { $0.output < $1.output }
        return m
    }

    /// Runs `body` holding an exclusive lock on `directory` (shards of one batch run at once).
    static func locked<T>(_ directory: String, _ body: () throws -> T) throws -> T {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw JobError("\(directory): error: cannot open the batch's folder (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw JobError("\(directory): error: cannot lock the batch's folder (\(String(cString: strerror(errno))))") }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

/// SHA-256 as lowercase hex: of bytes, of files (read in chunks), of folders.
enum Digest {
    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    static func of(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    /// A file's SHA-256, or nil when it cannot be read.
    static func file(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(data: chunk) }
        return hex(hash.finalize())
    }

    /// A file's or a folder's SHA-256 (a folder's: of "NAME SHA256" lines of its files, by name).
    static func output(_ path: String) -> (sha256: String, bytes: Int)? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        if !isFolder.boolValue {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            return file(path).map { ($0, size ?? 0) }
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        var lines = "", total = 0
        for name in names.sorted() {
            let full = (path as NSString).appendingPathComponent(name)
            guard let h = file(full) else { return nil }
            total += ((try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? nil) ?? 0
            lines += "\(name) \(h)\n"
        }
        return (of(Array(lines.utf8)), total)
    }
}
