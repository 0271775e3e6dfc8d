/// How much a partner table may hold: far above any real network, low enough that a wrong or
/// hostile file is refused while it is read, before labels are placed or anything is drawn.
struct TableLimits: Sendable {
    /// File size: a wrong path (a disk image, /dev/zero) cannot exhaust memory. 64 MiB holds
    /// 100,000 rows as long as those of geodata/nanning.csv (about 520 bytes, sources included).
    var bytes = 64 << 20
    /// Data rows, the hub's included, header and blank lines not: real networks have tens to
    /// hundreds; a million short rows take about 20 s and 640 MB to read (release build, 2 cores),
    /// and a table past them is refused at its first extra row.
    var rows = 1_000_000
    /// Unicode scalars in a name cell: the longest city name in use, Bangkok's ceremonial one,
    /// is 144 in Thai script and 188 romanised; decomposed accents count one each.
    var nameScalars = 200
    /// Lines in a name cell: a label already stacks one line per language, so a name broken
    /// once or twice still fits by its marker; more is a pasted text, not a name.
    var nameLines = 3

    static let standard = TableLimits()
}
