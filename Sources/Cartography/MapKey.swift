import MapScene

/// The key of a map: the names that found no room by their markers, each numbered as its
/// marker is, in a boxed list that flows into as many columns as its height allows.
struct MapKey: Sendable {
    /// The list as laid out with its top-left corner at zero.
    private var columns: [(x: Double, lines: [(number: String, numberX: Double, name: String, y: Double)])]
    private var numberWidth: Double
    private var font: Font
    private var numberFont: Font
    private var theme: Theme
    private var sizing: Sizing
    /// The box's size, padding included.
    let size: Size

    /// The key of `labels` (their keyed ones, in number order), no taller than `maxHeight`; nil
    /// when none is keyed or the columns it needs are wider than `maxWidth`.
    init?(labels: [PlacedLabel], text: MapText, theme: Theme, sizing: Sizing, measurer: TextMeasurer, maxHeight: Double,
          maxWidth: Double = .infinity) {
        let entries = labels.compactMap { l in l.keyNumber.map { ($0, l.text.replacingOccurrences(of: "\n", with: " ")) } }
            .sorted { $0.0 < $1.0 }
        guard !entries.isEmpty else { return nil }
        let font = text.font(sizing.legendText), numberFont = text.font(sizing.legendText, bold: true)
        let pad = 4 * sizing.u, gap = 6 * sizing.u
        let numberWidth = measurer.measure("\(entries.last!.0)", font: numberFont, alignment: .left).width + 1.5 * sizing.u
        let lineHeight = measurer.measure("Hg", font: font, alignment: .left).height * 1.15
        let perColumn = max(1, Int(((maxHeight - 2 * pad) / lineHeight).rounded(.down)))
        var columns: [(x: Double, lines: [(number: String, numberX: Double, name: String, y: Double)])] = []
        var x = pad, widest = 0.0
        for start in stride(from: 0, to: entries.count, by: perColumn) {
            let slice = entries[start..<min(entries.count, start + perColumn)]
            let lines = slice.enumerated().map { k, e in
                let n = "\(e.0)"
                return (n, numberWidth - 1.5 * sizing.u - measurer.measure(n, font: numberFont, alignment: .left).width, e.1, pad + Double(k) * lineHeight)
            }
            columns.append((x, lines))
            let w = slice.map { measurer.measure($0.1, font: font, alignment: .left).width }.max() ?? 0
            x += numberWidth + w + gap
            widest = max(widest, Double(slice.count))
            // Each column is measured only while the key can still be narrow enough.
            if x - gap + pad > maxWidth { return nil }
        }
        self.columns = columns
        self.font = font; self.numberFont = numberFont; self.numberWidth = numberWidth
        self.theme = theme; self.sizing = sizing
        size = Size(x - gap + pad, 2 * pad + widest * lineHeight)
    }

    /// The key's box, list and numbers, with its top-left corner at `origin`.
    func items(at origin: Point) -> [SceneItem] {
        let frame = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height)
        var items: [SceneItem] = [
            .fill(Path(rect: frame), theme.panel, .nonZero),
            .stroke(Path(rect: frame), Stroke(color: theme.panelEdge, width: sizing.line(0.4), join: .miter)),
        ]
        for column in columns {
            for line in column.lines {
                let y = origin.y + line.y
                items.append(.text(TextBlock(text: line.number, font: numberFont, origin: Point(origin.x + column.x + line.numberX, y),
                                             color: theme.text)))
                items.append(.text(TextBlock(text: line.name, font: font, origin: Point(origin.x + column.x + numberWidth, y), color: theme.text)))
            }
        }
        return items
    }
}
