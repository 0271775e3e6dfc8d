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

    /// Where each partner's dot sits.
    private func dotCenters() -> [(City, Point)] {
        var stack: [Int: Int] = [:]
        var out: [(City, Point)] = []
        var undatedIndex = 0
        for c in plan.network.partnersByYear {
            if let y = c.year, dated(c) {
                let k = stack[y, default: 0]
                stack[y] = k + 1
                out.append((c, Point(x(Double(y) + 0.5), axisY - dot * 1.6 - Double(k) * dot * 2.4)))
            } else if c.year == nil && showsUndated {
                let col = undatedIndex / 3, row = undatedIndex % 3
                undatedIndex += 1
                out.append((c, Point(x(Double(last + 1) + 0.8 + Double(col) * 0.9), axisY - dot * 1.6 - Double(row) * dot * 2.4)))
            }
        }
        return out
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
        for (_, p) in dotCenters() {
            items.append(.circle(center: p, radius: dot, fill: theme.mutedText.withAlpha(0.18), stroke: nil))
        }
        return items
    }

    /// What a frame shows: the dots of partners that have joined, the cursor, the year and count.
    func frameItems(_ f: AnimationFrame, joined: Set<String>) -> [SceneItem] {
        var items: [SceneItem] = []
        for (c, p) in dotCenters() where joined.contains(c.id) {
            let colour = c.year == nil ? theme.neutral : plan.styler.color(c)
            items.append(.circle(center: p, radius: dot, fill: colour, stroke: nil))
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
