import Foundation
import OptionModel
import Yams

/// A YAML map spec (`--spec FILE.yml`): options of render, frames and poster in one file, so a
/// map or poster can be made again exactly. Its keys are the options' long names: shared ones at
/// the top level, a command's own in its section (`render:`, `frames:`, `poster:`), where shared
/// ones may be given again for that command alone. Unknown keys and bad values are errors naming
/// the file, line and column.
package struct SpecFile: Sendable {
    package var path: String
    /// Top-level options, in the file's order.
    package var shared: [OptionAssignment<MapOptions>] = []
    /// Each command section's options.
    package var sections: [MapCommand: [OptionAssignment<MapOptions>]] = [:]

    /// The assignments `command` takes from this spec, in the order they apply.
    package func assignments(for command: MapCommand) -> [OptionAssignment<MapOptions>] {
        let keys = Set(MapOptions.options(for: command).map(\.key))
        return shared.filter { keys.contains($0.option.key) } + (sections[command] ?? [])
    }

    /// Reads a spec and checks every value (`spec --check` then runs the commands' checks).
    package static func load(_ path: String) throws -> SpecFile {
        // A pipe or a device would block or never end: only regular files are read.
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular else {
            throw JobError("\(path): error: " + (FileManager.default.fileExists(atPath: path) ? "not a regular file (a pipe, a device or a folder; expected a YAML spec file)" : "no such file (expected a YAML spec file)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw JobError("\(path): error: cannot read the spec file") }
        return try parse(data, path: path)
    }

    /// Reads a spec from its bytes and checks every value, as `load` does; `path` names it in
    /// errors, and its folder is where the spec's relative paths start.
    package static func parse(_ data: Data, path: String) throws -> SpecFile {
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = SpecSyntax.firstInvalidUTF8(Array(data))
            throw JobError("\(path):\(line):\(column): error: not UTF-8 text here (expected a UTF-8 spec)")
        }
        let root = try SpecSyntax.compose(text, path: path)
        var spec = SpecFile(path: path)
        guard let root else { return spec }
        guard let mapping = root.mapping else {
            throw JobError(at(path, root, "the spec must be a mapping of keys to values (expected e.g. \"color: year\")"))
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var errors: [String] = []
        let shared = MapOptions.topLevelOptions
        var seen: [String: Node] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { errors.append(at(path, keyNode, "keys must be words")); continue }
            if let first = seen[key] {
                errors.append(at(path, keyNode, "'\(key)' is given twice (first at line \(first.mark?.line ?? 1))"))
                continue
            }
            seen[key] = keyNode
            if let command = MapCommand(rawValue: key), MapCommand.withSpecSections.contains(command) {
                guard let sub = valueNode.mapping else {
                    errors.append(at(path, valueNode, "'\(key)' holds options of that command (expected a mapping)"))
                    continue
                }
                let options = MapOptions.options(for: command).filter { !$0.commandLineOnly && $0.key != "spec" }
                var inSection: [String: Node] = [:]
                for (k, v) in sub {
                    if let name = k.string, let first = inSection[name] {
                        errors.append(at(path, k, "'\(name)' is given twice in '\(key)' (first at line \(first.mark?.line ?? 1))"))
                        continue
                    }
                    if let name = k.string { inSection[name] = k }
                    do {
                        if let a = try assignment(k, v, options, in: key, path: path, base: base) { spec.sections[command, default: []].append(a) }
                    } catch let e as JobError { errors.append(e.description) }
                }
                continue
            }
            do {
                if let a = try assignment(keyNode, valueNode, shared, in: nil, path: path, base: base) { spec.shared.append(a) }
            } catch let e as JobError { errors.append(e.description) }
        }
        if !errors.isEmpty { throw JobError(errors.joined(separator: "\n")) }
        return spec
    }

    /// The assignment a key and its value make, checked on its own so an error names its line
    /// (a batch spec reads its jobs' keys with it too).
    static func assignment(_ keyNode: Node, _ valueNode: Node, _ options: [Option<MapOptions>], in section: String?,
                                   path: String, base: URL) throws -> OptionAssignment<MapOptions>? {
        let key = keyNode.string ?? "?"
        guard let option = options.first(where: { $0.names.contains(key) && !$0.commandLineOnly }) else {
            let known = ((section == nil ? MapCommand.withSpecSections.map(\.rawValue) : []) + options.filter { !$0.commandLineOnly }.map(\.key))
            let place = section.map { " in '\($0)'" } ?? ""
            throw JobError(at(path, keyNode, "unknown key '\(key)'\(place) (expected one of: \(known.joined(separator: ", ")))"))
        }
        var values: [String]
        if let s = valueNode.scalar {
            values = [s.string]
        } else if let seq = valueNode.sequence {
            values = try seq.map { item in
                guard let s = item.scalar?.string else { throw JobError(at(path, item, "'\(key)' lists plain values")) }
                return s
            }
            // A list for a one-value option is its comma-separated form ([sphere, land], [108, 22.8]),
            // where the option's value has that form.
            if option.kind != .list {
                guard option.takesCommaList else { throw JobError(at(path, valueNode, "'\(key)' takes one value, not a list")) }
                values = [values.joined(separator: ",")]
            }
        } else {
            throw JobError(at(path, valueNode, "'\(key)' must be a value or a list of values"))
        }
        values = values.map { option.pathRule.resolve($0, against: base) }
        let a = OptionAssignment(option: option, values: values, origin: at(path, valueNode, "'\(option.key)'"))
        var scratch = MapOptions()
        do { try a.apply(to: &scratch) } catch let e as OptionError { throw JobError(e.description) }
        return a
    }

    static func at(_ path: String, _ node: Node, _ message: String) -> String {
        "\(path):\(node.mark?.line ?? 1):\(node.mark?.column ?? 1): error: \(message)"
    }
}
