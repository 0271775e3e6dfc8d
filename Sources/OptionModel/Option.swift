import Foundation

/// One option, declared once next to the typed field it sets: its name (the long command-line
/// name and the YAML key), value name, help, the words it may take, and how its text becomes the
/// field's value. The command line, YAML specs, the example spec, help and completion are all
/// made from these declarations.
package struct Option<Root>: @unchecked Sendable {
    package typealias Kind = OptionKind

    /// Long name (`--key`) and YAML key.
    package let key: String
    /// Other names accepted for it (e.g. a plural YAML key).
    package let aliases: [String]
    package let short: Character?
    /// Placeholder for the value in help (`<WxH>`).
    package let valueName: String
    package let help: String
    package let kind: Kind
    /// The words the value may be (from the value's type), for help and completion.
    package let choices: [String]
    /// Whether the value names a file: relative paths in a spec are relative to the spec.
    package let pathRule: PathRule
    /// Given only on the command line (a shorthand for another option), not in a spec.
    package let commandLineOnly: Bool
    /// Help shows the switch's `--no-` form too (for switches whose default depends on others).
    package let showsInversion: Bool
    /// Its one value is a comma-separated list (`108.3,22.8`), which a YAML list may also give.
    package let takesCommaList: Bool
    let assign: @Sendable (inout Root, [String]) throws -> Void
    let show: @Sendable (Root) -> String?

    /// The names it answers to, the key first.
    package var names: [String] { [key] + aliases }

    /// Sets the option's field from its text(s); a bad value throws an `OptionError`.
    package func set(_ root: inout Root, _ values: [String]) throws {
        try assign(&root, values)
    }

    /// The option's value in `root` as text (nil when not set), e.g. for the default in help.
    package func text(in root: Root) -> String? { show(root) }

    /// The same option on a larger root that holds this one's at `path`.
    package func lifted<Outer>(_ path: WritableKeyPath<Outer, Root>) -> Option<Outer> {
        let assign = self.assign, show = self.show
        nonisolated(unsafe) let path = path
        return Option<Outer>(key: key, aliases: aliases, short: short, valueName: valueName, help: help, kind: kind,
                             choices: choices, pathRule: pathRule, commandLineOnly: commandLineOnly, showsInversion: showsInversion,
                             takesCommaList: takesCommaList, assign: { outer, values in try assign(&outer[keyPath: path], values) },
                             show: { outer in show(outer[keyPath: path]) })
    }

    package init(key: String, aliases: [String] = [], short: Character? = nil, valueName: String, help: String, kind: Kind,
                choices: [String], pathRule: PathRule = .none, commandLineOnly: Bool = false, showsInversion: Bool = false,
                takesCommaList: Bool = false, assign: @escaping @Sendable (inout Root, [String]) throws -> Void,
                show: @escaping @Sendable (Root) -> String?) {
        self.key = key; self.aliases = aliases; self.short = short; self.valueName = valueName; self.help = help
        self.kind = kind; self.choices = choices; self.pathRule = pathRule; self.commandLineOnly = commandLineOnly
        self.showsInversion = showsInversion
        self.takesCommaList = takesCommaList
        self.assign = assign; self.show = show
    }
}

extension Option {
    /// A single value of an `OptionValue` type; `check` refuses values of the right form that make no sense.
    package static func value<V: OptionValue>(
        _ key: String, _ path: WritableKeyPath<Root, V>, _ valueName: String, help: String, aliases: [String] = [],
        short: Character? = nil, pathRule: PathRule = .none, check: @escaping @Sendable (V) throws -> Void = { _ in }
    ) -> Option {
        single(key, path, valueName, help, aliases, short, pathRule, check, wrap: { $0 }, show: { $0.optionText })
    }

    /// A single value whose field is nil until given.
    package static func optional<V: OptionValue>(
        _ key: String, _ path: WritableKeyPath<Root, V?>, _ valueName: String, help: String, aliases: [String] = [],
        short: Character? = nil, pathRule: PathRule = .none, check: @escaping @Sendable (V) throws -> Void = { _ in }
    ) -> Option {
        single(key, path, valueName, help, aliases, short, pathRule, check, wrap: { $0 }, show: { $0?.optionText })
    }

    private static func single<V: OptionValue, Field>(
        _ key: String, _ path: WritableKeyPath<Root, Field>, _ valueName: String, _ help: String, _ aliases: [String],
        _ short: Character?, _ pathRule: PathRule, _ check: @escaping @Sendable (V) throws -> Void,
        wrap: @escaping @Sendable (V) -> Field, show: @escaping @Sendable (Field) -> String?
    ) -> Option {
        nonisolated(unsafe) let path = path
        return Option(key: key, aliases: aliases, short: short, valueName: valueName, help: help, kind: .single,
                      choices: V.optionChoices, pathRule: pathRule, takesCommaList: V.takesCommaList,
                      assign: { root, values in
                          let text = values.last ?? ""
                          if pathRule != .none && text.isEmpty { throw OptionError("expected a file name, not an empty value") }
                          let v = try V(optionText: text)
                          try check(v)
                          root[keyPath: path] = wrap(v)
                      },
                      show: { root in show(root[keyPath: path]) })
    }

    /// A repeatable option (or a YAML list) filling an array; the values given replace the default.
    package static func list<V: OptionValue>(
        _ key: String, _ path: WritableKeyPath<Root, [V]>, _ valueName: String, help: String, aliases: [String] = [],
        check: @escaping @Sendable ([V]) throws -> Void = { _ in }
    ) -> Option {
        nonisolated(unsafe) let path = path
        return Option(key: key, aliases: aliases, valueName: valueName, help: help, kind: .list, choices: V.optionChoices,
                      assign: { root, values in
                          let v = try values.map { try V(optionText: $0) }
                          try check(v)
                          root[keyPath: path] = v
                      },
                      show: { root in root[keyPath: path].map(\.optionText).joined(separator: " ") })
    }

    /// A switch (`--key`, `--no-key`).
    package static func flag(_ key: String, _ path: WritableKeyPath<Root, Bool>, help: String) -> Option {
        nonisolated(unsafe) let path = path
        return Option(key: key, valueName: "", help: help, kind: .flag, choices: Bool.optionChoices,
                      assign: { root, values in root[keyPath: path] = try Bool(optionText: values.last ?? "true") },
                      show: { root in root[keyPath: path].optionText })
    }

    /// A switch whose field is nil until given (so a default can depend on other options).
    package static func flag(_ key: String, _ path: WritableKeyPath<Root, Bool?>, help: String) -> Option {
        nonisolated(unsafe) let path = path
        return Option(key: key, valueName: "", help: help, kind: .flag, choices: Bool.optionChoices, showsInversion: true,
                      assign: { root, values in root[keyPath: path] = try Bool(optionText: values.last ?? "true") },
                      show: { root in root[keyPath: path]?.optionText })
    }

    /// A command-line shorthand that sets another option's field to a fixed value (`--portrait`).
    package static func shorthand<V: OptionValue>(_ key: String, for path: WritableKeyPath<Root, V?>, value: V, help: String) -> Option {
        nonisolated(unsafe) let path = path
        return Option(key: key, valueName: "", help: help, kind: .flag, choices: [], commandLineOnly: true,
                      assign: { root, values in if try Bool(optionText: values.last ?? "true") { root[keyPath: path] = value } },
                      show: { _ in nil })
    }
}

/// An option that checks a number against a range, with a message naming it.
package func within<V: Comparable & OptionValue>(_ range: ClosedRange<V>, _ unit: String = "") -> @Sendable (V) throws -> Void {
    let lower = range.lowerBound.optionText, upper = range.upperBound.optionText
    return { v in
        guard range.contains(v) else {
            throw OptionError("\(v.optionText) is out of range (expected \(lower) to \(upper)\(unit.isEmpty ? "" : " " + unit))")
        }
    }
}

/// How an option takes its values.
package enum OptionKind: Sendable, Equatable {
    /// One value; given again, the last one counts.
    case single
    /// Repeatable (`--inset a --inset b`), or a YAML list.
    case list
    /// A switch: `--name` / `--no-name`, `name: true|false` in a spec.
    case flag
}

/// Whether an option's value names a file, and how a spec's relative value is read.
package enum PathRule: Sendable, Equatable {
    case none
    /// A file or directory, relative to the spec that gives it.
    case path
    /// A name looked up elsewhere (a basemap's) unless it has a slash, then a path.
    case nameOrPath

    /// `value` as given in a spec in the directory `base`.
    package func resolve(_ value: String, against base: URL) -> String {
        switch self {
        case .none: return value
        case .path, .nameOrPath:
            if value.hasPrefix("/") || (self == .nameOrPath && !value.contains("/")) { return value }
            return base.appendingPathComponent(value).path
        }
    }
}
