import Foundation
import MapJobs
import TestSupport

/// Runs a program and returns its standard output (nil when it cannot run or fails).
func run(_ program: String, _ args: [String]) -> String? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = Pipe()
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}


/// A small table written for a test.
func writeTable(_ rows: [String], in scratch: Scratch, name: String = "t.csv") throws -> String {
    let header = "id,name_en,name_zh,name_vi,country,iso2,continent,lat,lon,relation,year,date,source"
    let path = scratch.file(name)
    try ([header] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
