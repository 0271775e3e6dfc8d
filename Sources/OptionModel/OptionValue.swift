import Foundation

/// A type an option's text turns into: a number, a word from a fixed set, a size, a box…
///
/// `init(optionText:)` throws an `OptionError` whose message says what was expected, so every
/// front end (command line, YAML spec, editor form) reports a bad value the same way.
public protocol OptionValue: Sendable {
    init(optionText: String) throws
    /// The words the value may be, for help and completion (empty: any text of its form).
    static var optionChoices: [String] { get }
    /// The value written as an option's text (the inverse of `init(optionText:)`).
    var optionText: String { get }
}

extension OptionValue {
    public static var optionChoices: [String] { [] }
}

/// An option whose value is one word of a fixed set: an enum with string raw values.
public protocol ChoiceOption: OptionValue, RawRepresentable, CaseIterable where RawValue == String {}

extension ChoiceOption {
    public init(optionText: String) throws {
        let folded = optionText.lowercased()
        guard let v = Self(rawValue: optionText) ?? Self.allCases.first(where: { $0.rawValue.lowercased() == folded }) else {
            throw OptionError("\"\(optionText)\" is not known (expected one of: \(Self.optionChoices.joined(separator: ", ")))")
        }
        self = v
    }
    public static var optionChoices: [String] { allCases.map(\.rawValue) }
    public var optionText: String { rawValue }
}

extension String: OptionValue {
    public init(optionText: String) { self = optionText }
    public var optionText: String { self }
}

extension Int: OptionValue {
    public init(optionText: String) throws {
        guard let v = Int(optionText.trimmingCharacters(in: .whitespaces)) else {
            throw OptionError("\"\(optionText)\" is not a whole number")
        }
        self = v
    }
    public var optionText: String { String(self) }
}

extension Double: OptionValue {
    public init(optionText: String) throws {
        guard let v = Double(optionText.trimmingCharacters(in: .whitespaces)), v.isFinite else {
            throw OptionError("\"\(optionText)\" is not a number")
        }
        self = v
    }
    public var optionText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

extension Bool: OptionValue {
    public init(optionText: String) throws {
        switch optionText.lowercased() {
        case "true", "yes", "on": self = true
        case "false", "no", "off": self = false
        default: throw OptionError("\"\(optionText)\" is not true or false")
        }
    }
    public static var optionChoices: [String] { ["true", "false"] }
    public var optionText: String { self ? "true" : "false" }
}

/// A bad option value, with a message saying what was expected.
public struct OptionError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
