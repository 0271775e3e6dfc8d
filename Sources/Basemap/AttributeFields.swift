/// Which input attributes fill a feature's codes, continent and names: for each, field names tried in
/// order (matched exactly, else ignoring case), the first usable value winning.
///
/// A code is usable when it is exactly 2 (iso2) or 3 (iso3) ASCII letters, so placeholders such as
/// Natural Earth's "-99" or "CN-TW" fall through to the next field; other values when not empty.
package struct AttributeFields: Sendable, Equatable {
    package var iso2: [String]
    package var iso3: [String]
    package var continent: [String]
    /// Fields for each name language (keys such as "en", "zh", "vi", "ja", "ko").
    package var names: [String: [String]]

    package init(iso2: [String], iso3: [String], continent: [String], names: [String: [String]]) {
        self.iso2 = iso2
        self.iso3 = iso3
        self.continent = continent
        self.names = names
    }

    /// Natural Earth's columns, which also fit many other country files.
    package static let standard = AttributeFields(
        iso2: ["ISO_A2", "ISO_A2_EH", "ISO2"], iso3: ["ISO_A3", "ISO_A3_EH", "ISO3"], continent: ["CONTINENT"],
        names: ["en": ["NAME_EN", "NAME", "ADMIN"], "zh": ["NAME_ZH"], "vi": ["NAME_VI"], "ja": ["NAME_JA"], "ko": ["NAME_KO"]])

    /// Splits a comma-separated list of field names.
    package static func fieldList(_ option: String) -> [String] {
        option.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Applies a name-field option: `FIELD[,FIELD…]` for the English name, `LANG=FIELD[,FIELD…]` for another language.
    package mutating func setNameFields(_ option: String) throws {
        let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
        let language = parts.count == 2 ? parts[0].trimmingCharacters(in: .whitespaces).lowercased() : "en"
        let fields = AttributeFields.fieldList(parts.last ?? "")
        guard !language.isEmpty, language.allSatisfy({ $0.isLetter || $0 == "-" }), !fields.isEmpty else {
            throw BasemapError(file: "--name-field", "expected FIELD or LANG=FIELD (e.g. zh=NAME_ZH), got '\(option)'")
        }
        names[language] = fields
    }

    /// The actual field names in `file` for each list; when `strict`, a list that differs from the
    /// standard one must name at least one field the file has.
    func resolve(in file: SourceFile, strict: Bool) throws -> ResolvedFields {
        func resolve(_ list: [String], standard: [String]?, what: String) throws -> [String] {
            let found = list.compactMap(file.field(named:))
            if strict, found.isEmpty, !list.isEmpty, list != standard {
                throw BasemapError(file: file.path,
                    "no field \(list.joined(separator: " or ")) for \(what) (fields: \(file.fieldNames.joined(separator: ", ")))")
            }
            return found
        }
        let standard = AttributeFields.standard
        var names: [(String, [String])] = []
        for language in self.names.keys.sorted(by: AttributeFields.languageOrder) {
            names.append((language, try resolve(self.names[language]!, standard: standard.names[language], what: "\(language) names")))
        }
        return ResolvedFields(iso2: try resolve(iso2, standard: standard.iso2, what: "iso2"),
                              iso3: try resolve(iso3, standard: standard.iso3, what: "iso3"),
                              continent: try resolve(continent, standard: standard.continent, what: "continent"),
                              names: names)
    }

    /// Orders the basemap languages first, then the rest alphabetically.
    static func languageOrder(_ a: String, _ b: String) -> Bool {
        let ia = FeatureAttributes.languages.firstIndex(of: a) ?? Int.max
        let ib = FeatureAttributes.languages.firstIndex(of: b) ?? Int.max
        return ia != ib ? ia < ib : a < b
    }
}

/// Attribute lists resolved to the field names one file actually has.
struct ResolvedFields {
    var iso2: [String]
    var iso3: [String]
    var continent: [String]
    var names: [(language: String, fields: [String])]

    func attributes(of record: SourceRecord) -> FeatureAttributes {
        func first(_ fields: [String], _ usable: (String) -> Bool) -> String {
            fields.lazy.compactMap { record.properties[$0] }.first(where: usable) ?? ""
        }
        func code(length: Int) -> (String) -> Bool {
            { $0.count == length && $0.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } }
        }
        var result = FeatureAttributes(iso2: first(iso2, code(length: 2)).uppercased(),
                                       iso3: first(iso3, code(length: 3)).uppercased(),
                                       continent: first(continent) { !$0.isEmpty })
        for (language, fields) in names {
            let name = first(fields) { !$0.isEmpty }
            if !name.isEmpty { result.names[language] = name }
        }
        return result
    }
}
