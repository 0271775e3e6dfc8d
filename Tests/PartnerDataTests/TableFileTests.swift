import Foundation
import Testing
@testable import PartnerData

/// A fresh temporary directory for one test.
private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("partnerdata-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private func readProblem(_ path: String, options: TableReadOptions = TableReadOptions()) -> TableDiagnostic? {
    do {
        _ = try PartnerTable.read(path: path, currentYear: 2025, options: options)
    } catch let errors as TableErrors {
        #expect(errors.diagnostics.count == 1)
        return errors.diagnostics.first
    } catch {
        Issue.record("unexpected error \(error)")
    }
    return nil
}

@Test func missingFileIsOneDiagnosticNamingThePathAsGiven() throws {
    let problem = try #require(readProblem("no/such/table.csv"))
    #expect(problem == TableDiagnostic(file: "no/such/table.csv", line: 1, column: 1,
                                       message: "no such file (expected the path of a partner table: CSV, TSV or .xlsx)"))
}

@Test func directoryIsOneDiagnostic() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let problem = try #require(readProblem(directory.path))
    #expect(problem.line == 1 && problem.column == 1 && problem.message.hasPrefix("this is a directory"))
}

@Test func invalidUTF8IsReportedAtItsLineAndColumnWhenUTF8IsAskedFor() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("latin1.csv")
    try Data([0x69, 0x64, 0x0D, 0x0A, 0x5A, 0xFC, 0x72]).write(to: file)  // "id" CRLF "Z", Latin-1 ü, "r"
    let problem = try #require(readProblem(file.path, options: TableReadOptions(encoding: .utf8)))
    #expect(problem.line == 2 && problem.column == 2)
    #expect(problem.message.hasPrefix("the file is not UTF-8 text here (expected UTF-8, as --encoding says;"))
}

@Test func fileWithByteOrderMarkAndCRLFReads() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("bom.csv")
    try Data([0xEF, 0xBB, 0xBF] + Array(([header, hubRow, banjulRow].joined(separator: "\r\n")).utf8)).write(to: file)
    let net = try PartnerTable.read(path: file.path, currentYear: 2025)
    #expect(net.source == file.path && net.partners.map(\.id) == ["banjul"])
}

@Test func problemsInAReadFileNameThePathAsGiven() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(table("banjul,Banjul,Gambia,GM,north,-16.5780,sister,1987").utf8)
        .write(to: directory.appendingPathComponent("t.csv"))
    let path = directory.path + "/./t.csv"
    let problem = try #require(readProblem(path))
    #expect(problem.description.hasPrefix(path + ":3:25: error: lat \"north\""))
}

@Test func decoderPositionsCountScalarsAndSkipTheByteOrderMark() {
    #expect(TableFile.decodeUTF8(Data([0xEF, 0xBB, 0xBF, 0x61, 0xE5, 0x8D, 0x97, 0xFF])) ==
            .failure(InvalidUTF8(position: SourcePosition(line: 1, column: 3))))
    #expect(TableFile.decodeUTF8(Data("a\r\n南".utf8)) == .success("a\r\n南"))
}

@Test func devicesAndPipesAreRefusedInsteadOfBlockingOrFillingMemory() throws {
    let zero = try #require(readProblem("/dev/zero"))
    #expect(zero.line == 1 && zero.column == 1 && zero.message.hasPrefix("this is not a regular file"))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pm-fifo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.path + "/t.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    let pipe = try #require(readProblem(fifo))
    #expect(pipe.message.hasPrefix("this is not a regular file"))
}

@Test func hugeFileIsRefusedInsteadOfFillingMemory() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pm-huge-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.path + "/t.csv"
    FileManager.default.createFile(atPath: path, contents: nil)
    #expect(truncate(path, 65 << 20) == 0)
    let problem = try #require(readProblem(path))
    #expect(problem.line == 1 && problem.column == 1 && problem.message == "the table is larger than 64 MiB (expected a partner table of at most 64 MiB)")
}
