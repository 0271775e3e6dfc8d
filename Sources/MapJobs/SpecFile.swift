import Foundation
import Yams

/// A YAML map spec (`--spec FILE.yml`): every option of render, frames and poster in one file,
/// so a map or poster is reproducible. Command-line options override it. Unknown keys and bad
/// values are errors naming the key and its line.
public struct SpecFile: Sendable {
    public var data = DataOptions()
    public var dataGiven = (table: false, hub: false, basemap: false)
    public var map = MapOptionValues()
    public var render = Section()
    public var frames = Section()
    public var poster = Section()

    /// One command's section: its output and its own options, by key.
    public struct Section: Sendable {
        public var output: String?
        public var values: [String: SpecValue] = [:]
    }

    /// A scalar or list value and where it was written.
    public struct SpecValue: Sendable {
        public var text: String?
        public var list: [String]?
        public var line: Int
        public var column: Int
    }

    static let mapKeys: Set<String> = ["size", "paper", "orientation", "width-mm", "height-mm", "dpi", "projection", "center", "extent",
                                       "layers", "background", "color", "theme", "lang", "insets", "inset-position", "title", "subtitle",
                                       "detail", "highlight-countries", "gradient", "tolerance"]
    static let sectionKeys: [String: Set<String>] = [
        "render": ["output", "label-report"],
        "frames": ["output", "from", "to", "per-year", "hold", "undated", "video", "fps"],
        "poster": ["output", "bleed"],
    ]

    /// Reads and checks a spec file.
    public static func load(_ path: String) throws -> SpecFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw JobError("\(path): cannot read the spec file") }
        guard let text = String(data: data, encoding: .utf8) else { throw JobError("\(path):1:1: error: not UTF-8 text") }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let e as YamlError {
            throw JobError("\(path): error: not valid YAML: \(e)")
        }
        guard let root else { return SpecFile() }
        guard let mapping = root.mapping else {
            throw JobError(at(path, root, "the spec must be a mapping of keys to values (expected e.g. \"color: year\")"))
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : base.appendingPathComponent(p).path }
        var spec = SpecFile()
        var errors: [String] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { errors.append(at(path, keyNode, "keys must be words")); continue }
            do {
                switch key {
                case "data": spec.data.table = resolve(try scalar(valueNode, key, path)); spec.dataGiven.table = true
                case "hub": spec.data.hubID = try scalar(valueNode, key, path); spec.dataGiven.hub = true
                case "basemap":
                    let b = try scalar(valueNode, key, path)
                    spec.data.basemap = b.contains("/") ? resolve(b) : b
                    spec.dataGiven.basemap = true
                case _ where mapKeys.contains(key):
                    try spec.setMap(key, valueNode, path)
                case "render", "frames", "poster":
                    guard let sub = valueNode.mapping else { throw JobError(at(path, valueNode, "'\(key)' holds options of that command (expected a mapping)")) }
                    var section = Section()
                    for (k, v) in sub {
                        do {
                            guard let name = k.string, sectionKeys[key]!.contains(name) else {
                                throw JobError(at(path, k, "unknown key '\(k.string ?? "?")' in '\(key)' (expected one of: \(sectionKeys[key]!.sorted().joined(separator: ", ")))"))
                            }
                            let value = try specValue(v, name, path)
                            try checkSectionValue(name, value, v, path)
                            if name == "output" { section.output = resolve(value.text ?? "") } else { section.values[name] = value }
                            if name == "label-report" || name == "video" { section.values[name]?.text = value.text.map(resolve) }
                        } catch let e as JobError {
                            errors.append(e.description)
                        }
                    }
                    switch key {
                    case "render": spec.render = section
                    case "frames": spec.frames = section
                    default: spec.poster = section
                    }
                default:
                    let known = (["data", "hub", "basemap", "render", "frames", "poster"] + mapKeys.sorted()).joined(separator: ", ")
                    throw JobError(at(path, keyNode, "unknown key '\(key)' (expected one of: \(known))"))
                }
            } catch let e as JobError {
                errors.append(e.description)
            }
        }
        if !errors.isEmpty { throw JobError(errors.joined(separator: "\n")) }
        return spec
    }

    /// Sets one map option, checking its value alone so an error can name the key and line.
    private mutating func setMap(_ key: String, _ node: Node, _ path: String) throws {
        let v = try Self.specValue(node, key, path)
        var one = MapOptionValues()
        func number() throws -> Double {
            guard let t = v.text, let d = Double(t) else { throw JobError(Self.at(path, node, "'\(key)' must be a number")) }
            return d
        }
        func flag() throws -> Bool {
            switch v.text?.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: throw JobError(Self.at(path, node, "'\(key)' must be true or false"))
            }
        }
        let joined = v.list?.joined(separator: ",") ?? v.text
        switch key {
        case "size": one.size = joined
        case "paper": one.paper = v.text
        case "orientation":
            guard let o = v.text, ["portrait", "landscape"].contains(o) else {
                throw JobError(Self.at(path, node, "'orientation' must be portrait or landscape"))
            }
            one.landscape = o == "landscape"
        case "width-mm": one.widthMM = try number()
        case "height-mm": one.heightMM = try number()
        case "dpi": one.dpi = try number()
        case "projection": one.projection = v.text
        case "center": one.center = joined
        case "extent": one.extent = joined
        case "layers": one.layers = joined
        case "background": one.background = v.text
        case "color": one.color = v.text
        case "theme": one.theme = v.text
        case "lang": one.lang = v.text
        case "insets": one.insets = v.list ?? v.text.map { [$0] }
        case "inset-position": one.insetPosition = v.text
        case "title": one.title = v.text
        case "subtitle": one.subtitle = v.text
        case "detail": one.detail = v.text
        case "highlight-countries": one.highlightCountries = try flag()
        case "gradient": one.gradient = try flag()
        default: one.tolerance = try number()
        }
        do { _ = try SpecBuilder.build(one) } catch let e as JobError {
            throw JobError(Self.at(path, node, "'\(key)': \(e.description)"))
        }
        map = map.overridden(by: one)
    }

    /// Checks a command section's value by its kind.
    private static func checkSectionValue(_ key: String, _ v: SpecValue, _ node: Node, _ path: String) throws {
        switch key {
        case "from", "to", "per-year", "hold":
            guard let t = v.text, Int(t) != nil else { throw JobError(at(path, node, "'\(key)' must be a whole number")) }
        case "fps", "bleed":
            guard let t = v.text, Double(t) != nil else { throw JobError(at(path, node, "'\(key)' must be a number")) }
        case "undated":
            guard let t = v.text, ["hide", "start", "end"].contains(t) else {
                throw JobError(at(path, node, "'undated' must be hide, start or end"))
            }
        default:
            guard v.text != nil else { throw JobError(at(path, node, "'\(key)' must be a single value")) }
        }
    }

    private static func specValue(_ node: Node, _ key: String, _ path: String) throws -> SpecValue {
        let line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
        if let s = node.scalar { return SpecValue(text: s.string, list: nil, line: line, column: column) }
        if let seq = node.sequence {
            let items = try seq.map { item -> String in
                guard let s = item.scalar?.string else { throw JobError(at(path, item, "'\(key)' lists plain values")) }
                return s
            }
            return SpecValue(text: nil, list: items, line: line, column: column)
        }
        throw JobError(at(path, node, "'\(key)' must be a value or a list of values"))
    }

    private static func scalar(_ node: Node, _ key: String, _ path: String) throws -> String {
        guard let s = node.scalar?.string else { throw JobError(at(path, node, "'\(key)' must be a single value")) }
        return s
    }

    static func at(_ path: String, _ node: Node, _ message: String) -> String {
        "\(path):\(node.mark?.line ?? 1):\(node.mark?.column ?? 1): error: \(message)"
    }

    /// A section's integer option, with its line in errors.
    public func integer(_ section: Section, _ key: String, path: String) throws -> Int? {
        guard let v = section.values[key] else { return nil }
        guard let t = v.text, let n = Int(t) else { throw JobError("\(path):\(v.line):\(v.column): error: '\(key)' must be a whole number") }
        return n
    }

    /// A section's numeric option, with its line in errors.
    public func number(_ section: Section, _ key: String, path: String) throws -> Double? {
        guard let v = section.values[key] else { return nil }
        guard let t = v.text, let n = Double(t) else { throw JobError("\(path):\(v.line):\(v.column): error: '\(key)' must be a number") }
        return n
    }
}
