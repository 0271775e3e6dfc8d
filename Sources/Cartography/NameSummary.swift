/// Names listed in a message (a warning, an error): the first few, each on one line, then how
/// many more there are, so that a network of thousands gives a message of one line, not a page.
package enum NameSummary {
    /// How many names a message lists before it counts the rest.
    package static let shown = 10

    /// "Banjul, Crema, … and 9,990 more".
    package static func of(_ names: [String]) -> String {
        let listed = names.prefix(shown).map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: ", ")
        return names.count > shown ? listed + " … and \(groupedDigits(names.count - shown)) more" : listed
    }
}
