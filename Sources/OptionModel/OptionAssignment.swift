/// One option given a value (or, for a list, all its values) in one place: a command line or a
/// spec file. Assignments are applied in order, so a command line's come after a spec's and win.
package struct OptionAssignment<Root>: Sendable {
    package var option: Option<Root>
    package var values: [String]
    /// Where it was given, for messages: "--projection" or "spec.yml:3:13".
    package var origin: String

    package init(option: Option<Root>, values: [String], origin: String) {
        self.option = option; self.values = values; self.origin = origin
    }

    /// Sets the option's field; a bad value is an error naming where it was given.
    package func apply(to root: inout Root) throws {
        do { try option.set(&root, values) } catch let e as OptionError {
            throw OptionError("\(origin): \(e.description)")
        }
    }
}

extension Array {
    /// Applies every assignment in order; all bad values are reported together, one a line.
    package func apply<Root>(to root: inout Root) throws where Element == OptionAssignment<Root> {
        var errors: [String] = []
        for a in self {
            do { try a.apply(to: &root) } catch let e as OptionError { errors.append(e.description) }
        }
        if !errors.isEmpty { throw OptionError(errors.joined(separator: "\n")) }
    }
}
