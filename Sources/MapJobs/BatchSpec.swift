import Foundation
import OptionModel
import Yams

/// What a batch job makes: a map (as `render` does), a poster, a folder of frames, or a video.
package enum BatchProduct: String, Sendable, CaseIterable {
    case map, poster, frames, video

    /// The command whose options the job takes.
    var command: MapCommand {
        switch self {
        case .map: return .render
        case .poster: return .poster
        case .frames, .video: return .frames
        }
    }
}

/// One job of a batch: its product, its options, and where its output goes.
package struct BatchJobSpec: Sendable {
    /// Its place in the spec's expansion (0-based): matrix combinations first, then `jobs:`.
    package var index: Int
    package var product: BatchProduct
    /// Every option it was given, in order (defaults, then its matrix values or its own keys).
    package var assignments: [OptionAssignment<MapOptions>]
    /// The options as written in the spec, key by key (for the manifest and the input hash).
    package var given: [(key: String, value: String)]
    /// The format the spec names (`format:`), if any.
    package var format: String?
    /// The output template and the values its placeholders take (`{hub}` is filled once the table is read).
    package var output: BatchTemplate
    /// Where in the spec it comes from ("atlas.yml:3:1"), for messages.
    package var origin: String

    /// The options as the manifest lists them: those given, and the format if named.
    var manifestOptions: [String: String] {
        var all = Dictionary(given.map { ($0.key, $0.value) }, uniquingKeysWith: { _, b in b })
        if let format { all["format"] = format }
        return all
    }

    /// The key of the jobs that share one plan: the same product and options but for the output's own.
    package var planKey: String {
        ([product.rawValue] + given.filter { !Self.outputOnly.contains($0.key) }.map { "\($0.key)=\($0.value)" }.sorted())
            .joined(separator: "\u{1F}")
    }

    /// Options that change only how a planned map is written, not its plan.
    package static let outputOnly: Set<String> = ["output", "layout-report", "png-compression", "color-space", "format", "threads"]
}

/// A batch spec (`partnermap batch SPEC.yml`): a matrix over any option keys and/or a list of
/// jobs, an output template, and defaults for every job; read and checked before any work,
/// each problem as FILE:LINE:COLUMN: error: ….
package struct BatchSpec: Sendable {
    package var path: String
    package var jobs: [BatchJobSpec]

    /// Keys of a batch spec that are not options.
    static let ownKeys = ["matrix", "jobs", "output", "product", "format"]

    package static func load(_ path: String) throws -> BatchSpec {
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular else {
            throw JobError("\(path): error: " + (FileManager.default.fileExists(atPath: path) ? "not a regular file (expected a YAML batch spec)" : "no such file (expected a YAML batch spec)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw JobError("\(path): error: cannot read the batch spec") }
        return try parse(data, path: path)
    }

    package static func parse(_ data: Data, path: String) throws -> BatchSpec {
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = SpecSyntax.firstInvalidUTF8(Array(data))
            throw JobError("\(path):\(line):\(column): error: not UTF-8 text here (expected a UTF-8 batch spec)")
        }
        guard let root = try SpecSyntax.compose(text, path: path), let mapping = root.mapping else {
            throw JobError("\(path):1:1: error: a batch spec is a mapping (expected matrix:, jobs: or options, and output:)")
        }
        var errors: [String] = []
        var defaults: [(Node, Node)] = []
        var axes: [(key: Node, values: [Node])] = []
        var listed: [Node] = []
        var seen: Set<String> = []
        for (k, v) in mapping {
            guard let key = k.string else { errors.append(SpecFile.at(path, k, "keys must be words")); continue }
            guard seen.insert(key).inserted else { errors.append(SpecFile.at(path, k, "'\(key)' is given twice")); continue }
            switch key {
            case "matrix":
                guard let m = v.mapping else { errors.append(SpecFile.at(path, v, "'matrix' maps option keys to lists of values (expected e.g. \"lang: [en, zh]\")")); continue }
                for (ak, av) in m {
                    let values = av.sequence.map(Array.init) ?? [av]
                    guard !values.isEmpty, values.allSatisfy({ $0.scalar != nil }) else {
                        errors.append(SpecFile.at(path, av, "a matrix axis lists plain values (expected e.g. [en, zh])")); continue
                    }
                    axes.append((ak, values))
                }
            case "jobs":
                guard let seq = v.sequence, seq.allSatisfy({ $0.mapping != nil }) else {
                    errors.append(SpecFile.at(path, v, "'jobs' is a list of mappings, one job each (expected e.g. \"- {lang: zh, output: zh.png}\")")); continue
                }
                listed = Array(seq)
            default:
                defaults.append((k, v))
            }
        }
        if !errors.isEmpty { throw JobError(errors.joined(separator: "\n")) }
        // Each job's keys: the defaults, overridden by its matrix values or its own keys.
        var raw: [(pairs: [(Node, Node)], origin: Node)] = []
        if !axes.isEmpty {
            var combinations: [[(Node, Node)]] = [[]]
            for axis in axes { combinations = combinations.flatMap { c in axis.values.map { c + [(axis.key, $0)] } } }
            raw += combinations.map { (merged(defaults, $0), root) }
        }
        raw += listed.map { item in (merged(defaults, Array(item.mapping!)), item) }
        if raw.isEmpty { raw = [(defaults, root)] }
        // A default that only some products take (size: for maps among posters) is left out of the others.
        let sharedDefaults = Set(defaults.compactMap { k, _ in k.string.flatMap { key in
            BatchProduct.allCases.contains { p in MapOptions.options(for: p.command).contains { $0.names.contains(key) } } ? key : nil } })
        var jobs: [BatchJobSpec] = []
        for (i, r) in raw.enumerated() {
            let pairs = r.pairs.filter { k, _ in
                guard let key = k.string, sharedDefaults.contains(key), defaults.contains(where: { $0.0.mark?.line == k.mark?.line && $0.0.mark?.column == k.mark?.column }) else { return true }
                let product = r.pairs.last { $0.0.string == "product" }?.1.scalar.flatMap { BatchProduct(rawValue: $0.string) } ?? .map
                return MapOptions.options(for: product.command).contains { $0.names.contains(key) }
            }
            do { jobs.append(try job(i, pairs, origin: r.origin, path: path)) } catch let e as JobError { errors.append(e.description) }
        }
        var outputs: [String: BatchJobSpec] = [:]
        for j in jobs where !j.output.needsHub {
            let name = try j.output.render(hub: nil)
            if let first = outputs[name] {
                errors.append("\(j.origin): error: jobs \(first.index + 1) and \(j.index + 1) both write \(name) (the output template needs a key that tells them apart)")
            }
            outputs[name] = j
        }
        if !errors.isEmpty { throw JobError(Array(NSOrderedSet(array: errors)).compactMap { $0 as? String }.joined(separator: "\n")) }
        return BatchSpec(path: path, jobs: jobs)
    }

    /// `base`'s pairs with those of `over` in their place or after them.
    private static func merged(_ base: [(Node, Node)], _ over: [(Node, Node)]) -> [(Node, Node)] {
        let keys = Set(over.compactMap { $0.0.string })
        return base.filter { !keys.contains($0.0.string ?? "") } + over
    }

    private static func job(_ index: Int, _ pairs: [(Node, Node)], origin: Node, path: String) throws -> BatchJobSpec {
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        let at = { (node: Node) in "\(path):\(node.mark?.line ?? 1):\(node.mark?.column ?? 1)" }
        var product = BatchProduct.map
        var template: (String, Node)?
        var format: (String, Node)?
        var errors: [String] = []
        for (k, v) in pairs {
            switch k.string {
            case "product":
                guard let p = v.scalar.flatMap({ BatchProduct(rawValue: $0.string) }) else {
                    errors.append(SpecFile.at(path, v, "unknown product (expected one of: \(BatchProduct.allCases.map(\.rawValue).joined(separator: ", ")))")); continue
                }
                product = p
            case "output":
                guard let s = v.scalar?.string, !s.isEmpty else { errors.append(SpecFile.at(path, v, "'output' is a file name template, e.g. \"{data}-{lang}.png\"")); continue }
                template = (s, v)
            case "format":
                guard let s = v.scalar?.string, !s.isEmpty, !s.contains("/") else { errors.append(SpecFile.at(path, v, "'format' is a file extension, e.g. png")); continue }
                format = (s.lowercased(), v)
            default: break
            }
        }
        let options = MapOptions.options(for: product.command).filter { !$0.commandLineOnly && !["spec", "output"].contains($0.key) }
        var assignments: [OptionAssignment<MapOptions>] = []
        var given: [(key: String, value: String)] = []
        var values: [String: String] = ["product": product.rawValue]
        for (k, v) in pairs {
            guard let key = k.string, !ownKeys.contains(key) else { continue }
            do {
                guard let a = try SpecFile.assignment(k, v, options, in: "a \(product.rawValue) job", path: path, base: base) else { continue }
                assignments.append(a)
                let written = v.scalar.map { [$0.string] } ?? (v.sequence ?? []).compactMap { $0.scalar?.string }
                given.append((a.option.key, written.joined(separator: ",")))
                values[key] = a.option.pathRule == .none ? written.joined(separator: ",") : BatchTemplate.stem(written.last ?? "")
                if a.option.key != key { values[a.option.key] = values[key] }
            } catch let e as JobError { errors.append(e.description) }
        }
        guard let (text, node) = template else {
            errors.append("\(at(origin)): error: job \(index + 1) has no output (expected e.g. output: \"{data}-{lang}.{format}\")")
            throw JobError(errors.joined(separator: "\n"))
        }
        if let format { values["format"] = format.0 }
        var output: BatchTemplate
        do { output = try BatchTemplate(text, values: values, origin: at(node)) } catch let e as JobError {
            errors.append(e.description)
            throw JobError(errors.joined(separator: "\n"))
        }
        if !output.needsHub, let name = try? output.render(hub: nil) {
            let ext = (name as NSString).pathExtension.lowercased()
            if let format, format.0 != ext, product != .frames {
                errors.append(SpecFile.at(path, format.1, "format \(format.0) but the output \(name) ends in .\(ext) (put {format} in the output template)"))
            }
            if let problem = BatchTemplate.extensionProblem(ext, product: product) { errors.append("\(at(node)): error: \(name): \(problem)") }
        }
        if !errors.isEmpty { throw JobError(errors.joined(separator: "\n")) }
        return BatchJobSpec(index: index, product: product, assignments: assignments, given: given, format: format?.0, output: output,
                            origin: at(origin))
    }
}
