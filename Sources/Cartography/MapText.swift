import Foundation
import MapScene
import PartnerData

/// The words of a map in its language: title, subtitle, legend entries, credits; and the fonts
/// that show that language's script. The words themselves are in one table per language
/// (`Phrases`, in phrases/).
struct MapText {
    let language: LabelLanguage
    let phrases: Phrases

    init(language: LabelLanguage) {
        self.language = language
        phrases = Phrases.of(language)
    }

    /// Font families in fallback order, the language's own script first.
    var families: [String] { phrases.families }

    /// BCP-47 tag for shaping (Chinese glyph forms, Thai line breaking).
    var languageTag: String { phrases.languageTag }

    func font(_ size: Double, bold: Bool = false) -> Font {
        Font(families: families, size: size, bold: bold, language: languageTag)
    }

    /// A name without a parenthesised qualifier ("(Metropolitan Borough)"), which is left to tables and keys.
    private func short(_ s: String) -> String {
        guard let i = s.firstIndex(of: "("), i > s.startIndex else { return s }
        return s[..<i].trimmingCharacters(in: .whitespaces)
    }

    /// A city's map label: its name in each of the language's name columns, one line each,
    /// English where it has none.
    func label(_ c: City) -> String {
        let en = short(c.nameEN)
        var lines: [String] = []
        for lang in phrases.labelNames {
            if let name = lang == .en ? en : c.name(lang).map(short), !lines.contains(name) { lines.append(name) }
        }
        return lines.isEmpty ? en : lines.joined(separator: "\n")
    }

    /// A city's name for a table in `language` (the edition's by default): in full, as the table
    /// has it, qualifier included (a table has room for it, wrapped); English where the language has none.
    func tableName(_ c: City, in language: NameLanguage? = nil) -> String {
        c.name(language ?? phrases.labelNames[0]) ?? c.nameEN
    }

    var tableHeaders: [String] { phrases.tableHeaders }
    var timelineHeading: String { phrases.timelineHeading }
    var countryNameKey: String? { phrases.countryNameKey }
    var continentHeading: String { phrases.continentHeading }
    var relationHeading: String { phrases.relationHeading }
    var yearNotKnown: String { phrases.yearNotKnown }
    var yearHeading: String { phrases.yearHeading }

    /// An inset's caption: the ASEAN region, or a continent's name.
    func insetCaption(_ region: InsetRegion, continent: Continent?) -> String {
        if let named = region.name { return named.name(language) }
        return continent.map(self.continent) ?? phrases.detailCaption
    }

    func title(hub: City) -> String { phrases.title(hub) }

    /// How many partners lie beyond a regional map's edge.
    func beyondMap(_ n: Int) -> String { phrases.beyondMap(n) }

    func subtitle(partners: Int, continents: Int, years: ClosedRange<Int>?) -> String {
        phrases.subtitle(years.map { "\($0.lowerBound)–\($0.upperBound)" }, partners, continents)
    }

    func continent(_ c: Continent) -> String { phrases.continents[c] ?? c.rawValue }

    func relation(_ r: Relation) -> String {
        r == .friendlyExchange ? phrases.friendlyExchangeCity : phrases.sisterCity
    }

    /// The running count of an animation, e.g. "14 partner cities".
    func partnerCount(_ n: Int) -> String { phrases.partnerCount(n) }

    /// A distance ring's label, e.g. "2,000 km".
    func distance(kilometres km: Int) -> String {
        phrases.kilometres(String(km), groupedDigits(km, separator: String(phrases.thousands)))
    }

    /// The credit line: `spec`'s own when it gives one (`--credits`), else built from `credits`.
    func credits(_ credits: MapCredits, projection: String, replacement: String?) -> String {
        replacement ?? phrases.credits(credits, projection)
    }
}
