import Foundation
import MapGeometry
import MapScene
import PartnerData

/// The poster's table of partners, in year order (unknown years last): a colour dot, the name in
/// the edition's language with the English name under it, country, year or "—", and distance
/// from the hub; in as many side-by-side columns of rows as the width allows.
struct PartnerTableBlock {
    let network: Network
    let text: MapText
    let theme: Theme
    let styler: PartnerStyler
    let measurer: TextMeasurer
    let unit: Double
    /// Country names in the edition's language, by ISO code.
    let countryNames: [String: String]

    var bodyFont: Font { text.font(7 * unit) }
    var smallFont: Font { text.font(5.6 * unit) }
    var headerFont: Font { text.font(6 * unit, bold: true) }
    private var pad: Double { 3 * unit }
    private var columnGap: Double { 10 * unit }
    private var twoLines: Bool { text.language != .en }

    struct Row {
        var city: City
        var name: String
        var english: String?
        var country: String
        var year: String
        var distance: String
    }

    var rows: [Row] {
        let hub = LonLat(network.hub)
        return network.partnersByYear.map { c in
            let km = Int((Geodesic.wgs84.inverse(hub, LonLat(c)).distance / 1000).rounded())
            let name = text.tableName(c)
            let english = text.tableName(c, in: .en)
            return Row(city: c, name: name, english: twoLines && english != name ? english : nil,
                       country: countryNames[c.iso2] ?? c.country, year: c.year.map(String.init) ?? "—",
                       distance: text.distance(kilometres: km))
        }
    }

    private var rowHeight: Double {
        let body = measurer.measure("Ag", font: bodyFont, alignment: .left).height
        return twoLines ? body + measurer.measure("Ag", font: smallFont, alignment: .left).height : body * 1.25
    }

    private var headerHeight: Double { measurer.measure("Ag", font: headerFont, alignment: .left).height * 1.6 }

    /// The width a column of rows is meant to take (in type units): three fit across a portrait
    /// page, four across a landscape one.
    static let nominalColumn = 240.0
    /// Widest a name or a country may be, as a share of a nominal column: longer ones end in "…"
    /// (a full official country name would otherwise take the table's width).
    static let nameShare = 0.4, countryShare = 0.22

    /// Rows with over-long names shortened for a table `width` wide.
    func fittedRows(forWidth width: Double) -> [Row] {
        let column = width / max(1, (width / (Self.nominalColumn * unit)).rounded(.down))
        return rows.map { r in
            var r = r
            r.name = fitted(r.name, bodyFont, column * Self.nameShare)
            r.english = r.english.map { fitted($0, smallFont, column * Self.nameShare) }
            r.country = fitted(r.country, bodyFont, column * Self.countryShare)
            return r
        }
    }

    /// `s`, cut short with "…" if wider than `maxWidth` in `font`.
    private func fitted(_ s: String, _ font: Font, _ maxWidth: Double) -> String {
        func width(_ t: String) -> Double { measurer.measure(t, font: font, alignment: .left).width }
        guard width(s) > maxWidth else { return s }
        var chars = Array(s)
        while chars.count > 1 && width(String(chars) + "…") > maxWidth { chars.removeLast() }
        return String(chars).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Widths of the cells of one table column: dot, name, country, year, distance.
    private func cellWidths(_ rs: [Row]) -> [Double] {
        func widest(_ strings: [String], _ font: Font) -> Double { strings.map { measurer.measure($0, font: font, alignment: .left).width }.max() ?? 0 }
        let h = headers
        return [4 * unit,
                max(widest(rs.map(\.name), bodyFont), widest(rs.compactMap(\.english), smallFont), widest([h[0]], headerFont)),
                max(widest(rs.map(\.country), bodyFont), widest([h[1]], headerFont)),
                max(widest(rs.map(\.year), bodyFont), widest([h[2]], headerFont)),
                max(widest(rs.map(\.distance), bodyFont), widest([h[3]], headerFont))]
    }

    private func columnWidth(_ widths: [Double]) -> Double { widths.reduce(0, +) + pad * Double(widths.count - 1) }

    var headers: [String] { text.tableHeaders }

    /// How many columns of rows fit `width`.
    func columns(forWidth width: Double) -> Int {
        let w = columnWidth(cellWidths(fittedRows(forWidth: width)))
        return max(1, min(rows.count, Int((width + columnGap) / (w + columnGap))))
    }

    func height(forWidth width: Double) -> Double {
        let k = columns(forWidth: width)
        let perColumn = (rows.count + k - 1) / k
        return headerHeight + Double(perColumn) * rowHeight
    }

    func items(in box: Rect) -> [SceneItem] {
        let k = columns(forWidth: box.width)
        let rs = fittedRows(forWidth: box.width)
        let perColumn = (rs.count + k - 1) / k
        let widths = cellWidths(rs)
        let columnWidth = columnWidth(widths)
        let spare = (box.width - Double(k) * columnWidth - Double(k - 1) * columnGap) / Double(k)
        var items: [SceneItem] = []
        for col in 0..<k {
            let x0 = box.minX + Double(col) * (columnWidth + spare + columnGap)
            var xs: [Double] = []
            var x = x0
            for w in widths { xs.append(x); x += w + pad }
            // Numbers right-aligned, text left-aligned.
            for (i, h) in headers.enumerated() {
                let cell = i + 1
                let w = measurer.measure(h, font: headerFont, alignment: .left).width
                let hx = cell >= 3 ? xs[cell] + widths[cell] - w : xs[cell]
                items.append(.text(TextBlock(text: h, font: headerFont, origin: Point(hx, box.minY), color: theme.mutedText)))
            }
            let lineY = box.minY + headerHeight * 0.8
            items.append(.stroke(Path(polyline: [Point(x0, lineY), Point(x0 + columnWidth + spare, lineY)]),
                                 Stroke(color: theme.panelEdge, width: max(0.4 * unit, 0.5), cap: .butt)))
            for (r, row) in rs[min(rs.count, col * perColumn)..<min(rs.count, (col + 1) * perColumn)].enumerated() {
                let y = box.minY + headerHeight + Double(r) * rowHeight
                let body = measurer.measure("Ag", font: bodyFont, alignment: .left)
                items.append(.circle(center: Point(xs[0] + widths[0] / 2, y + body.baseline * 0.62), radius: 1.4 * unit,
                                     fill: styler.color(row.city), stroke: nil))
                items.append(.text(TextBlock(text: row.name, font: bodyFont, origin: Point(xs[1], y), color: theme.text)))
                if let en = row.english {
                    items.append(.text(TextBlock(text: en, font: smallFont, origin: Point(xs[1], y + body.height * 0.95), color: theme.mutedText)))
                }
                items.append(.text(TextBlock(text: row.country, font: bodyFont, origin: Point(xs[2], y), color: theme.text)))
                for (cell, s) in [(3, row.year), (4, row.distance)] {
                    let w = measurer.measure(s, font: bodyFont, alignment: .left).width
                    items.append(.text(TextBlock(text: s, font: bodyFont, origin: Point(xs[cell] + widths[cell] - w, y), color: theme.text)))
                }
            }
        }
        return items
    }
}
