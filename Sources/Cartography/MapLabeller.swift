import Foundation
import MapScene
import PartnerData

/// Labels the cities of one map (the main map or an inset): the hub first, then partners,
/// most crowded first, each placed by the LabelPlacer against every marker and overlay.
struct MapLabeller {
    let measurer: TextMeasurer
    let text: MapText
    let theme: Theme
    let sizing: Sizing

    init(measurer: TextMeasurer, text: MapText, theme: Theme, sizing: Sizing) {
        self.measurer = measurer; self.text = text; self.theme = theme; self.sizing = sizing
    }

    func label(network: Network, hubPoint: Point?, points: [String: Point], allowed: Rect, obstacles: [Rect],
               skip: (String) -> Bool, map: String) -> [PlacedLabel] {
        var index = CollisionIndex(allowed: allowed)
        for o in obstacles { index.insert(o) }
        var markerIndex: [String: Int] = [:]
        if let h = hubPoint {
            markerIndex[network.hub.id] = index.boxes.count
            index.insert(markerBox(h, radius: sizing.hubRadius))
        }
        for p in network.partners {
            guard let pt = points[p.id] else { continue }
            markerIndex[p.id] = index.boxes.count
            index.insert(markerBox(pt, radius: sizing.partnerRadius))
        }
        var placer = LabelPlacer(index: index, measurer: measurer, halo: Halo(color: theme.halo, width: sizing.halo),
                                 color: theme.text, map: map)
        var out: [PlacedLabel] = []
        if let h = hubPoint {
            out.append(placer.place(LabelRequest(id: network.hub.id, text: text.label(network.hub), anchor: h,
                                                 markerRadius: sizing.hubRadius, font: text.font(sizing.hubLabel, bold: true)),
                                    ownMarker: markerIndex[network.hub.id]))
        }
        let crowd = sizing.label * 6
        let candidates = network.partners.filter { points[$0.id] != nil && !skip($0.id) }
        func neighbours(_ c: City) -> Int {
            let p = points[c.id]!
            return candidates.filter { $0.id != c.id && points[$0.id]!.distance(to: p) < crowd }.count
        }
        let ordered = candidates.map { ($0, neighbours($0)) }.sorted { a, b in
            a.1 != b.1 ? a.1 > b.1 : (a.0.year ?? 9999, a.0.nameEN) < (b.0.year ?? 9999, b.0.nameEN)
        }
        for (c, _) in ordered {
            let p = points[c.id]!
            let away = hubPoint.map { atan2(p.y - $0.y, p.x - $0.x) } ?? 0
            out.append(placer.place(LabelRequest(id: c.id, text: text.label(c), anchor: p,
                                                 markerRadius: sizing.partnerRadius, font: text.font(sizing.label), awayAngle: away),
                                    ownMarker: markerIndex[c.id]))
        }
        return out
    }

    /// Labels centred on the given points (e.g. distance rings), each kept only where it is free.
    func centredLabels(_ items: [(id: String, text: String, anchor: Point)], allowed: Rect, obstacles: [Rect], map: String) -> [PlacedLabel] {
        var index = CollisionIndex(allowed: allowed)
        for o in obstacles { index.insert(o) }
        let halo = Halo(color: theme.halo, width: sizing.halo)
        let font = text.font(sizing.legendText)
        return items.map { item in
            let m = measurer.measure(item.text, font: font, alignment: .center)
            let pad = halo.width + 1
            let box = Rect(x: item.anchor.x - m.ink.width / 2 - pad, y: item.anchor.y - m.ink.height / 2 - pad,
                           width: m.ink.width + 2 * pad, height: m.ink.height + 2 * pad)
            let origin = Point(box.minX + pad - m.ink.x, box.minY + pad - m.ink.y)
            let block = TextBlock(text: item.text, font: font, origin: origin, color: theme.mutedText, halo: halo, alignment: .center)
            let free = index.isFree(box)
            if free { index.insert(box) }
            return PlacedLabel(id: item.id, text: item.text, status: free ? .placed : .dropped, box: box, block: block, leader: nil, map: map)
        }
    }

    private func markerBox(_ p: Point, radius: Double) -> Rect {
        let r = radius + 1
        return Rect(x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r)
    }
}
