/// A column the table format knows, by its own name; a header may also call it by an alias
/// (`TableColumn.named(_:)`, from the one table in `ColumnAliases.swift`).
enum TableColumn: String, CaseIterable, Sendable {
    case id
    case nameEN = "name_en"
    case country, iso2, lat, lon, relation, year
    case continent
    case nameZH = "name_zh"
    case nameVI = "name_vi"
    case nameTH = "name_th"
    /// A province, state or region: a hint for finding the city when it has no coordinates.
    case admin
    case date, source, confidence

    /// The columns every table must have, besides a name column; the others are optional
    /// (a row without coordinates, iso2 or continent is a row still to be geocoded; an id is made
    /// from the name when there is none).
    static let required: [TableColumn] = [.relation, .year]

    /// The city's name in each language; a table needs at least one of them.
    static let cityNames: [(NameLanguage, TableColumn)] = [(.en, .nameEN), (.zh, .nameZH), (.vi, .nameVI), (.th, .nameTH)]

    /// The names, which maps, posters and lists print: limited in length and lines.
    static let names: [TableColumn] = [.nameEN, .nameZH, .nameVI, .nameTH, .country, .admin]
    /// The other columns of free text, kept as given.
    static let notes: [TableColumn] = [.id, .date, .source, .confidence]
}
