import Foundation

/// A type an option's text turns into: a number, a word from a fixed set, a size, a box…
///
/// `init(optionText:)` throws an `OptionError` whose message says what was expected, so every
/// front end (command line, YAML spec, editor form) reports a bad value the same way.
package protocol OptionValue: Sendable {
    init(optionText: String) throws
    /// The words the value may be, for help and completion (empty: any text of its form).
    static var optionChoices: [String] { get }
    /// The value written as an option's text (the inverse of `init(optionText:)`).
    var optionText: String { get }
    /// Its text is a comma-separated list (a box, a list of layers), which a YAML list may give.
    static var takesCommaList: Bool { get }
}

extension OptionValue {
    package static var optionChoices: [String] { [] }
    package static var takesCommaList: Bool { false }
}

/// An option whose value is one word of a fixed set: an enum with string raw values.
package protocol ChoiceOption: OptionValue, RawRepresentable, CaseIterable where RawValue == String {}

extension ChoiceOption {
    package init(optionText: String) throws {
        let folded = optionText.lowercased()
        guard let v = Self(rawValue: optionText) ?? Self.allCases.first(where: { $0.rawValue.lowercased() == folded }) else {
            throw OptionError("\"\(optionText)\" is not known (expected one of: \(Self.optionChoices.joined(separator: ", ")))")
        }
        self = v
    }
    package static var optionChoices: [String] { allCases.map(\.rawValue) }
    package var optionText: String { rawValue }
}

extension String: OptionValue {
    package init(optionText: String) { self = optionText }
    package var optionText: String { self }
}

extension Int: OptionValue {
    package init(optionText: String) throws {
        guard let v = Int(optionText.trimmingCharacters(in: .whitespaces)) else {
            throw OptionError("\"\(optionText)\" is not a whole number")
        }
        self = v
    }
    package var optionText: String { String(self) }
}

extension Double: OptionValue {
    package init(optionText: String) throws {
        guard let v = Double(optionText.trimmingCharacters(in: .whitespaces)), v.isFinite else {
            throw OptionError("\"\(optionText)\" is not a number")
        }
        self = v
    }
    package var optionText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

extension Bool: OptionValue {
    package init(optionText: String) throws {
        switch optionText.lowercased() {
        case "true", "yes", "on": self = true
        case "false", "no", "off": self = false
        default: throw OptionError("\"\(optionText)\" is not true or false")
        }
    }
    package static var optionChoices: [String] { ["true", "false"] }
    package var optionText: String { self ? "true" : "false" }
}

/// A bad option value, with a message saying what was expected.
package struct OptionError: Error, CustomStringConvertible, Equatable {
    package var description: String
    package init(_ description: String) { self.description = description }
}
