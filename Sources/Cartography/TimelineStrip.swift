import Foundation
import MapScene
import PartnerData

/// The strip along the bottom of animation frames: an axis of years with one dot per agreement
/// (coloured like the map, stacked when several share a year; partners with no known year in a
/// group of their own), a cursor at the current moment, and the year and running count.
struct TimelineStrip {
    let box: Rect
    let plan: MapPlan
    let first: Int
    let last: Int
    let showsUndated: Bool
    /// Each partner's dot, or the years' columns when a year has more dots than the strip holds.
    private var marks: Marks = .dots([])

    private enum Marks {
        case dots([(City, Point)])
        /// A column for each year (and one for the undated), `unit` high a partner, split by
        /// colour in one order for all years.
        case columns([Column], unit: Double)
    }

    private struct Column {
        let x: Double
        let parts: [(color: Color, ids: [String])]
        var count: Int { parts.reduce(0) { $0 + $1.ids.count } }
    }

    init(box: Rect, plan: MapPlan, first: Int, last: Int, showsUndated: Bool) {
        self.box = box; self.plan = plan; self.first = first; self.last = last; self.showsUndated = showsUndated
        marks = makeMarks()
    }

    static func bandHeight(_ s: Sizing) -> Double { 38 * s.u }

    private var sizing: Sizing { plan.sizing }
    private var theme: Theme { plan.theme }
    private var counterWidth: Double { 150 * sizing.u }
    private var axisRect: Rect {
        Rect(x: box.minX, y: box.minY, width: box.width - counterWidth - 12 * sizing.u, height: box.height)
    }
    private var undatedSlots: Double { showsUndated ? 4 : 0 }
    private var slotWidth: Double { axisRect.width / (Double(last - first + 1) + undatedSlots) }
    private var axisY: Double { box.maxY - 14 * sizing.u }
    private var dot: Double { max(2.2 * sizing.u, 2) }

    /// The x of a moment on the axis (years; the undated group follows the last year).
    func x(_ time: Double) -> Double { axisRect.minX + (time - Double(first)) * slotWidth }

    private func dated(_ c: City) -> Bool { c.year.map { $0 >= first && $0 <= last } ?? false }

    /// How many dots a year's stack may hold: as many as reach no higher than the strip's top.
    private var stackCapacity: Int { max(1, Int(((axisY - box.minY - 2.6 * dot) / (2.4 * dot)).rounded(.down)) + 1) }

    /// Where each partner's dot sits; or, when a year (or the undated group, three dots high)
    /// has more dots than the strip holds, the columns.
    private func makeMarks() -> Marks {
        var byYear: [Int: [City]] = [:], undated: [City] = []
        for c in plan.network.partnersByYear {
            if let y = c.year, dated(c) { byYear[y, default: []].append(c) } else if c.year == nil && showsUndated { undated.append(c) }
        }
        let tallest = byYear.values.map(\.count).max() ?? 0
        if tallest <= stackCapacity && undated.count <= 3 * stackCapacity {
            var out: [(City, Point)] = []
            for y in byYear.keys.sorted() {
                for (k, c) in byYear[y]!.enumerated() {
                    out.append((c, Point(x(Double(y) + 0.5), axisY - dot * 1.6 - Double(k) * dot * 2.4)))
                }
            }
            for (i, c) in undated.enumerated() {
                let col = i / 3, row = i % 3
                out.append((c, Point(x(Double(last + 1) + 0.8 + Double(col) * 0.9), axisY - dot * 1.6 - Double(row) * dot * 2.4)))
            }
            return .dots(out)
        }
        // One order of colours for every column: as they first come in the years.
        var colours: [Color] = []
        for c in plan.network.partnersByYear where !colours.contains(plan.styler.color(c)) { colours.append(plan.styler.color(c)) }
        func column(_ x: Double, _ cities: [City], colour: ((City) -> Color)?) -> Column {
            let parts: [(color: Color, ids: [String])] = colour == nil
                ? [(theme.neutral, cities.map(\.id))]
                : colours.map { k in (k, cities.filter { plan.styler.color($0) == k }.map(\.id)) }.filter { !$0.ids.isEmpty }
            return Column(x: x, parts: parts)
        }
        var columns = byYear.keys.sorted().map { y in column(x(Double(y) + 0.5), byYear[y]!, colour: plan.styler.color) }
        if !undated.isEmpty { columns.append(column(x(Double(last + 1)) + slotWidth * 1.3, undated, colour: nil)) }
        let height = axisY - 0.6 * dot - box.minY
        return .columns(columns, unit: height / Double(max(1, columns.map(\.count).max() ?? 1)))
    }

    /// A column's bar from `bottom` up, `count` partners high.
    private func bar(_ column: Column, bottom: Double, count: Int, unit: Double) -> Path {
        let w = min(2 * dot, slotWidth * 0.8), h = Double(count) * unit
        return Path(rect: Rect(x: column.x - w / 2, y: bottom - h, width: w, height: h))
    }

    /// What never changes: axis, year labels, faint dots for every agreement.
    func staticItems() -> [SceneItem] {
        let text = plan.text
        var items: [SceneItem] = [
            .stroke(Path(polyline: [Point(x(Double(first)), axisY), Point(x(Double(last + 1)), axisY)]),
                    Stroke(color: theme.mutedText, width: sizing.line(0.6), cap: .butt)),
        ]
        let font = text.font(sizing.legendText)
        let labelWidth = plan.measurerWidth("0000", font)
        let step = [1, 2, 5, 10, 20, 50, 100].first { Double($0) * slotWidth >= labelWidth * 1.8 } ?? 100
        var y = (first + step - 1) / step * step
        while y <= last {
            let px = x(Double(y) + 0.5)
            items.append(.stroke(Path(polyline: [Point(px, axisY), Point(px, axisY + 2.5 * sizing.u)]),
                                 Stroke(color: theme.mutedText, width: sizing.line(0.6), cap: .butt)))
            let w = plan.measurerWidth("\(y)", font)
            items.append(.text(TextBlock(text: "\(y)", font: font, origin: Point(px - w / 2, axisY + 3 * sizing.u), color: theme.mutedText)))
            y += step
        }
        if showsUndated {
            let label = text.yearNotKnown
            items.append(.text(TextBlock(text: label, font: font, origin: Point(x(Double(last + 1)) + slotWidth * 0.4, axisY + 3 * sizing.u),
                                         color: theme.mutedText)))
        }
        let faint = theme.mutedText.withAlpha(0.18)
        switch marks {
        case .dots(let dots):
            for (_, p) in dots { items.append(.circle(center: p, radius: dot, fill: faint, stroke: nil)) }
        case .columns(let columns, let unit):
            for c in columns { items.append(.fill(bar(c, bottom: axisY - 0.6 * dot, count: c.count, unit: unit), faint, .nonZero)) }
        }
        return items
    }

    /// What a frame shows: the dots of partners that have joined, the cursor, the year and count.
    func frameItems(_ f: AnimationFrame, joined: Set<String>) -> [SceneItem] {
        var items: [SceneItem] = []
        switch marks {
        case .dots(let dots):
            for (c, p) in dots where joined.contains(c.id) {
                let colour = c.year == nil ? theme.neutral : plan.styler.color(c)
                items.append(.circle(center: p, radius: dot, fill: colour, stroke: nil))
            }
        case .columns(let columns, let unit):
            for column in columns {
                var bottom = axisY - 0.6 * dot
                for part in column.parts {
                    let n = part.ids.reduce(0) { $0 + (joined.contains($1) ? 1 : 0) }
                    guard n > 0 else { continue }
                    items.append(.fill(bar(column, bottom: bottom, count: n, unit: unit), part.color, .nonZero))
                    bottom -= Double(n) * unit
                }
            }
        }
        let cx = x(f.time)
        items.append(.stroke(Path(polyline: [Point(cx, box.minY + 2 * sizing.u), Point(cx, axisY)]),
                             Stroke(color: theme.text, width: sizing.line(1.2), cap: .butt)))
        // Year and count, right of the axis; each distinct text is a sprite.
        let yearText = f.year.map(String.init) ?? plan.text.yearNotKnown
        let countText = plan.text.partnerCount(joined.count)
        let yearFont = plan.text.font(f.year == nil ? sizing.subtitle : sizing.title * 1.3, bold: true)
        let countFont = plan.text.font(sizing.subtitle)
        let right = box.maxX
        let yw = plan.measurerWidth(yearText, yearFont), cw = plan.measurerWidth(countText, countFont)
        let yearBlock = TextBlock(text: yearText, font: yearFont, origin: Point(right - yw, box.minY), color: theme.text)
        let countBlock = TextBlock(text: countText, font: countFont, origin: Point(right - cw, box.minY + box.height * 0.62),
                                   color: theme.mutedText)
        for b in [yearBlock, countBlock] {
            let bounds = Rect(x: b.origin.x - 4, y: b.origin.y - 4, width: box.maxX - b.origin.x + 8, height: box.height * 0.62 + 8)
            items.append(.cached(key: "timeline:\(b.text):\(b.font.size)", bounds: bounds, [.text(b)]))
        }
        return items
    }
}

extension MapPlan {
    /// The advance width of a text in a font.
    func measurerWidth(_ s: String, _ font: Font) -> Double { measurer.measure(s, font: font, alignment: .left).width }
}
