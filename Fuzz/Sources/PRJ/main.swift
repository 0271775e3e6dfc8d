import Foundation
import FuzzDriver
@testable import Basemap

/// libFuzzer entry: the input as a shapefile's `.prj` (Well-Known Text), checked as the
/// shapefile reader checks one. Any outcome but a note, nothing or a `BasemapError` stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    do {
        _ = try CoordinateSystemCheck.checkPRJ(Data(bytes: data, count: size), path: "fuzz.prj", shapefile: "fuzz.shp")
    } catch is BasemapError {
    } catch {
        fatalError("the .prj check threw \(type(of: error)), not BasemapError: \(error)")
    }
    return 0
}

FuzzDriver.run { data, size in fuzz(data!, size) }
