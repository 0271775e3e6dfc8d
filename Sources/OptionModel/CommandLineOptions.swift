/// Reads options from command-line words with the declarations: `--key value`, `--key=value`,
/// `-k value`, `--flag`, `--no-flag`, and repeated list options. Values may start with a dash
/// (`--center -30`).
package enum CommandLineOptions {
    package static func parse<Root>(_ words: [String], _ options: [Option<Root>]) throws -> [OptionAssignment<Root>] {
        var byName: [String: Option<Root>] = [:]
        var byShort: [Character: Option<Root>] = [:]
        for o in options {
            for n in o.names { byName[n] = o }
            if let s = o.short { byShort[s] = o }
        }
        var out: [OptionAssignment<Root>] = []
        var listIndex: [String: Int] = [:]
        var i = 0
        while i < words.count {
            let word = words[i]
            i += 1
            var name: String, inline: String?
            let option: Option<Root>
            var negated = false
            if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                if let eq = body.firstIndex(of: "=") {
                    name = String(body[..<eq]); inline = String(body[body.index(after: eq)...])
                } else {
                    name = String(body)
                }
                if let o = byName[name] {
                    option = o
                } else if name.hasPrefix("no-"), let o = byName[String(name.dropFirst(3))], o.kind == .flag, !o.commandLineOnly {
                    option = o; negated = true
                } else {
                    throw OptionError("unknown option '--\(name)'" + suggestion(name, options))
                }
            } else if word.hasPrefix("-"), word.count >= 2, let c = word.dropFirst().first, let o = byShort[c] {
                option = o
                name = o.key
                if word.count > 2 { inline = String(word.dropFirst(2)) }
            } else if word.hasPrefix("-") && word.count >= 2 {
                throw OptionError("unknown option '\(word)'")
            } else {
                throw OptionError("unexpected argument '\(word)' (options are given as --name value)")
            }
            let value: String
            if option.kind == .flag {
                if let inline {
                    value = negated ? (try Bool(optionText: inline) ? "false" : "true") : inline
                } else {
                    value = negated ? "false" : "true"
                }
            } else if let inline {
                value = inline
            } else if i < words.count {
                value = words[i]
                i += 1
            } else {
                throw OptionError("missing value for '--\(option.key) <\(option.valueName)>'")
            }
            let origin = "--\(option.key)"
            if option.kind == .list, let k = listIndex[option.key] {
                out[k].values.append(value)
            } else {
                if option.kind == .list { listIndex[option.key] = out.count }
                out.append(OptionAssignment(option: option, values: [value], origin: origin))
            }
        }
        return out
    }

    /// ", did you mean '--x'?" for the nearest known name within two edits, else "".
    static func suggestion<Root>(_ name: String, _ options: [Option<Root>]) -> String {
        let near = options.flatMap(\.names).map { ($0, distance($0, name)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
        return near.map { " (did you mean '--\($0.0)'?)" } ?? ""
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
