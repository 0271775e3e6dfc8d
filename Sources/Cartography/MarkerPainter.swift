import MapScene
import PartnerData

/// City markers: partners as small dots in their colour, the hub as a larger ringed dot on top.
struct MarkerPainter {
    let styler: PartnerStyler
    let theme: Theme
    let sizing: Sizing

    /// Each marker tagged with its city.
    func items(hub: (City, Point)?, partners: [(City, Point)]) -> [SceneItem] {
        let edge = Stroke(color: theme.name == .dark ? theme.background : .white, width: max(0.5 * sizing.u, 0.6))
        var items: [SceneItem] = partners.map { c, p in
            .tagged(ItemTag(.city, id: c.id, year: c.year),
                    [.circle(center: p, radius: sizing.partnerRadius, fill: styler.color(c), stroke: edge)])
        }
        if let (c, h) = hub {
            items.append(.tagged(ItemTag(.city, id: c.id, year: c.year), [
                .circle(center: h, radius: sizing.hubRadius, fill: theme.hub,
                        stroke: Stroke(color: theme.name == .dark ? theme.background : .white, width: max(1.2 * sizing.u, 1))),
                .circle(center: h, radius: sizing.hubRadius * 0.42, fill: theme.name == .dark ? theme.background : .white, stroke: nil),
            ]))
        }
        return items
    }

    /// A cluster's disc, in the text's colour on the background's, with the count of its
    /// members shown (in bold, centred by its ink).
    /// A cluster's disc with its count, as one sprite under `key` (which names the disc; the
    /// count is added): frames of a dense network show hundreds of discs, most with the count
    /// of the frame before, and a sprite is drawn once and then only copied.
    func cluster(at centre: Point, count: Int, radius: Double, font: Font, measurer: TextMeasurer, key: String) -> [SceneItem] {
        let edge = Stroke(color: theme.name == .dark ? theme.background : .white, width: max(0.7 * sizing.u, 0.8))
        let digits = "\(count)"
        let ink = measurer.measure(digits, font: font, alignment: .left).ink
        let origin = Point(centre.x - ink.minX - ink.width / 2, centre.y - ink.minY - ink.height / 2)
        let reach = radius + edge.width
        let bounds = Rect(x: centre.x - reach, y: centre.y - reach, width: 2 * reach, height: 2 * reach)
            .union(Rect(x: origin.x + ink.minX, y: origin.y + ink.minY, width: ink.width, height: ink.height)).insetBy(-2)
        return [.cached(key: "\(key):\(count)", bounds: bounds, [
            .circle(center: centre, radius: radius, fill: theme.text.withAlpha(0.85), stroke: edge),
            .text(TextBlock(text: digits, font: font, origin: origin, color: theme.background)),
        ])]
    }

    /// The font of a cluster's count: bold, as large as fits three digits in a disc of `radius`.
    func clusterFont(radius: Double, text: MapText) -> Font {
        text.font(min(sizing.label, radius * 0.95), bold: true)
    }

    /// Rings around partners that have just joined.
    func emphasis(_ points: [Point]) -> [SceneItem] {
        points.map { p in
            .circle(center: p, radius: sizing.partnerRadius * 2.6, fill: nil,
                    stroke: Stroke(color: theme.text.withAlpha(0.75), width: max(0.9 * sizing.u, 1)))
        }
    }
}
