import Foundation

/// The files that make up one shapefile, found next to its `.shp` in lower or upper case.
struct ShapefileSiblings {
    /// The `.shp` path as given.
    let shp: String
    /// The path without its `.shp` extension.
    let base: String

    init(shp: String) {
        self.shp = shp
        base = shp.lowercased().hasSuffix(".shp") ? String(shp.dropLast(4)) : shp
    }

    /// The sibling with extension `ext` in lower case, or in upper case if only that exists.
    func path(_ ext: String) -> String {
        let lower = base + "." + ext
        let upper = base + "." + ext.uppercased()
        if !FileManager.default.fileExists(atPath: lower), FileManager.default.fileExists(atPath: upper) { return upper }
        return lower
    }
}
