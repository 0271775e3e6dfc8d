import PartnerData

/// The words of a map in one language, as one table: fonts, headings, captions, and the texts
/// made from numbers and names. Each language's table is in a file of its own.
struct Phrases: Sendable {
    /// Font families in fallback order, the language's own script first.
    var families: [String]
    /// BCP-47 tag for shaping (Chinese glyph forms, Thai line breaking).
    var languageTag: String
    /// The table's name columns a map label shows, one line each.
    var labelNames: [NameLanguage]
    /// Which basemap name key holds country names (nil: English from the table).
    var countryNameKey: String?
    /// Column headings of the partner table: city, country, year, distance.
    var tableHeaders: [String]
    var timelineHeading: String
    var continentHeading: String
    var relationHeading: String
    var yearHeading: String
    var yearNotKnown: String
    /// Caption of an inset that no named region holds.
    var detailCaption: String
    var sisterCity: String
    var friendlyExchangeCity: String
    var continents: [Continent: String]
    /// Thousands separator of distances.
    var thousands: Character
    var kilometres: @Sendable (_ digits: String, _ grouped: String) -> String
    var title: @Sendable (City) -> String
    /// Subtitle from the years' span ("1987–2024"), the partners and the continents.
    var subtitle: @Sendable (_ span: String?, _ partners: Int, _ continents: Int) -> String
    /// "3 beyond the map": partners a regional map reaches only by arcs off its edge.
    var beyondMap: @Sendable (Int) -> String
    /// The running count of an animation, e.g. "14 partner cities".
    var partnerCount: @Sendable (Int) -> String
    /// The credit line's parts, joined by " · ": the table (and whether rows give sources), the
    /// gazetteer, the basemap (nil: Natural Earth) and the projection.
    var credits: @Sendable (_ credits: MapCredits, _ projection: String) -> String

    static func of(_ language: LabelLanguage) -> Phrases {
        switch language {
        case .en: return .english
        case .zh: return .chinese
        case .zhEn: return .chineseAndEnglish
        case .vi: return .vietnamese
        case .th: return .thai
        }
    }

    /// The parts that are given, joined by a middle dot.
    static func dotted(_ parts: [String?]) -> String { parts.compactMap { $0 }.joined(separator: " · ") }
}
