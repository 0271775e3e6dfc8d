/// Element ids for a scene's layers: each layer's name (letters, digits, `-` and `_` kept,
/// anything else made `-`), and for a name used again (the insets' basemap under the arcs,
/// their arcs and frames over them) the name numbered from 2: `inset`, `inset-2`.
enum LayerIDs {
    static func of(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { name in
            var base = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
            if base.isEmpty || !(base.first!.isLetter || base.first == "_") { base = "layer-" + base }
            var id = base, n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            return id
        }
    }
}
