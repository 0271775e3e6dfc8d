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

    /// One map's labels before the names that found no room are numbered: the placer still
    /// holds every box taken, so `numbered` can put the numbers where nothing else is.
    struct Draft {
        var labels: [PlacedLabel]
        fileprivate var placer: LabelPlacer
        /// Where each city is named from: its marker's centre and radius, and the marker's box.
        fileprivate var anchors: [String: (point: Point, radius: Double, marker: Int?)]
        /// The labels that found no room, in the order they would be numbered: top to bottom,
        /// then left to right.
        let unplaced: [Int]
        let map: String
    }

    /// Labels of a map, hub first, then partners most crowded first; those that find no room
    /// are dropped (`numbered` gives them numbers). Partners in `edges` have no marker on the
    /// map: they are labelled at the given point (where their arc leaves the map). With
    /// `untilDropped`, labelling stops at the first name that finds no room (for a trial that
    /// asks only whether every name does). Unless `displacing`, names are only tried beside
    /// their markers, none farther out with a leader.
    func draft(network: Network, hubPoint: Point?, points: [String: Point], allowed: Rect, obstacles: [Rect],
               skip: (String) -> Bool, map: String, edges: [String: Point] = [:], untilDropped: Bool = false,
               displacing: Bool = true, discs: [(centre: Point, radius: Double)] = []) -> Draft {
        var index = CollisionIndex(allowed: allowed)
        for o in obstacles { index.insert(o) }
        // Cluster discs: markers no label may cover or read as its own.
        for d in discs { _ = index.insertMarker(d.centre, radius: d.radius) }
        var anchors: [String: (point: Point, radius: Double, marker: Int?)] = [:]
        if let h = hubPoint { anchors[network.hub.id] = (h, sizing.hubRadius, index.insertMarker(h, radius: sizing.hubRadius)) }
        for p in network.partners {
            guard let pt = points[p.id] else { continue }
            anchors[p.id] = (pt, sizing.partnerRadius, index.insertMarker(pt, radius: sizing.partnerRadius))
        }
        index.settle()
        var placer = LabelPlacer(index: index, measurer: measurer, halo: Halo(color: theme.halo, width: sizing.halo),
                                 color: theme.text, map: map)
        placer.displaces = displacing
        var out: [PlacedLabel] = []
        if let h = hubPoint {
            let request = LabelRequest(id: network.hub.id, text: text.label(network.hub), anchor: h,
                                       markerRadius: sizing.hubRadius, font: text.font(sizing.hubLabel, bold: true))
            var hub = placer.place(request, ownMarker: anchors[network.hub.id]?.marker)
            if hub.status == .dropped { hub = overMarkers(request, allowed: allowed, obstacles: obstacles, placer: &placer, map: map) }
            out.append(hub)
        }
        let candidates = network.partners.filter { points[$0.id] != nil && !skip($0.id) }
        let crowding = Self.neighbourCounts(candidates.map { points[$0.id]! }, within: sizing.label * 6)
        let ordered = zip(candidates, crowding).sorted { a, b in
            a.1 != b.1 ? a.1 > b.1 : (a.0.year ?? 9999, a.0.nameEN) < (b.0.year ?? 9999, b.0.nameEN)
        }
        for (c, _) in ordered {
            if untilDropped && out.last?.status == .dropped { break }
            let p = points[c.id]!
            let away = hubPoint.map { atan2(p.y - $0.y, p.x - $0.x) } ?? 0
            out.append(placer.place(LabelRequest(id: c.id, text: text.label(c), anchor: p,
                                                 markerRadius: sizing.partnerRadius, font: text.font(sizing.label), awayAngle: away),
                                    ownMarker: anchors[c.id]?.marker))
        }
        for c in network.partners where points[c.id] == nil {
            if untilDropped && out.last?.status == .dropped { break }
            guard let anchor = edges[c.id], !skip(c.id) else { continue }
            let away = hubPoint.map { atan2(anchor.y - $0.y, anchor.x - $0.x) } ?? 0
            // A name with no marker of its own keeps well away from every other city's.
            out.append(placer.place(LabelRequest(id: c.id, text: text.label(c), anchor: anchor, markerRadius: 1,
                                                 font: text.font(sizing.label), awayAngle: away, clearance: 3 * sizing.label),
                                    ownMarker: nil))
            anchors[c.id] = (anchor, sizing.partnerRadius, nil)
        }
        let unplaced = out.indices.filter { out[$0].status == .dropped }
            .sorted { (out[$0].block.origin.y, out[$0].block.origin.x) < (out[$1].block.origin.y, out[$1].block.origin.x) }
        return Draft(labels: out, placer: placer, anchors: anchors, unplaced: unplaced, map: map)
    }

    /// The hub's name where partners' markers crowd round it so that it finds no room among
    /// them: it has priority, so it is placed clear only of the overlays (and of its own
    /// marker), over partners' markers, and takes its room from the partners' labels after it.
    private func overMarkers(_ request: LabelRequest, allowed: Rect, obstacles: [Rect], placer: inout LabelPlacer,
                             map: String) -> PlacedLabel {
        var clear = CollisionIndex(allowed: allowed)
        for o in obstacles { clear.insert(o) }
        let own = clear.insertMarker(request.anchor, radius: request.markerRadius)
        var alone = LabelPlacer(index: clear, measurer: measurer, halo: placer.halo, color: placer.color, map: map)
        let label = alone.place(request, ownMarker: own)
        if label.status != .dropped { placer.index.insert(label.box) }
        return label
    }

    /// The draft's labels with a number, from `first` on, by every name that found no room:
    /// the name stands in the map's key.
    func numbered(_ draft: Draft, from first: Int) -> [PlacedLabel] {
        var out = draft.labels, placer = draft.placer
        for (k, i) in draft.unplaced.enumerated() {
            let dropped = out[i], anchor = draft.anchors[dropped.id]!
            let mark = placer.place(LabelRequest(id: dropped.id, text: "\(first + k)", anchor: anchor.point, markerRadius: anchor.radius,
                                                 font: text.font(sizing.label, bold: true)),
                                    ownMarker: anchor.marker)
            out[i] = PlacedLabel(id: dropped.id, text: dropped.text, status: .keyed, box: mark.box, block: mark.block,
                                 leader: mark.status == .displaced ? mark.leader : nil, map: draft.map, keyNumber: first + k)
        }
        return out
    }

    /// For each point, how many others lie within `radius`.
    static func neighbourCounts(_ points: [Point], within radius: Double) -> [Int] {
        var counts = [Int](repeating: 0, count: points.count)
        PointGrid(points, within: radius).forEachClosePair { i, j in counts[i] += 1; counts[j] += 1 }
        return counts
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

}
