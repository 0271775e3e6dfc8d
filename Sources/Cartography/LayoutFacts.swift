import MapGeometry
import MapScene

/// Where everything of a map or poster went, in its output units (origin top-left): the page's
/// blocks, the map panels with what they show, every city marker drawn on each panel, and every
/// label. The layout report is written from it, and tests check the layout's rules on it.
package struct LayoutFacts: Sendable {
    /// A block of the page: title, legend, credits, key, inset, chart, table, timeline or map.
    package struct Element: Sendable {
        package var kind: String
        package var id: String
        package var box: Rect
    }

    /// A map panel: the main map or an inset.
    package struct Panel: Sendable {
        package var id: String
        package var box: Rect
        /// The named region it shows, in English (nil: none, or the main map).
        package var region: String?
        /// What it shows: nil for the whole world.
        package var extent: GeoBox?
    }

    package struct Marker: Sendable {
        package var id: String
        package var map: String
        package var centre: Point
        package var radius: Double
    }

    package struct Label: Sendable {
        package var id: String
        package var map: String
        package var text: String
        package var box: Rect
        package var status: LabelStatus
        /// From the marker to the label (displaced labels, and keyed numbers moved off their marker).
        package var leader: [Point]?
    }

    package var size: Size
    package var elements: [Element] = []
    package var maps: [Panel] = []
    package var markers: [Marker] = []
    package var labels: [Label] = []

    package init(size: Size) { self.size = size }

    /// Takes in another panel's facts (already placed on this page).
    mutating func absorb(_ other: LayoutFacts) {
        elements += other.elements; maps += other.maps; markers += other.markers; labels += other.labels
    }

    /// The same facts moved by (dx, dy), with panels renamed (a poster's panel placed on its page).
    func placed(dx: Double, dy: Double, renaming rename: (String) -> String) -> LayoutFacts {
        func move(_ r: Rect) -> Rect { Rect(x: r.x + dx, y: r.y + dy, width: r.width, height: r.height) }
        func move(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
        var out = LayoutFacts(size: size)
        out.elements = elements.map { Element(kind: $0.kind, id: rename($0.id), box: move($0.box)) }
        out.maps = maps.map { Panel(id: rename($0.id), box: move($0.box), region: $0.region, extent: $0.extent) }
        out.markers = markers.map { Marker(id: $0.id, map: rename($0.map), centre: move($0.centre), radius: $0.radius) }
        out.labels = labels.map { Label(id: $0.id, map: rename($0.map), text: $0.text, box: move($0.box), status: $0.status,
                                        leader: $0.leader.map { $0.map(move) }) }
        return out
    }
}

extension MapPlan {
    /// Where this map put everything.
    package var layoutFacts: LayoutFacts {
        var facts = LayoutFacts(size: spec.size)
        func element(_ kind: String, _ id: String, _ box: Rect?) {
            if let box { facts.elements.append(.init(kind: kind, id: id, box: box)) }
        }
        element("map", "main", frame)
        element("title", "title", titleBox)
        element("legend", "legend", legendBox)
        element("credits", "credits", creditsBox)
        element("key", "key", keyBox)
        element("timeline", "timeline", timelineBox)
        for inset in insets { element("inset", inset.name, inset.frame) }

        facts.maps.append(.init(id: "main", box: frame, region: nil, extent: extent))
        for inset in insets { facts.maps.append(.init(id: inset.name, box: inset.frame, region: inset.region.name?.en, extent: inset.region.box)) }

        func markers(_ map: String, hub: Point?, partners: [String: Point], within box: Rect, clustered: Set<String> = []) {
            if let h = hub, box.contains(h) { facts.markers.append(.init(id: network.hub.id, map: map, centre: h, radius: sizing.hubRadius)) }
            for p in network.partners where !clustered.contains(p.id) {
                if let pt = partners[p.id], box.contains(pt) { facts.markers.append(.init(id: p.id, map: map, centre: pt, radius: sizing.partnerRadius)) }
            }
        }
        markers("main", hub: hubPoint, partners: partnerPoints, within: frame, clustered: clusters?.members ?? [])
        // A cluster's disc is a marker of its own, named after its seed.
        if let clusters {
            for c in clusters.clusters {
                facts.markers.append(.init(id: "cluster:\(c.members[0])", map: "main", centre: c.centre, radius: clusters.radius(c.members.count)))
            }
        }
        for inset in insets { markers(inset.name, hub: inset.hubPoint, partners: inset.partnerPoints, within: inset.frame) }

        facts.labels = labels.map { l in
            .init(id: l.id, map: l.map, text: l.text, box: l.box, status: l.status, leader: l.leader.map { [$0.0, $0.1] })
        }
        return facts
    }
}
