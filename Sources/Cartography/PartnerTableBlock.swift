import Foundation
import MapGeometry
import MapScene
import PartnerData

/// The poster's table of partners, in year order (unknown years last): a colour dot, the name in
/// the edition's language with the English name under it, country, year or "—", and distance
/// from the hub; in as many side-by-side columns of rows as the width allows. Long names and
/// countries wrap onto more lines rather than being cut; `scale` shrinks the type for big networks.
struct PartnerTableBlock {
    let network: Network
    let text: MapText
    let theme: Theme
    let styler: PartnerStyler
    let measurer: TextMeasurer
    let unit: Double
    /// Country names in the edition's language, by ISO code.
    let countryNames: [String: String]
    /// Type size as a share of the poster's (1: full size).
    var scale = 1.0
    /// The rows, in the order printed.
    private(set) var rows: [Row] = []
    /// The rows fitted to each width and scale asked about (a poster's layout asks often).
    private var fits = FitCache()

    init(network: Network, text: MapText, theme: Theme, styler: PartnerStyler, measurer: TextMeasurer, unit: Double,
         countryNames: [String: String]) {
        self.network = network; self.text = text; self.theme = theme; self.styler = styler; self.measurer = measurer
        self.unit = unit; self.countryNames = countryNames
        rows = makeRows()
    }

    /// The table of its last `count` rows only (those a page left over).
    func lastRows(_ count: Int) -> PartnerTableBlock {
        var block = self
        block.rows = Array(rows.suffix(count))
        block.fits = FitCache()
        return block
    }

    private var u: Double { unit * scale }
    var bodyFont: Font { text.font(7 * u) }
    var smallFont: Font { text.font(5.6 * u) }
    var headerFont: Font { text.font(6 * u, bold: true) }
    private var pad: Double { 3 * u }
    private var columnGap: Double { 10 * u }
    private var twoLines: Bool { text.language != .en }

    struct Row {
        var city: City
        var name: String
        var english: String?
        var country: String
        var year: String
        var distance: String
    }

    private func makeRows() -> [Row] {
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

    private var bodyLine: Double { measurer.measure("Ag", font: bodyFont, alignment: .left).height }
    private var smallLine: Double { measurer.measure("Ag", font: smallFont, alignment: .left).height }

    /// A row's height: its name's lines (and the English name's under them), or its country's
    /// if that wraps onto more, and room between rows.
    private func rowHeight(_ r: Row) -> Double {
        let name = Double(lines(r.name)) * bodyLine + Double(r.english.map(lines) ?? 0) * smallLine
        let country = Double(lines(r.country)) * bodyLine
        return max(name, country) + (twoLines ? 0.1 : 0.25) * bodyLine
    }

    private func lines(_ s: String) -> Int { s.split(separator: "\n", omittingEmptySubsequences: false).count }

    private var headerHeight: Double { measurer.measure("Ag", font: headerFont, alignment: .left).height * 1.6 }

    /// The width a column of rows is meant to take (in type units): three fit across a portrait
    /// page, four across a landscape one.
    static let nominalColumn = 240.0
    /// Widest a name or a country may be, as a share of a nominal column: longer ones wrap
    /// (a full official country name would otherwise take the table's width).
    static let nameShare = 0.4, countryShare = 0.22

    /// The rows fitted to a table `width` wide: over-long names wrapped, each row's height, the
    /// cells' widths and how many columns fit. Made once for each width and scale.
    private func fit(_ width: Double) -> Fit {
        fits.value(FitCache.Key(width: width, scale: scale)) {
            let column = width / max(1, (width / (Self.nominalColumn * u)).rounded(.down))
            let fitted = rows.map { r in
                var r = r
                r.name = wrapped(r.name, bodyFont, column * Self.nameShare)
                r.english = r.english.map { wrapped($0, smallFont, column * Self.nameShare) }
                r.country = wrapped(r.country, bodyFont, column * Self.countryShare)
                return r
            }
            let widths = cellWidths(fitted)
            let columns = max(1, min(fitted.count, Int((width + columnGap) / (columnWidth(widths) + columnGap))))
            return Fit(rows: fitted, heights: fitted.map(rowHeight), widths: widths, columns: columns)
        }
    }

    /// Rows with over-long names wrapped for a table `width` wide.
    func fittedRows(forWidth width: Double) -> [Row] { fit(width).rows }

    private func wrapped(_ s: String, _ font: Font, _ maxWidth: Double) -> String {
        TextFitting(measurer: measurer).wrapped(s, font, maxWidth)
    }

    /// Widths of the cells of one table column: dot, name, country, year, distance.
    private func cellWidths(_ rs: [Row]) -> [Double] {
        func widest(_ strings: [String], _ font: Font) -> Double { strings.map { measurer.measure($0, font: font, alignment: .left).width }.max() ?? 0 }
        let h = headers
        return [4 * u,
                max(widest(rs.map(\.name), bodyFont), widest(rs.compactMap(\.english), smallFont), widest([h[0]], headerFont)),
                max(widest(rs.map(\.country), bodyFont), widest([h[1]], headerFont)),
                max(widest(rs.map(\.year), bodyFont), widest([h[2]], headerFont)),
                max(widest(rs.map(\.distance), bodyFont), widest([h[3]], headerFont))]
    }

    private func columnWidth(_ widths: [Double]) -> Double { widths.reduce(0, +) + pad * Double(widths.count - 1) }

    var headers: [String] { text.tableHeaders }

    /// How many columns of rows fit `width`.
    func columns(forWidth width: Double) -> Int { fit(width).columns }

    /// The rows split into `k` columns of about equal height, in order.
    private func split(_ rs: [Row], heights: [Double], into k: Int) -> [ArraySlice<Row>] {
        let target = heights.reduce(0, +) / Double(k)
        var out: [ArraySlice<Row>] = []
        var start = 0, acc = 0.0
        for (i, h) in heights.enumerated() {
            if acc > 0, acc + h / 2 > target * Double(out.count + 1), out.count < k - 1 {
                out.append(rs[start..<i]); start = i
            }
            acc += h
        }
        out.append(rs[start..<rs.count])
        return out
    }

    func height(forWidth width: Double) -> Double {
        let f = fit(width)
        let tallest = split(f.rows, heights: f.heights, into: f.columns).map { part in part.indices.reduce(0) { $0 + f.heights[$1] } }.max() ?? 0
        return headerHeight + tallest
    }

    /// The rows of each column in `box`: split evenly when they all fit its height, else each
    /// column filled to the box's foot in order; and the rows left over, for which there is no room.
    func columnsOfRows(in box: Rect) -> (parts: [ArraySlice<Row>], left: [Row]) {
        let f = fit(box.width), k = f.columns, rs = f.rows
        if height(forWidth: box.width) <= box.height + 0.5 { return (split(rs, heights: f.heights, into: k), []) }
        var parts: [ArraySlice<Row>] = []
        var start = 0
        while parts.count < k, start < rs.count {
            var end = start, y = headerHeight
            while end < rs.count, y + f.heights[end] <= box.height + 0.5 { y += f.heights[end]; end += 1 }
            parts.append(rs[start..<end])
            start = end
        }
        return (parts, Array(rs[start...]))
    }

    func items(in box: Rect) -> [SceneItem] {
        let f = fit(box.width), k = f.columns
        let parts = columnsOfRows(in: box).parts
        let widths = f.widths
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
                                 Stroke(color: theme.panelEdge, width: max(0.4 * u, 0.5), cap: .butt)))
            var y = box.minY + headerHeight
            for row in col < parts.count ? parts[col] : [] {
                defer { y += rowHeight(row) }
                let body = measurer.measure("Ag", font: bodyFont, alignment: .left)
                items.append(.circle(center: Point(xs[0] + widths[0] / 2, y + body.baseline * 0.62), radius: 1.4 * u,
                                     fill: styler.color(row.city), stroke: nil))
                items.append(.text(TextBlock(text: row.name, font: bodyFont, origin: Point(xs[1], y), color: theme.text)))
                if let en = row.english {
                    items.append(.text(TextBlock(text: en, font: smallFont, origin: Point(xs[1], y + Double(lines(row.name)) * bodyLine * 0.95),
                                                 color: theme.mutedText)))
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

/// A table's rows fitted to one width at one type scale.
private struct Fit {
    let rows: [PartnerTableBlock.Row]
    let heights: [Double]
    let widths: [Double]
    let columns: Int
}

/// The fits a table has made, by width and scale; shared by the copies of one table.
private final class FitCache: @unchecked Sendable {
    struct Key: Hashable { let width: Double; let scale: Double }
    private let lock = NSLock()
    private var fits: [Key: Fit] = [:]

    func value(_ key: Key, make: () -> Fit) -> Fit {
        lock.lock()
        if let f = fits[key] { lock.unlock(); return f }
        lock.unlock()
        let f = make()
        lock.lock(); fits[key] = f; lock.unlock()
        return f
    }
}
