import Foundation
import FuzzDriver
@testable import Basemap

/// libFuzzer entry: the input as a `.pmb` basemap level file, decoded as a map loads a level.
/// Any outcome but a level or a `BasemapError` stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    do {
        _ = try CompactDecoder.decode(Data(bytes: data, count: size), file: "fuzz.pmb")
    } catch is BasemapError {
    } catch {
        fatalError("CompactDecoder threw \(type(of: error)), not BasemapError: \(error)")
    }
    return 0
}

FuzzDriver.run { data, size in fuzz(data!, size) }
