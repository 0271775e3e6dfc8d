import Foundation
import FuzzDriver
@testable import Basemap

/// libFuzzer entry: the input as a shapefile's `.dbf` attribute table, read from memory through
/// shapelib's file hooks as `basemap import` reads one from disk: without a `.cpg` (UTF-8, else
/// ISO-8859-1), and when that reads, again as windows-1252. Any outcome but a table or a
/// `BasemapError` stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let storage = ShapefileStorage.memory(ShapelibMemoryFiles(["fuzz.dbf": Array(UnsafeBufferPointer(start: data, count: size))]))
    do {
        _ = try DBFReader.read(path: "fuzz.dbf", codePage: .unspecified, storage: storage)
        _ = try DBFReader.read(path: "fuzz.dbf", codePage: .windows1252, storage: storage)
    } catch is BasemapError {
    } catch {
        fatalError("DBFReader threw \(type(of: error)), not BasemapError: \(error)")
    }
    return 0
}

FuzzDriver.run { data, size in fuzz(data!, size) }
