import Foundation

/// A batch job's output name: a template whose `{KEY}` placeholders take the job's values (any
/// key it was given, `format`, `product`, and `{hub}`, the hub's id), checked when the spec is
/// read. The name is relative to the batch's folder and stays inside it.
package struct BatchTemplate: Sendable {
    package var text: String
    /// The values of the placeholders, made safe for a file name.
    package var values: [String: String]
    /// Where the template was written ("atlas.yml:5:9").
    package var origin: String

    /// Whether the name needs the hub's id, known once the table is read.
    package var needsHub: Bool { placeholders.contains("hub") && values["hub"] == nil }

    package init(_ text: String, values: [String: String], origin: String) throws {
        self.text = text
        self.values = values.mapValues(Self.safe)
        self.origin = origin
        let known = Set(self.values.keys).union(["hub"])
        for name in placeholders where !known.contains(name) {
            throw JobError("\(origin): error: the output template names {\(name)}, which this job has no value for (expected one of: \(known.sorted().map { "{\($0)}" }.joined(separator: ", ")))")
        }
        if text.hasPrefix("/") { throw JobError("\(origin): error: the output \(text) must be relative to the batch's folder (-o DIR)") }
    }

    /// The placeholders the template names.
    var placeholders: [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The file name, relative to the batch's folder; `hub` fills `{hub}`.
    package func render(hub: String?) throws -> String {
        var name = text
        var all = values
        if let hub, all["hub"] == nil { all["hub"] = Self.safe(hub) }
        for (key, value) in all { name = name.replacingOccurrences(of: "{\(key)}", with: value) }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw JobError("\(origin): error: the output \(name) leaves the batch's folder or has an empty part (expected a name such as \"{data}/{lang}.png\")")
        }
        return name
    }

    /// A path's file name without its folder and extension (`maps/guilin.csv` → `guilin`).
    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// A value fit for a file name: no folder separators, no control characters.
    static func safe(_ value: String) -> String {
        String(value.unicodeScalars.map { $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control ? "-" : Character($0) })
    }

    /// What is wrong with an output's extension for a product, if anything.
    static func extensionProblem(_ ext: String, product: BatchProduct) -> String? {
        switch product {
        case .map:
            return ["png", "pdf", "svg", "geojson", "html"].contains(ext) ? nil : "a map is .png, .pdf, .svg, .html or .geojson"
        case .poster:
            return ["png", "pdf", "svg"].contains(ext) ? nil : "a poster is .pdf, .png or .svg"
        case .video:
            return VideoMaker.formats.contains(ext) ? nil : "a video is .mp4, .webm or .gif"
        case .frames:
            return ext.isEmpty ? nil : "frames go to a folder (a name without an extension)"
        }
    }
}
