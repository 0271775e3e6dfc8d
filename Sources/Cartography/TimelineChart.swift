import Foundation
import MapScene
import PartnerData

/// The poster's chart of agreements by year: one square per partner stacked in its year's
/// column, coloured like the map, a line of the running total behind, and partners with no
/// known year in a group of their own at the end.
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
        let undatedColumns = undated.isEmpty ? 0.0 : Double((undated.count + 3) / 4) + 1.5
        let slot = box.width / (Double(last - first + 1) + undatedColumns)
        // Squares small enough for the tallest year's stack to stay in the chart (thousands of
        // partners stacked hundreds high ran up over the map).
        let tallest = Dictionary(grouping: network.partners.compactMap(\.year), by: { $0 }).values.map(\.count).max() ?? 0
        let square = min(slot * 0.8, (axisY - top) / 7, (axisY - top) / (1.15 * Double(max(tallest, 1))))
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
        var stacks: [Int: Int] = [:]
        for c in network.partnersByYear {
            guard let y = c.year else { continue }
            let k = stacks[y, default: 0]
            stacks[y] = k + 1
            let r = Rect(x: x(Double(y) + 0.5) - square / 2, y: axisY - Double(k + 1) * square * 1.15, width: square, height: square)
            items.append(.fill(Path(rect: r), styler.color(c), .nonZero))
        }
        for (i, c) in undated.enumerated() {
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
}
