/// Why one cell's value is not acceptable; the message ends with "(expected …)".
struct CellProblem: Error {
    var message: String
    /// Where in the value the problem lies, in Unicode scalars from its start; nil for the whole cell.
    var offset: Int? = nil
}

/// The rules for single cells, each taking a value already trimmed of surrounding spaces.
enum CellRules {
    /// A decimal number (optional sign, digits, optional fraction and exponent) that is finite and within ±`limit`.
    static func degrees(_ value: String, column: TableColumn, limit: Double) -> Result<Double, CellProblem> {
        let expected = "(expected decimal degrees from \(Int(-limit)) to \(Int(limit)))"
        guard !value.isEmpty else { return .failure(CellProblem(message: "empty \(column.rawValue) \(expected)")) }
        guard isDecimalNumber(value), let number = Double(value) else {
            return .failure(CellProblem(message: "\(column.rawValue) \(quoted(value)) is not a decimal number \(expected)"))
        }
        guard number.isFinite else {
            return .failure(CellProblem(message: "\(column.rawValue) \(quoted(value)) is too large to be a number \(expected)"))
        }
        guard abs(number) <= limit else {
            return .failure(CellProblem(message: "\(column.rawValue) \(quoted(value)) is out of range \(expected)"))
        }
        return .success(number)
    }

    /// Empty (unknown, nil) or exactly four ASCII digits from 1000 to `currentYear`.
    static func year(_ value: String, currentYear: Int) -> Result<Int?, CellProblem> {
        let expected = "(expected a year from 1000 to \(currentYear), or empty when unknown)"
        guard !value.isEmpty else { return .success(nil) }
        guard value.unicodeScalars.count == 4, value.unicodeScalars.allSatisfy(isASCIIDigit), let year = Int(value) else {
            return .failure(CellProblem(message: "year \(quoted(value)) is not 4 digits \(expected)"))
        }
        guard year >= 1000 else { return .failure(CellProblem(message: "year \(value) is before 1000 \(expected)")) }
        guard year <= currentYear else {
            return .failure(CellProblem(message: "year \(value) is after \(currentYear) \(expected)"))
        }
        return .success(year)
    }

    static func relation(_ value: String) -> Result<Relation, CellProblem> {
        if let relation = Relation(rawValue: value) { return .success(relation) }
        let expected = "(expected hub, sister or friendly-exchange)"
        let what = value.isEmpty ? "empty relation" : "unknown relation \(quoted(value))"
        return .failure(CellProblem(message: "\(what) \(expected)"))
    }

    /// Empty, or two ASCII letters, returned in upper case.
    static func iso2(_ value: String) -> Result<String, CellProblem> {
        let scalars = value.unicodeScalars
        guard value.isEmpty || (scalars.count == 2 && scalars.allSatisfy(isASCIILetter)) else {
            return .failure(CellProblem(message:
                "iso2 \(quoted(value)) is not two letters (expected an ISO 3166-1 alpha-2 code such as GM, or empty)"))
        }
        return .success(value.uppercased())
    }

    /// A continent name exactly as `Continent` spells it.
    static func continent(_ value: String) -> Result<Continent, CellProblem> {
        if let continent = Continent(rawValue: value) { return .success(continent) }
        return .failure(CellProblem(message: "unknown continent \(quoted(value)) (expected \(continentNames), or empty)"))
    }

    /// The continent of an iso2 code (already validated and upper-cased) when the continent cell is empty.
    static func derivedContinent(iso2: String) -> Result<Continent, CellProblem> {
        if let continent = CountryContinents.byISO2[iso2] { return .success(continent) }
        let why = iso2.isEmpty ? "iso2 is empty too" : "iso2 \(quoted(iso2)) is not a known country code"
        return .failure(CellProblem(message:
            "continent is empty and \(why), so it cannot be derived (expected \(continentNames), or a known iso2 code)"))
    }

    private static let continentNames = Continent.allCases.map(\.rawValue).joined(separator: ", ")

    /// `[+-]digits[.digits][(e|E)[+-]digits]`, also `.5` and `5.`; no `nan`, `inf` or hexadecimal.
    private static func isDecimalNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars
        func skipDigits() -> Int {
            let count = scalars.prefix(while: isASCIIDigit).count
            scalars = scalars.dropFirst(count)
            return count
        }
        if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
        var digits = skipDigits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            digits += skipDigits()
        }
        guard digits > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            guard skipDigits() > 0 else { return false }
        }
        return scalars.isEmpty
    }

    /// A value in double quotes for messages: control characters and quotes escaped, shortened when long.
    static func quoted(_ value: String) -> String {
        let limit = 40
        let escaped = value.unicodeScalars.prefix(limit).map { $0.escaped(asASCII: false) }.joined()
        return "\"" + escaped + (value.unicodeScalars.count > limit ? "…" : "") + "\""
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
