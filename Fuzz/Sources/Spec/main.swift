import Foundation
import FuzzDriver
@testable import MapJobs

/// libFuzzer entry: the input as a YAML map spec, read as `--spec` and `spec --check` read one
/// (UTF-8, limits, YAML, every key and value), then checked for each command with a section.
/// Any outcome but a spec or a `JobError` stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    do {
        let spec = try SpecFile.parse(Data(bytes: data, count: size), path: "/fuzz/spec.yml")
        try MapOptions.checkSpec(spec)
    } catch let error as JobError {
        _ = error.description
    } catch {
        fatalError("the spec threw \(type(of: error)), not JobError: \(error)")
    }
    return 0
}

FuzzDriver.run { data, size in fuzz(data!, size) }
