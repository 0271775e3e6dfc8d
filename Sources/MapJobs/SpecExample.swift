import Foundation
import OptionModel

/// The commented example spec `partnermap spec --example` prints, made from the option model:
/// every option a spec may hold, with its help, the words it takes and its default.
package enum SpecExample {
    /// Example values for options that have no default, so the example is a spec that works.
    static let examples: [String: String] = [
        "render.output": "map.png", "frames.output": "frames", "poster.output": "poster.pdf",
    ]

    package static var text: String {
        var out = """
        # partnermap map spec: options of render, frames and poster in one file, so a map, an
        # animation or a poster can be made again exactly. Use it with
        #   partnermap render --spec this.yml     (or frames, or poster)
        # Keys are the options' long names (see `partnermap render --help`). Options given on the
        # command line override the values here. Relative paths are relative to this file. A
        # command's section may also hold any shared option, for that command alone.
        # Unknown keys and bad values are errors that name the key and its line.

        """
        let defaults = MapOptions()
        var seen = Set<String>()
        for command in MapCommand.withSpecSections {
            for group in MapOptions.groups(for: command) where !group.inSection {
                let fresh = group.options.filter { !$0.commandLineOnly && seen.insert($0.key).inserted }
                guard !fresh.isEmpty else { continue }
                out += "\n# \(group.heading.capitalized)\n"
                for o in fresh { out += entry(o, defaults, indent: "", example: nil) }
            }
        }
        for command in MapCommand.withSpecSections {
            out += "\n\(command.rawValue):\n"
            for group in MapOptions.groups(for: command) where group.inSection {
                for o in group.options where !o.commandLineOnly && o.key != "spec" {
                    out += entry(o, defaults, indent: "  ", example: examples["\(command.rawValue).\(o.key)"])
                }
            }
        }
        return out
    }

    /// The help comment and the `key: value` line of one option; commented out when it has no value.
    static func entry(_ o: Option<MapOptions>, _ defaults: MapOptions, indent: String, example: String?) -> String {
        var help = o.help
        if o.kind != .flag && o.choices.count > 1 { help += " Values: \(o.choices.joined(separator: ", "))." }
        var out = ""
        for line in OptionHelp.wrap(help, width: 96 - indent.count) { out += indent + "# " + line + "\n" }
        if let v = example ?? o.text(in: defaults) {
            out += indent + o.key + ": " + yaml(v, list: o.kind == .list) + "\n"
        } else {
            out += indent + "# " + o.key + ": <" + o.valueName + ">\n"
        }
        return out
    }

    /// A value as YAML: a flow list for list options, quoted where YAML would misread it.
    static func yaml(_ text: String, list: Bool) -> String {
        func scalar(_ s: String) -> String {
            let special = s.isEmpty || s.contains("#") || s.contains(": ") || "[]{},&*!|>'\"%@-".contains(s.first!)
            return special ? "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : s
        }
        return list ? "[" + text.split(separator: " ").map { scalar(String($0)) }.joined(separator: ", ") + "]" : scalar(text)
    }
}
