/// A column the table format knows, named as in the header row.
enum TableColumn: String, CaseIterable, Sendable {
    case id
    case nameEN = "name_en"
    case country, iso2, lat, lon, relation, year
    case continent
    case nameZH = "name_zh"
    case nameVI = "name_vi"
    case nameTH = "name_th"
    case date, source, confidence

    /// The columns every table must have; the others are optional.
    static let required: [TableColumn] = [.id, .nameEN, .country, .iso2, .lat, .lon, .relation, .year]

    /// The names, which maps, posters and lists print: limited in length and lines.
    static let names: [TableColumn] = [.nameEN, .nameZH, .nameVI, .nameTH, .country]
    /// The other columns of free text, kept as given.
    static let notes: [TableColumn] = [.id, .date, .source, .confidence]
}
