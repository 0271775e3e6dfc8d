import MapScene

/// Where everything goes on a poster page: boxes for the title block, the main map, the insets,
/// the timeline, the partner table, the legend and the credits, inside even margins.
package struct PosterLayout: Sendable, Equatable {
    /// The whole page, bleed included.
    package var page: Rect
    /// The page as trimmed (the paper size).
    package var trim: Rect
    /// Everything printed stays inside this.
    package var content: Rect
    package var title: Rect
    package var map: Rect
    package var insets: [Rect]
    package var timeline: Rect
    package var table: Rect
    package var legend: Rect
    package var credits: Rect
    /// The main map's height as a share of its natural height (1: all it could use).
    package var mapShare: Double
    private var gap: Double

    /// Whether everything fits: the table ends above the credits, and the map has at least
    /// `mapShare` of its natural height.
    package func fits(mapShare least: Double) -> Bool {
        table.maxY + gap / 2 <= credits.minY && mapShare >= least
    }

    /// The table's box, cut short above the credits where the table needs more than the page has.
    package var tableRoom: Rect {
        Rect(x: table.minX, y: table.minY, width: table.width, height: max(0, min(table.height, credits.minY - gap / 2 - table.minY)))
    }

    /// Every box with a name, for checks and tests.
    package var boxes: [(String, Rect)] {
        [("title", title), ("map", map)] + insets.enumerated().map { ("inset \($0.offset + 1)", $0.element) }
            + [("timeline", timeline), ("table", table), ("legend", legend), ("credits", credits)]
    }

    /// Natural heights of what goes in, measured by the composer for the page's type sizes.
    package struct Needs: Sendable {
        package var title: Double
        /// Main map width / height.
        package var mapAspect: Double
        /// Inset width / height, one per inset.
        package var insetAspects: [Double]
        package var timeline: Double
        /// Table height for a given width (more columns of rows fit a wider box).
        package var tableHeight: @Sendable (Double) -> Double
        package var legend: Size
        package var credits: Double
        package init(title: Double, mapAspect: Double, insetAspects: [Double], timeline: Double,
                    tableHeight: @escaping @Sendable (Double) -> Double, legend: Size, credits: Double) {
            self.title = title; self.mapAspect = mapAspect; self.insetAspects = insetAspects; self.timeline = timeline
            self.tableHeight = tableHeight; self.legend = legend; self.credits = credits
        }
    }

    package static func == (a: PosterLayout, b: PosterLayout) -> Bool { a.boxes.map(\.1) == b.boxes.map(\.1) && a.page == b.page }

    /// Lays out a page of `paper` size (output units) with `bleed` around it; `gap` separates blocks.
    package static func make(paper: Size, bleed: Double, margin: Double, gap: Double, needs: Needs) -> PosterLayout {
        let page = Rect(x: 0, y: 0, width: paper.width + 2 * bleed, height: paper.height + 2 * bleed)
        let trim = Rect(x: bleed, y: bleed, width: paper.width, height: paper.height)
        let content = trim.insetBy(margin)
        return paper.width > paper.height
            ? landscape(page: page, trim: trim, content: content, gap: gap, needs: needs)
            : portrait(page: page, trim: trim, content: content, gap: gap, needs: needs)
    }

    /// Title; map across the width; insets side by side; timeline beside the legend; table across
    /// the width; credits.
    private static func portrait(page: Rect, trim: Rect, content c: Rect, gap: Double, needs n: Needs) -> PosterLayout {
        let lower = max(n.timeline, n.legend.height)
        let tableHeight = n.tableHeight(c.width)
        let insetCount = max(1, n.insetAspects.count)
        let insetWidth = (c.width - Double(insetCount - 1) * gap) / Double(insetCount)
        // An inset panel never takes more than a fifth of the page, however narrow its region
        // (a pair of towns would otherwise get a panel as tall as it is wide).
        let naturalInset = n.insetAspects.isEmpty ? 0 : min(c.height * 0.2, insetWidth / max(n.insetAspects.max()!, 0.8))
        let naturalMap = c.width / n.mapAspect
        let gaps = gap * Double(4 + (n.insetAspects.isEmpty ? 0 : 1))
        let fixed = n.title + lower + tableHeight + n.credits + gaps
        // Maps take what is left, never more than their natural height; the main map comes
        // first, the insets give way down to just over half their natural height.
        let room = max(0, c.height - fixed)
        let insetH = min(naturalInset, max(naturalInset * 0.55, room - naturalMap))
        let mapH = min(naturalMap, max(c.height * 0.25, room - insetH))
        var y = c.minY
        let title = Rect(x: c.minX, y: y, width: c.width, height: n.title); y += n.title + gap
        let mapW = min(c.width, mapH * n.mapAspect)
        let map = Rect(x: c.minX + (c.width - mapW) / 2, y: y, width: mapW, height: mapH); y += mapH + gap
        var insets: [Rect] = []
        for i in 0..<n.insetAspects.count {
            insets.append(Rect(x: c.minX + Double(i) * (insetWidth + gap), y: y, width: insetWidth, height: insetH))
        }
        if !insets.isEmpty { y += insetH + gap }
        return PosterLayout(page: page, trim: trim, content: c, title: title, map: map, insets: insets,
                            lowerBlocksAt: y, lower: lower, tableHeight: tableHeight, gap: gap, needs: n, mapShare: mapH / naturalMap)
    }

    /// Title; map on the left with the insets stacked at its right; timeline beside the legend;
    /// table across the width; credits.
    private static func landscape(page: Rect, trim: Rect, content c: Rect, gap: Double, needs n: Needs) -> PosterLayout {
        let sideWidth = n.insetAspects.isEmpty ? 0 : c.width * 0.3
        let mainWidth = c.width - (sideWidth > 0 ? sideWidth + gap : 0)
        let tableHeight = n.tableHeight(c.width)
        let lower = max(n.timeline, n.legend.height)
        let fixed = n.title + lower + tableHeight + n.credits + 4 * gap
        let room = max(0, c.height - fixed)
        let mapH = min(mainWidth / n.mapAspect, room)
        var y = c.minY
        let title = Rect(x: c.minX, y: y, width: c.width, height: n.title); y += n.title + gap
        let mapW = min(mainWidth, mapH * n.mapAspect)
        let map = Rect(x: c.minX + (mainWidth - mapW) / 2, y: y, width: mapW, height: mapH)
        var insets: [Rect] = []
        let count = n.insetAspects.count
        if count > 0 {
            let h = (mapH - Double(count - 1) * gap) / Double(count)
            for i in 0..<count {
                insets.append(Rect(x: c.maxX - sideWidth, y: y + Double(i) * (h + gap), width: sideWidth, height: h))
            }
        }
        y += mapH + gap
        return PosterLayout(page: page, trim: trim, content: c, title: title, map: map, insets: insets,
                            lowerBlocksAt: y, lower: lower, tableHeight: tableHeight, gap: gap, needs: n,
                            mapShare: mapH / (mainWidth / n.mapAspect))
    }

    /// Both orientations end alike: from `y` down, the timeline beside the legend (`lower` high),
    /// then the table across the width; the credits sit at the foot of the content box.
    private init(page: Rect, trim: Rect, content c: Rect, title: Rect, map: Rect, insets: [Rect],
                 lowerBlocksAt y: Double, lower: Double, tableHeight: Double, gap: Double, needs n: Needs, mapShare: Double) {
        self.gap = gap; self.mapShare = mapShare
        self.page = page; self.trim = trim; content = c; self.title = title; self.map = map; self.insets = insets
        timeline = Rect(x: c.minX, y: y, width: c.width - n.legend.width - gap, height: lower)
        legend = Rect(x: c.maxX - n.legend.width, y: y, width: n.legend.width, height: n.legend.height)
        table = Rect(x: c.minX, y: y + lower + gap, width: c.width, height: tableHeight)
        credits = Rect(x: c.minX, y: c.maxY - n.credits, width: c.width, height: n.credits)
    }
}
