import Foundation
import FuzzDriver
@testable import Basemap

/// libFuzzer entry: the input as a GeoJSON file for `basemap import`, read into polygon features.
/// Any outcome but features or a `BasemapError` stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    do {
        _ = try GeoJSONReader.parse(Data(bytes: data, count: size), file: "fuzz.geojson")
    } catch let error as BasemapError {
        _ = error.description
    } catch {
        fatalError("GeoJSONReader threw \(type(of: error)), not BasemapError: \(error)")
    }
    return 0
}

FuzzDriver.run { data, size in fuzz(data!, size) }
