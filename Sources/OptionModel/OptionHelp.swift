/// Help text and shell completion made from the declarations.
package enum OptionHelp {
    /// A help section in the command-line tool's usual layout: a heading, then each option with
    /// its value name, its help, its default (`defaults`' value) and the words it may take.
    package static func section<Root>(_ heading: String, _ options: [Option<Root>], defaults: Root, width: Int = 100) -> String {
        let column = 30
        var out = heading + ":\n"
        for o in options {
            var names = (o.short.map { "-\($0), " } ?? "") + "--" + o.key
            switch o.kind {
            case .flag: if o.showsInversion { names += ", --no-" + o.key }
            case .single: names += " <\(o.valueName)>"
            case .list: names += " <\(o.valueName)> …"
            }
            var text = o.help
            if o.kind != .flag && o.choices.count > 1 && o.choices.count <= 12 {
                text += " (values: \(o.choices.joined(separator: ", ")))"
            }
            if let d = o.text(in: defaults), !d.isEmpty, o.kind != .flag || d == "true" {
                text += " (default: \(d))"
            }
            let lead = "  " + names
            let lines = wrap(text, width: width - column)
            if lead.count + 2 <= column {
                out += lead.padding(column) + (lines.first ?? "") + "\n"
            } else {
                out += lead + "\n" + String(repeating: " ", count: column) + (lines.first ?? "") + "\n"
            }
            for l in lines.dropFirst() { out += String(repeating: " ", count: column) + l + "\n" }
        }
        return out
    }

    /// Completion candidates for the word being typed, given the words before it: an option's
    /// choices right after it, else the option names that start with the word.
    package static func completions<Root>(_ options: [Option<Root>], previous: String?, current: String) -> [String] {
        if let previous, previous.hasPrefix("--"), let o = options.first(where: { $0.names.contains(String(previous.dropFirst(2))) }),
           o.kind != .flag {
            return o.choices.filter { $0.hasPrefix(current) }
        }
        var names: [String] = []
        for o in options {
            names.append("--" + o.key)
            if o.kind == .flag && o.showsInversion { names.append("--no-" + o.key) }
        }
        return names.filter { $0.hasPrefix(current) }
    }

    package static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
