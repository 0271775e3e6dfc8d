import MapScene

/// Places the title, credits, insets and legend on the map, keeping them apart and putting the
/// movable ones (insets, legend) where they hide the least of the map.
struct OverlayLayout {
    let frame: Rect
    let sizing: Sizing
    let measurer: TextMeasurer
    let text: MapText
    let theme: Theme
    /// Boxes taken so far (title, credits, insets, legend), which labels must also avoid.
    private(set) var occupied: [Rect] = []

    let titleSize: Double
    /// The area the map draws in (its sphere outline, clipped to the frame); nil: everywhere.
    let mapArea: Path?

    init(frame: Rect, sizing: Sizing, measurer: TextMeasurer, text: MapText, theme: Theme, titleSize: Double = 16,
         mapArea: Path? = nil) {
        self.frame = frame; self.sizing = sizing; self.measurer = measurer; self.text = text; self.theme = theme
        self.titleSize = titleSize; self.mapArea = mapArea
    }

    private var halo: Halo { Halo(color: theme.halo, width: sizing.halo) }

    /// The halo for text whose box (halo included) is `box`: none where the box lies off the
    /// map, on the plain background, where a halo has nothing to keep the text apart from. The
    /// box keeps the halo's room either way, so the layout does not depend on it.
    private func halo(over box: Rect) -> Halo? {
        guard let area = mapArea, !area.isEmpty else { return halo }
        return area.fillIntersects(box) ? halo : nil
    }

    /// Title and subtitle in the top-left corner; a long one shrinks a little, then wraps, to
    /// stay within the frame.
    mutating func titleBlock(title: String, subtitle: String) -> (blocks: [TextBlock], box: Rect?) {
        var blocks: [TextBlock] = []
        var box: Rect?
        var y = frame.minY
        let fitting = TextFitting(measurer: measurer), room = frame.width - 2 * halo.width - 2
        let titleSize = sizing.title(self.titleSize), subtitleSize = sizing.subtitle
        let fittedTitle = fitting.fitted(title, maxWidth: room, largest: titleSize, least: max(sizing.minText, titleSize * 0.7)) {
            text.font($0, bold: true)
        }
        let fittedSubtitle = fitting.fitted(subtitle, maxWidth: room, largest: subtitleSize, least: max(sizing.minText, subtitleSize * 0.8)) {
            text.font($0)
        }
        for (s, font, color) in [(fittedTitle.text, fittedTitle.font, theme.text),
                                 (fittedSubtitle.text, fittedSubtitle.font, theme.mutedText)] where !s.isEmpty {
            let m = measurer.measure(s, font: font, alignment: .left)
            let inked = Rect(x: frame.minX + m.ink.minX - halo.width - 1, y: y + m.ink.minY - halo.width - 1,
                             width: m.ink.width + 2 * halo.width + 2, height: m.ink.height + 2 * halo.width + 2)
            blocks.append(TextBlock(text: s, font: font, origin: Point(frame.minX, y), color: color, halo: halo(over: inked)))
            let r = inked.union(Rect(x: frame.minX, y: y, width: m.width, height: m.height))
            box = box.map { $0.union(r) } ?? r
            y += m.height + sizing.u
        }
        if let b = box { occupied.append(b) }
        return (blocks, box)
    }

    /// The credit line in the bottom-right corner, broken at " · " when wider than half the frame.
    mutating func creditBlocks(_ line: String) -> (blocks: [TextBlock], box: Rect?) {
        let font = text.font(sizing.credits)
        var lines: [String] = []
        var current = ""
        for part in line.components(separatedBy: " · ") {
            let candidate = current.isEmpty ? part : current + " · " + part
            if !current.isEmpty && measurer.measure(candidate, font: font, alignment: .right).width > frame.width * 0.5 {
                lines.append(current)
                current = part
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        let joined = lines.joined(separator: "\n")
        let m = measurer.measure(joined, font: font, alignment: .right)
        let origin = Point(frame.maxX - m.width, frame.maxY - m.height)
        let box = Rect(x: origin.x + m.ink.minX - halo.width - 1, y: origin.y + m.ink.minY - halo.width - 1,
                       width: m.ink.width + 2 * halo.width + 2, height: m.ink.height + 2 * halo.width + 2)
        let block = TextBlock(text: joined, font: font, origin: origin, color: theme.mutedText, halo: halo(over: box), alignment: .right)
        occupied.append(box)
        return ([block], box)
    }

    /// Whether a box of `size` fits in the frame with a gap all round (then `place` finds it a
    /// spot, overlapping others if need be).
    func fits(_ size: Size) -> Bool {
        let gap = 4 * sizing.u
        return size.width + 2 * gap < frame.width && size.height + 2 * gap < frame.height
    }

    /// The best free spot in the frame for a box of `size`: least coverage hidden, clear of every
    /// occupied box and of `avoid` (e.g. an inset's own region), preferring the frame's edges.
    /// With `accept`, only spots it accepts are taken; unless `overlapping`, only spots clear of
    /// every occupied box (a corner chosen by hand is taken whatever it covers).
    mutating func place(_ size: Size, coverage: CoverageGrid, avoid: [Rect] = [], fixed: InsetPosition = .auto,
                        overlapping: Bool = false, accept: (Rect) -> Bool = { _ in true }) -> Rect? {
        guard let chosen = spot(size, coverage: coverage, avoid: avoid, fixed: fixed, overlapping: overlapping, accept: accept) else { return nil }
        take(chosen.rect)
        return chosen.rect
    }

    /// Marks a box as taken.
    mutating func take(_ r: Rect) { occupied.append(r) }

    /// The spot `place` would take, and what it costs (the coverage it hides), without taking it.
    func spot(_ size: Size, coverage: CoverageGrid, avoid: [Rect] = [], fixed: InsetPosition = .auto,
              overlapping: Bool = false, accept: (Rect) -> Bool = { _ in true }) -> (cost: Double, rect: Rect)? {
        guard fits(size) else { return nil }
        let gap = 4 * sizing.u
        let x0 = frame.minX + gap, x1 = frame.maxX - size.width - gap
        let y0 = frame.minY + gap, y1 = frame.maxY - size.height - gap
        var candidates: [Point] = []
        switch fixed {
        case .topLeft: candidates = [Point(x0, y0)]
        case .topRight: candidates = [Point(x1, y0)]
        case .bottomLeft: candidates = [Point(x0, y1)]
        case .bottomRight: candidates = [Point(x1, y1)]
        case .auto:
            let nx = 16, ny = 10
            for i in 0...nx { for j in 0...ny {
                candidates.append(Point(x0 + (x1 - x0) * Double(i) / Double(nx), y0 + (y1 - y0) * Double(j) / Double(ny)))
            } }
        }
        var best: (Double, Rect)?
        for c in candidates {
            let r = Rect(x: c.x, y: c.y, width: size.width, height: size.height)
            let padded = r.insetBy(-gap)
            let blocked = occupied.filter { $0.intersects(padded) }
            guard overlapping || fixed != .auto || blocked.isEmpty, accept(r) else { continue }
            var cost = coverage.cost(of: r)
            for o in blocked { cost += 1e9 * (1 + o.overlapArea(padded)) }
            for o in avoid where o.intersects(padded) { cost += 1e9 * (1 + o.overlapArea(padded)) }
            // Slight preference for hugging an edge of the frame.
            let edgeDistance = min(r.minX - x0, x1 - r.minX, r.minY - y0, y1 - r.minY)
            cost += edgeDistance / frame.width * 0.5
            if best == nil || cost < best!.0 { best = (cost, r) }
        }
        return best.map { (cost: $0.0, rect: $0.1) }
    }

    /// The legend's place: a corner-hugging spot that hides least.
    mutating func placeLegend(size: Size, coverage: CoverageGrid) -> Rect? {
        guard size.width > 0 else { return nil }
        return place(size, coverage: coverage) ?? place(size, coverage: coverage, overlapping: true)
    }
}

import Foundation
