import MapScene
import PartnerData

/// The legend: what colours and line styles mean, listing only what the map shows.
struct Legend {
    enum Row {
        case heading(String)
        /// A line swatch (colour, dash, width) and its text.
        case line(Color, [Double], Double, String)
        /// A colour bar from the first to the last year.
        case colorBar(ClosedRange<Int>, [Color])
    }

    let rows: [Row]
    let text: MapText
    let theme: Theme
    let sizing: Sizing
    let measurer: TextMeasurer

    /// The legend for a network under a styler's scheme, in the map's language; a continent's
    /// count says how many of its partners lie `beyond` the map (reached by arcs off its edge).
    init(network: Network, styler: PartnerStyler, text: MapText, theme: Theme, sizing: Sizing, measurer: TextMeasurer,
         beyond: Set<String> = []) {
        self.text = text; self.theme = theme; self.sizing = sizing; self.measurer = measurer
        var rows: [Row] = []
        let partners = network.partners
        let w = sizing.arcWidth * 1.4
        switch styler.scheme {
        case .continent:
            rows.append(.heading(text.continentHeading))
            var counts: [Continent: Int] = [:], away: [Continent: Int] = [:]
            for p in partners {
                counts[p.continent, default: 0] += 1
                if beyond.contains(p.id) { away[p.continent, default: 0] += 1 }
            }
            for c in counts.keys.sorted(by: { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }) {
                let sample = City(id: "", names: [:], country: "", iso2: "", continent: c, lat: 0, lon: 0, relation: .sister, year: nil)
                let note = away[c].map { " (\(text.beyondMap($0)))" } ?? ""
                rows.append(.line(styler.color(sample), styler.dash(sample), w, "\(text.continent(c))  \(counts[c]!)\(note)"))
            }
        case .year:
            if let r = styler.years {
                rows.append(.heading(text.yearHeading))
                let colors = (0...16).map { k -> Color in
                    let year = r.lowerBound + Int((Double(r.upperBound - r.lowerBound) * Double(k) / 16).rounded())
                    let s = City(id: "", names: [:], country: "", iso2: "", continent: .asia, lat: 0, lon: 0, relation: .sister, year: year)
                    return styler.color(s)
                }
                rows.append(.colorBar(r, colors))
            }
            if partners.contains(where: { $0.year == nil }) {
                rows.append(.line(theme.neutral, [], w, text.yearNotKnown))
            }
        case .relation:
            break
        }
        let relations = Set(partners.map(\.relation))
        if !relations.subtracting([.hub]).isEmpty { rows.append(.heading(text.relationHeading)) }
        for rel in [Relation.sister, .friendlyExchange] where relations.contains(rel) {
            // A swatch in the text colour shows only the line style a tie gets in this scheme.
            let s = City(id: "", names: [:], country: "", iso2: "", continent: .asia, lat: 0, lon: 0, relation: rel, year: 2000)
            let color = styler.scheme == .relation ? styler.color(s) : theme.text
            let dash = styler.scheme == .continent && theme.greyscale ? [] : styler.dash(s)
            rows.append(.line(color, dash, styler.width(s) * 1.4, text.relation(rel)))
        }
        self.rows = rows
    }

    private var font: Font { text.font(sizing.legendText) }
    private var headingFont: Font { text.font(sizing.legendText, bold: true) }
    private var padding: Double { 6 * sizing.u }
    private var swatch: Double { 16 * sizing.u }
    private var gap: Double { 5 * sizing.u }
    private var barHeight: Double { 6 * sizing.u }

    private func rowHeight(_ row: Row) -> Double {
        switch row {
        case .heading(let s): return measurer.measure(s, font: headingFont, alignment: .left).height
        case .line(_, _, _, let s): return measurer.measure(s, font: font, alignment: .left).height
        case .colorBar: return barHeight + measurer.measure("0123456789", font: font, alignment: .left).height + sizing.u
        }
    }

    private func rowWidth(_ row: Row) -> Double {
        switch row {
        case .heading(let s): return measurer.measure(s, font: headingFont, alignment: .left).width
        case .line(_, _, _, let s): return swatch + gap + measurer.measure(s, font: font, alignment: .left).width
        case .colorBar: return max(swatch * 5, measurer.measure("0000 – 0000", font: font, alignment: .left).width)
        }
    }

    /// The legend's outer size.
    var size: Size {
        guard !rows.isEmpty else { return Size(0, 0) }
        let w = rows.map(rowWidth).max()! + 2 * padding
        let h = rows.map(rowHeight).reduce(0, +) + 2 * padding + Double(rows.count - 1) * sizing.u * 2
        return Size(w, h)
    }

    /// The legend's items with its top-left corner at `origin`.
    func items(at origin: Point) -> [SceneItem] {
        guard !rows.isEmpty else { return [] }
        let s = size
        var items: [SceneItem] = [
            .fill(Path(rect: Rect(x: origin.x, y: origin.y, width: s.width, height: s.height)), theme.panel, .nonZero),
            .stroke(Path(rect: Rect(x: origin.x, y: origin.y, width: s.width, height: s.height)),
                    Stroke(color: theme.panelEdge, width: sizing.line(0.4), join: .miter)),
        ]
        var y = origin.y + padding
        let x = origin.x + padding
        for row in rows {
            let h = rowHeight(row)
            switch row {
            case .heading(let t):
                items.append(.text(TextBlock(text: t, font: headingFont, origin: Point(x, y), color: theme.text)))
            case let .line(color, dash, width, t):
                let mid = y + h / 2
                items.append(.stroke(Path(polyline: [Point(x, mid), Point(x + swatch, mid)]),
                                     Stroke(color: color, width: width, dash: dash, cap: .butt)))
                items.append(.text(TextBlock(text: t, font: font, origin: Point(x + swatch + gap, y), color: theme.text)))
            case let .colorBar(range, colors):
                let barW = s.width - 2 * padding
                let n = colors.count
                for (k, c) in colors.enumerated() {
                    let x0 = x + barW * Double(k) / Double(n), x1 = x + barW * Double(k + 1) / Double(n)
                    items.append(.fill(Path(rect: Rect(x: x0, y: y, width: x1 - x0 + 0.3, height: barHeight)), c, .nonZero))
                }
                let ty = y + barHeight + sizing.u
                items.append(.text(TextBlock(text: "\(range.lowerBound)", font: font, origin: Point(x, ty), color: theme.text)))
                let last = "\(range.upperBound)"
                let lw = measurer.measure(last, font: font, alignment: .left).width
                items.append(.text(TextBlock(text: last, font: font, origin: Point(x + barW - lw, ty), color: theme.text)))
            }
            y += h + sizing.u * 2
        }
        return items
    }
}
