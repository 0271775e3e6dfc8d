import Foundation
import Testing
import TestSupport

/// `partnermap batch` as a user runs it: the README's GNU parallel recipe gives the same files as
/// one run, and a failed job makes the exit non-zero with a summary.
@Suite struct BatchCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func run(_ exe: String, _ args: [String], in dir: Scratch, environment: [String: String] = [:]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func files(_ dir: String) throws -> [String: Data] {
        var all: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            all[name] = FileManager.default.contents(atPath: dir + "/" + name)
        }
        return all
    }

    static let spec = """
        matrix:
          lang: [en, zh]
          color: [continent, year]
          format: [png, pdf, svg]
        output: "{hub}-{lang}-{color}.{format}"
        size: 480x270

        """

    @Test func theReadmesParallelRecipeGivesTheFilesOfOneRun() throws {
        let parallel = ["/usr/bin/parallel", "/usr/local/bin/parallel"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let exe = CommandLineTests.program
        try #require(FileManager.default.isExecutableFile(atPath: exe), "build the program first: swift build")
        let s = try Scratch()
        defer { s.remove() }
        try Self.spec.write(toFile: s.file("atlas.yml"), atomically: true, encoding: .utf8)
        let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
        let whole = try run(exe, ["batch", "atlas.yml", "-o", "whole", "--quiet"], in: s, environment: epoch)
        #expect(whole.status == 0 && whole.out.contains("batch: 12 jobs: 12 written"), "\(whole.out)")
        // The recipe as the README shows it, with this build's program.
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("parallel ") })
        var words = line.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
        words = words.map { $0 == "partnermap" ? exe : $0 == "atlas/" ? "parts/" : $0 }
        guard let parallel else {
            Issue.record("GNU parallel is missing (make test installs Debian's parallel)")
            return
        }
        let shards = try run(parallel, Array(words.dropFirst()), in: s, environment: epoch)
        #expect(shards.status == 0)
        let a = try files(s.file("whole")), b = try files(s.file("parts"))
        #expect(a.count == 13 && a.keys.sorted() == b.keys.sorted())
        for (name, bytes) in a { #expect(b[name] == bytes, "\(name) differs between one run and the shards") }
    }

    @Test func aFailedJobMakesTheExitNonZeroAfterTheOthers() throws {
        let exe = CommandLineTests.program
        try #require(FileManager.default.isExecutableFile(atPath: exe), "build the program first: swift build")
        let s = try Scratch()
        defer { s.remove() }
        try "jobs:\n  - {output: ok.png}\n  - {data: missing.csv, output: bad.png}\nsize: 320x180\n"
            .write(toFile: s.file("b.yml"), atomically: true, encoding: .utf8)
        let r = try run(exe, ["batch", "b.yml", "-o", "out"], in: s)
        #expect(r.status == 1)
        #expect(r.out.contains("batch: 2 jobs: 1 written, 0 up to date, 1 failed"), "\(r.out)")
        #expect(FileManager.default.fileExists(atPath: s.file("out/ok.png")) && !FileManager.default.fileExists(atPath: s.file("out/bad.png")))
    }
}
