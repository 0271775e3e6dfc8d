import Foundation

/// Country names by ISO 3166-1 alpha-2 code in each language the tool writes (the shipped
/// `country-names.csv`, from Unicode CLDR: header `iso2,en,zh,vi,th`).
package struct CountryNames: Sendable {
    /// Names by language key ("en", "zh", "vi", "th"), then by upper-case ISO code.
    private var names: [String: [String: String]] = [:]

    package static let empty = CountryNames()

    /// The name of `iso2` in `language`, if the table has one.
    package func name(_ iso2: String, in language: String) -> String? { names[language]?[iso2.uppercased()] }

    /// Every name in `language`, by ISO code.
    package func all(in language: String) -> [String: String] { names[language] ?? [:] }

    /// Reads the table; a table that breaks its form is an error naming the file and line.
    package static func read(path: String) throws -> CountryNames {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CountryNamesError("\(path): cannot read the country names (expected UTF-8 CSV)")
        }
        var records = CSVTokenizer(text: text)
        guard let header = records.next(), header.fields.first == "iso2" else {
            throw CountryNamesError("\(path):1: expected the header iso2,en,zh,vi,th")
        }
        var table = CountryNames()
        while let r = records.next() {
            guard r.syntaxErrors.isEmpty, r.fields.count == header.fields.count, r.fields[0].count == 2 else {
                throw CountryNamesError("\(path):\(r.start.line): expected a two-letter code and \(header.fields.count - 1) names")
            }
            for (language, name) in zip(header.fields.dropFirst(), r.fields.dropFirst()) where !name.isEmpty {
                table.names[language, default: [:]][r.fields[0].uppercased()] = name
            }
        }
        return table
    }
}

/// A country-names table that cannot be read.
package struct CountryNamesError: Error, CustomStringConvertible {
    package var description: String
    init(_ d: String) { description = d }
}
