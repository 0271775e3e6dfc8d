import MapScene

/// How a label ended up.
package enum LabelStatus: String, Sendable, Codable {
    /// Next to its point.
    case placed
    /// Moved away from its point, with a leader line back to it.
    case displaced
    /// No room by its point: a number stands there and the name in the map's key.
    case keyed
    /// No room anywhere: not drawn, and reported.
    case dropped
}

/// A label's final position: the text block and the box it occupies (halo included).
package struct PlacedLabel: Sendable {
    package var id: String
    package var text: String
    package var status: LabelStatus
    /// The box the label's ink (with halo) occupies, in output units.
    package var box: Rect
    package var block: TextBlock
    /// From the marker's edge to the label box, for displaced labels.
    package var leader: (Point, Point)?
    /// Which map the label belongs to ("main" or an inset's name).
    package var map: String
    /// For a keyed label, its number in the key (the block and box are the number's).
    package var keyNumber: Int?
}

/// One label to place.
struct LabelRequest {
    var id: String
    var text: String
    var anchor: Point
    var markerRadius: Double
    var font: Font
    /// Direction (radians, screen) to try first when the label must be moved away: away from
    /// the hub, where the arcs are not.
    var awayAngle: Double = 0
    /// The least distance every other city's marker must keep from the label.
    var clearance: Double = 0
}

/// Places labels greedily in the order given: each takes the first free candidate position
/// around its point; failing that, a free position farther out with a leader line; failing
/// that, it is dropped. Every placed box joins the collision index, so nothing overlaps.
struct LabelPlacer {
    var index: CollisionIndex
    let measurer: TextMeasurer
    let halo: Halo
    let color: Color
    let map: String
    /// Whether a label finding no room by its point looks for some farther out (with a leader).
    var displaces = true

    /// Candidate directions around the point, in order of cartographic preference.
    private static let directions: [(dx: Double, dy: Double)] = [
        (1, 0), (0.7, -0.7), (0.7, 0.7), (-1, 0), (-0.7, -0.7), (-0.7, 0.7), (0, -1), (0, 1),
    ]

    mutating func place(_ r: LabelRequest, ownMarker: Int?) -> PlacedLabel {
        let pad = halo.width + 1
        let gap = r.markerRadius + 0.35 * r.font.size
        var firstBox: Rect?
        var firstBlock: TextBlock?
        var metrics: [TextAlignment: TextMetrics] = [:]
        for d in Self.directions {
            let align: TextAlignment = d.dx > 0.1 ? .left : d.dx < -0.1 ? .right : .center
            let m = metrics[align] ?? measurer.measure(r.text, font: r.font, alignment: align)
            metrics[align] = m
            let w = m.ink.width + 2 * pad, h = m.ink.height + 2 * pad
            let x = r.anchor.x + (d.dx > 0.1 ? d.dx * gap : d.dx < -0.1 ? d.dx * gap - w : -w / 2)
            let y = r.anchor.y + (d.dy < -0.1 ? d.dy * gap - h : d.dy > 0.1 ? d.dy * gap : -h / 2)
            let box = Rect(x: x, y: y, width: w, height: h)
            let block = textBlock(r, metrics: m, box: box, pad: pad, alignment: align)
            if firstBox == nil { firstBox = box; firstBlock = block }
            if index.isFree(box), !index.isNearerOtherMarker(box, own: ownMarker, anchor: r.anchor, atLeast: r.clearance) {
                index.insert(box)
                return PlacedLabel(id: r.id, text: r.text, status: .placed, box: box, block: block, leader: nil, map: map)
            }
        }
        if displaces, let displaced = displace(r, pad: pad, gap: gap, ownMarker: ownMarker) { return displaced }
        return PlacedLabel(id: r.id, text: r.text, status: .dropped, box: firstBox!, block: firstBlock!, leader: nil, map: map)
    }

    /// Looks for room on rings farther out, with a leader line that crosses no other label or marker.
    private mutating func displace(_ r: LabelRequest, pad: Double, gap: Double, ownMarker: Int?) -> PlacedLabel? {
        let m = measurer.measure(r.text, font: r.font, alignment: .left)
        let w = m.ink.width + 2 * pad, h = m.ink.height + 2 * pad
        let step = max(h * 0.75, gap)
        // Alternate either side of the preferred direction: 0, +1, -1, +2, -2, …
        let count = 24
        let turns = (0..<count).map { k -> (cos: Double, sin: Double) in
            let side = (k + 1) / 2 * (k % 2 == 0 ? -1 : 1)
            let angle = r.awayAngle + Double(side) / Double(count) * 2 * Double.pi
            return (cos(angle), sin(angle))
        }
        for ring in 1...14 {
            let radius = gap + Double(ring) * step
            for turn in turns {
                let c = Point(r.anchor.x + radius * turn.cos, r.anchor.y + radius * turn.sin)
                let box = Rect(x: c.x - w / 2, y: c.y - h / 2, width: w, height: h)
                guard index.isFree(box) else { continue }
                let target = Point(min(max(r.anchor.x, box.minX), box.maxX), min(max(r.anchor.y, box.minY), box.maxY))
                let len = r.anchor.distance(to: target)
                guard len > r.markerRadius else { continue }
                let start = Point(r.anchor.x + (target.x - r.anchor.x) / len * r.markerRadius,
                                  r.anchor.y + (target.y - r.anchor.y) / len * r.markerRadius)
                guard index.lineIsFree(start, target, except: ownMarker) else { continue }
                index.insert(box)
                let block = textBlock(r, metrics: m, box: box, pad: pad, alignment: .left)
                return PlacedLabel(id: r.id, text: r.text, status: .displaced, box: box, block: block, leader: (start, target), map: map)
            }
        }
        return nil
    }

    private func textBlock(_ r: LabelRequest, metrics m: TextMetrics, box: Rect, pad: Double, alignment: TextAlignment) -> TextBlock {
        let origin = Point(box.minX + pad - m.ink.x, box.minY + pad - m.ink.y)
        return TextBlock(text: r.text, font: r.font, origin: origin, color: color, halo: halo, alignment: alignment)
    }
}

import Foundation
