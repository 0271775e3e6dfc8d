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

    /// Empty (unknown, nil), or a year from 1000 to `currentYear` written as four ASCII digits
    /// (`2012`), with a zero fraction (`2012.0`, as spreadsheets export numbers), or as the start
    /// of a date (`2012-09-05`, `2012/9/5`, `2012-09`, `2012.9.5`); for a sheet's number cell,
    /// also an Excel date serial (a number above 3000: days since 1899-12-30, or since 1904-01-01
    /// for a workbook on the 1904 date system).
    static func year(_ value: String, currentYear: Int, isNumber: Bool = false, date1904: Bool = false) -> Result<Int?, CellProblem> {
        yearAndDate(value, currentYear: currentYear, isNumber: isNumber, date1904: date1904).map { $0?.year }
    }

    /// The year, and the date as ISO 8601 (`2012-09-05`, `2012-09`) when the value gave more than the year.
    static func yearAndDate(_ value: String, currentYear: Int, isNumber: Bool = false,
                            date1904: Bool = false) -> Result<(year: Int, date: String?)?, CellProblem> {
        let expected = "(expected a year from 1000 to \(currentYear) such as 2012, a date such as 2012-09-05, or empty when unknown)"
        guard !value.isEmpty else { return .success(nil) }
        let found: (year: Int, date: String?)
        if isNumber, let serial = Double(value), serial > 3000 {
            guard serial < 2_958_466, let date = excelDate(serial: serial, date1904: date1904) else {
                return .failure(CellProblem(message: "year \(quoted(value)) is not a date Excel can hold \(expected)"))
            }
            found = (date.year, iso(date.year, date.month, date.day))
        } else if let parsed = parseYear(value) {
            found = parsed
        } else {
            return .failure(CellProblem(message: "year \(quoted(value)) is not 4 digits or a date \(expected)"))
        }
        guard found.year >= 1000 else { return .failure(CellProblem(message: "year \(value) is before 1000 \(expected)")) }
        guard found.year <= currentYear else {
            return .failure(CellProblem(message: "year \(value) is after \(currentYear) \(expected)"))
        }
        return .success(found)
    }

    /// `YYYY`, `YYYY.0…`, `YYYY-M[M][-D[D]]` with `-` or `/`, `YYYY.M[M].D[D]` (real months and days).
    private static func parseYear(_ value: String) -> (year: Int, date: String?)? {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count >= 4, scalars.prefix(4).allSatisfy(isASCIIDigit), let year = Int(String(String.UnicodeScalarView(scalars.prefix(4)))) else {
            return nil
        }
        let rest = scalars.dropFirst(4)
        if rest.isEmpty { return (year, nil) }
        if rest.first == ".", rest.count > 1, rest.dropFirst().allSatisfy({ $0 == "0" }) { return (year, nil) }
        guard let separator = rest.first, "-/.".unicodeScalars.contains(separator) else { return nil }
        let parts = String(String.UnicodeScalarView(rest.dropFirst())).split(separator: Character(separator), omittingEmptySubsequences: false)
        // `2012.5` is a number, not May: a date with dots has its day too (`2012.9.5`).
        guard (separator == "." ? 2...2 : 1...2).contains(parts.count),
              parts.allSatisfy({ (1...2).contains($0.count) && $0.unicodeScalars.allSatisfy(isASCIIDigit) }),
              let month = Int(parts[0]), (1...12).contains(month) else { return nil }
        guard parts.count == 2 else { return (year, iso(year, month, nil)) }
        guard let day = Int(parts[1]), (1...daysIn(month, of: year)).contains(day) else { return nil }
        return (year, iso(year, month, day))
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int?) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))" + (day.map { "-" + two($0) } ?? "")
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The calendar date of an Excel serial (its whole days; the time of day is dropped).
    static func excelDate(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0 else { return nil }
        // Days from 1970-01-01 of the epochs: 1899-12-30 (serials past 1900-02-28, Lotus's leap day
        // included) and 1904-01-01.
        let days = Int(serial.rounded(.down)) + (date1904 ? -24107 : -25569)
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The relation a cell names: its own name or an alias (`Relation.named`, in `TableAliases.swift`).
    static func relation(_ value: String) -> Result<Relation, CellProblem> {
        if let relation = Relation(rawValue: value) ?? Relation.named(value) { return .success(relation) }
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
