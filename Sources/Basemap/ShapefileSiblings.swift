/// The files that make up one shapefile, found next to its `.shp` in lower or upper case.
struct ShapefileSiblings {
    /// The `.shp` path as given.
    let shp: String
    /// The path without its `.shp` extension.
    let base: String
    let storage: ShapefileStorage

    init(shp: String, storage: ShapefileStorage = .disk) {
        self.shp = shp
        self.storage = storage
        base = shp.lowercased().hasSuffix(".shp") ? String(shp.dropLast(4)) : shp
    }

    /// The sibling with extension `ext` in lower case, or in upper case if only that exists.
    func path(_ ext: String) -> String {
        let lower = base + "." + ext
        let upper = base + "." + ext.uppercased()
        if !storage.exists(lower), storage.exists(upper) { return upper }
        return lower
    }
}
