import ArgumentParser
import Foundation
import MapJobs
import PartnerData

/// Runs a job and reports to the user: what was written on stdout, warnings and errors on
/// stderr, a non-zero exit on failure; never a stack trace.
enum Report {
    static func run(timings: Bool = false, quiet: Bool = false, _ body: () throws -> JobResult) throws {
        do {
            let result = try body()
            if timings {
                for t in result.times { printError(t.name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%7.1f ms", t.seconds * 1000)) }
            }
            guard !quiet else { return }
            for w in result.warnings { printError("warning: \(w)") }
            for path in result.written { print("wrote \(path)") }
            if let s = result.summary { print(s) }
        } catch let e as TableErrors {
            printError(e.description)
            throw ExitCode.failure
        } catch let e as ExitCode {
            throw e
        } catch {
            let message = String(describing: error)
            // Messages that locate themselves (FILE:LINE:COLUMN: error: …) are printed as they are.
            printError(message.contains(": error: ") ? message : "error: \(message)")
            throw ExitCode.failure
        }
    }

    static func printError(_ s: String) {
        FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
    }
}
