import Foundation
import FuzzDriver
@testable import Basemap

/// libFuzzer entry: the input as a shapefile's `.shp` and `.shx`, read from memory through
/// shapelib's file hooks as `basemap import` reads them from disk, each record's rings then
/// grouped into polygons. Any outcome but polygons or a `BasemapError` stops the run.
///
/// Input layout: a little-endian u32 giving the length of the `.shx` part (cut to what is there),
/// the `.shx` bytes, then the `.shp` bytes to the end. An input under 4 bytes is all `.shp`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let declared = bytes.count >= 4 ? bytes[0..<4].reversed().reduce(0) { $0 << 8 | Int($1) } : 0
    let shxLength = min(declared, max(bytes.count - 4, 0))
    let shx = Array(bytes.dropFirst(4).prefix(shxLength))
    let shp = bytes.count >= 4 ? Array(bytes.dropFirst(4 + shxLength)) : bytes
    let storage = ShapefileStorage.memory(ShapelibMemoryFiles(["fuzz.shp": shp, "fuzz.shx": shx]))
    do {
        for rings in try ShapefileReader.readShapes(path: "fuzz.shp", storage: storage) where !rings.isEmpty {
            _ = RingAssembly.polygons(from: rings)
        }
    } catch is BasemapError {
    } catch {
        fatalError("ShapefileReader threw \(type(of: error)), not BasemapError: \(error)")
    }
    return 0
}

FuzzDriver.run { data, size in fuzz(data!, size) }
