import Foundation
import MapScene
import PartnerData

/// The poster's chart of agreements by year: one square per partner stacked in its year's
/// column, coloured like the map (for thousands, a bar a year split by colour), a line of the
/// running total, and partners with no known year in a group of their own at the end.
struct TimelineChart {
    let network: Network
    let text: MapText
    let theme: Theme
    let styler: PartnerStyler
    let measurer: TextMeasurer
    let unit: Double

    var headingFont: Font { text.font(9 * unit, bold: true) }
    var axisFont: Font { text.font(5.6 * unit) }
    var naturalHeight: Double { 62 * unit }

    func items(in box: Rect) -> [SceneItem] {
        guard let years = network.yearRange else { return [] }
        let first = years.lowerBound, last = years.upperBound
        let undated = network.partners.filter { $0.year == nil }
        var items: [SceneItem] = [.text(TextBlock(text: text.timelineHeading, font: headingFont, origin: Point(box.minX, box.minY), color: theme.text))]
        let top = box.minY + measurer.measure("Ag", font: headingFont, alignment: .left).height * 1.3
        let axisLabel = measurer.measure("0000", font: axisFont, alignment: .left)
        let axisY = box.maxY - axisLabel.height * 1.4
        // Squares small enough for the tallest year's stack to stay in the chart (thousands of
        // partners stacked hundreds high ran up over the map); smaller than a type unit, they
        // would only be a texture, and each year is a bar split by colour instead.
        let tallest = Dictionary(grouping: network.partners.compactMap(\.year), by: { $0 }).values.map(\.count).max() ?? 0
        func squareSize(_ slot: Double) -> Double { min(slot * 0.8, (axisY - top) / 7, (axisY - top) / (1.15 * Double(max(tallest, 1)))) }
        var undatedColumns = undated.isEmpty ? 0.0 : Double((undated.count + 3) / 4) + 1.5
        var slot = box.width / (Double(last - first + 1) + undatedColumns)
        let bars = squareSize(slot) < unit
        if bars {
            undatedColumns = undated.isEmpty ? 0 : 2.5
            slot = box.width / (Double(last - first + 1) + undatedColumns)
        }
        let square = squareSize(slot)
        func x(_ year: Double) -> Double { box.minX + (year - Double(first)) * slot }

        // Running total behind the squares, on its own scale up to the number of dated partners.
        let dated = network.partners.compactMap(\.year).sorted()
        if !dated.isEmpty {
            var path = Path()
            var count = 0
            path.move(to: Point(x(Double(first)), axisY))
            for y in first...last {
                count += dated.filter { $0 == y }.count
                let yy = axisY - (axisY - top) * Double(count) / Double(dated.count)
                path.line(to: Point(x(Double(y)), yy))
                path.line(to: Point(x(Double(y + 1)), yy))
            }
            items.append(.stroke(path, Stroke(color: theme.mutedText.withAlpha(0.5), width: max(0.6 * unit, 0.6), join: .miter)))
            let total = "\(dated.count)"
            items.append(.text(TextBlock(text: total, font: axisFont, origin: Point(x(Double(last + 1)) + unit, top - axisLabel.height / 2),
                                         color: theme.mutedText)))
        }
        if bars {
            // Under the running total, which the bars would hide.
            items.insert(contentsOf: barItems(axisY: axisY, height: axisY - top, slot: slot, undated: undated.count, centre: { x(Double($0) + 0.5) }),
                         at: 1)
        }
        var stacks: [Int: Int] = [:]
        for c in bars ? [] : network.partnersByYear {
            guard let y = c.year else { continue }
            let k = stacks[y, default: 0]
            stacks[y] = k + 1
            let r = Rect(x: x(Double(y) + 0.5) - square / 2, y: axisY - Double(k + 1) * square * 1.15, width: square, height: square)
            items.append(.fill(Path(rect: r), styler.color(c), .nonZero))
        }
        for (i, c) in (bars ? [] : undated).enumerated() {
            let col = i / 4, row = i % 4
            let cx = x(Double(last + 1)) + (1.5 + Double(col)) * slot
            let r = Rect(x: cx - square / 2, y: axisY - Double(row + 1) * square * 1.15, width: square, height: square)
            items.append(.fill(Path(rect: r), theme.neutral, .nonZero))
            items.append(.stroke(Path(rect: r), Stroke(color: styler.color(c), width: max(0.5 * unit, 0.6), join: .miter)))
        }
        items.append(.stroke(Path(polyline: [Point(box.minX, axisY), Point(x(Double(last + 1)), axisY)]),
                             Stroke(color: theme.mutedText, width: max(0.5 * unit, 0.5), cap: .butt)))
        let step = [1, 2, 5, 10, 20, 50].first { Double($0) * slot >= axisLabel.width * 1.6 } ?? 50
        var y = (first + step - 1) / step * step
        while y <= last {
            let px = x(Double(y) + 0.5)
            let w = measurer.measure("\(y)", font: axisFont, alignment: .left).width
            items.append(.text(TextBlock(text: "\(y)", font: axisFont, origin: Point(px - w / 2, axisY + axisLabel.height * 0.2), color: theme.mutedText)))
            y += step
        }
        if !undated.isEmpty {
            items.append(.text(TextBlock(text: text.yearNotKnown, font: axisFont,
                                         origin: Point(x(Double(last + 1)) + slot, axisY + axisLabel.height * 0.2), color: theme.mutedText)))
        }
        return items
    }

    /// A bar a year, as tall as its partners (the tallest year, or the undated group, filling
    /// `height`), split by the map's colours in one order for every year, the most common at
    /// the foot; the undated group one neutral bar after the last year.
    private func barItems(axisY: Double, height: Double, slot: Double, undated: Int, centre: (Int) -> Double) -> [SceneItem] {
        var colours: [Color] = [], counts: [Int: [Color: Int]] = [:]
        for c in network.partnersByYear {
            guard let y = c.year else { continue }
            let k = styler.color(c)
            if !colours.contains(k) { colours.append(k) }
            counts[y, default: [:]][k, default: 0] += 1
        }
        // The most common colour at the foot of every bar, as the legend lists them.
        let total = Dictionary(counts.values.flatMap { $0.map { ($0.key, $0.value) } }, uniquingKeysWith: +)
        colours = colours.enumerated().sorted { a, b in
            total[a.element]! != total[b.element]! ? total[a.element]! > total[b.element]! : a.offset < b.offset
        }.map(\.element)
        let most = max(undated, counts.values.map { $0.values.reduce(0, +) }.max() ?? 0, 1)
        let per = height / Double(most), width = slot * 0.6
        var items: [SceneItem] = []
        func bar(_ centre: Double, _ parts: [(Color, Int)]) {
            var bottom = axisY
            for (colour, n) in parts where n > 0 {
                items.append(.fill(Path(rect: Rect(x: centre - width / 2, y: bottom - Double(n) * per, width: width, height: Double(n) * per)),
                                   colour, .nonZero))
                bottom -= Double(n) * per
            }
        }
        for y in counts.keys.sorted() { bar(centre(y), colours.map { ($0, counts[y]![$0] ?? 0) }) }
        // The undated bar where the first column of undated squares would stand.
        if let last = counts.keys.max(), undated > 0 { bar(centre(last + 1) + slot, [(theme.neutral, undated)]) }
        return items
    }
}
