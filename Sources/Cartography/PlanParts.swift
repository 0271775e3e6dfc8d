import Basemap
import MapGeometry
import MapScene
import PartnerData

/// What every stage of a plan shares: the look (theme, sizes, language, colours) and the frame.
struct PlanLook {
    let theme: Theme
    let sizing: Sizing
    let text: MapText
    let styler: PartnerStyler
    let canvas: Rect
    /// Where the map is drawn (less the margin and any timeline band).
    let frame: Rect
    let timelineBox: Rect?
    /// Partner countries, projected only when they are tinted.
    let highlight: Set<String>

    init(spec: MapSpec, network: Network) {
        theme = Theme.named(spec.theme)
        sizing = Sizing(size: spec.sizingBase ?? spec.size, dpi: spec.dpi)
        text = MapText(language: spec.language)
        styler = PartnerStyler(scheme: spec.colorScheme, theme: theme, years: network.yearRange, sizing: sizing)
        canvas = Rect(x: 0, y: 0, width: spec.size.width, height: spec.size.height)
        var frame = canvas.insetBy(spec.frameMargin ?? sizing.margin)
        if spec.timelineBand {
            let band = TimelineStrip.bandHeight(sizing)
            timelineBox = Rect(x: frame.minX, y: frame.maxY - band, width: frame.width, height: band)
            frame.height -= band + sizing.margin / 2
        } else {
            timelineBox = nil
        }
        self.frame = frame
        highlight = spec.draws(.countries) ? Set(network.partners.map(\.iso2)) : []
    }
}

/// The main map's projection and basemap level, as framing chose them.
struct FramedMap {
    let framing: MapFraming
    let projection: MapProjection
    let detail: DetailLevel
    let level: BasemapLevel
}

/// Where the hub and the partners land on the main map (nil or absent: not on it).
struct CityPoints {
    let hub: Point?
    let partners: [String: Point]

    init(hub: Point?, partners: [String: Point]) { self.hub = hub; self.partners = partners }

    init(_ network: Network, projection: MapProjection) {
        var points: [String: Point] = [:]
        for p in network.partners { points[p.id] = projection.point(LonLat(p)) }
        partners = points
        hub = projection.point(LonLat(network.hub))
    }

    /// The points inside `frame` (hub first, then partners in id order).
    func onMap(_ frame: Rect) -> [Point] {
        ([hub].compactMap { $0 } + partners.keys.sorted().map { partners[$0]! }).filter { frame.contains($0) }
    }
}
