import Cartography
import Foundation
import MapGeometry
import MapScene

/// The `--layout-report` JSON: where every block, map panel, city marker and label of a map or
/// poster went, in the output's units (px for PNG, pt for PDF and SVG), origin top-left.
package enum LayoutReport {
    private struct Element: Encodable { var kind: String; var id: String; var box: [Double] }

    private struct Panel: Encodable {
        var id: String; var box: [Double]; var region: String?; var extent: [Double]?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(box, forKey: .box)
            try c.encode(region, forKey: .region); try c.encode(extent, forKey: .extent)
        }
        enum CodingKeys: String, CodingKey { case id, box, region, extent }
    }

    private struct Marker: Encodable { var id: String; var map: String; var x: Double; var y: Double; var r: Double }

    private struct Label: Encodable {
        var id: String; var map: String; var text: String; var box: [Double]; var status: String; var leader: [[Double]]?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(map, forKey: .map); try c.encode(text, forKey: .text)
            try c.encode(box, forKey: .box); try c.encode(status, forKey: .status); try c.encode(leader, forKey: .leader)
        }
        enum CodingKeys: String, CodingKey { case id, map, text, box, status, leader }
    }

    private struct Document: Encodable {
        var width: Double; var height: Double; var unit: String
        var elements: [Element]; var maps: [Panel]; var markers: [Marker]; var labels: [Label]
    }

    /// The report of `facts` for an output in `format` drawn at `dpi`.
    package static func json(_ facts: LayoutFacts, format: OutputFormat, dpi: Double) throws -> String {
        let k = format == .png ? 1 : 72 / dpi
        func r(_ v: Double) -> Double { (v * k * 100).rounded() / 100 }
        func box(_ b: Rect) -> [Double] { [r(b.x), r(b.y), r(b.width), r(b.height)] }
        func extent(_ g: GeoBox?) -> [Double] { let g = g ?? .world; return [g.west, g.south, g.east, g.north] }
        let doc = Document(
            width: r(facts.size.width), height: r(facts.size.height), unit: format == .png ? "px" : "pt",
            elements: facts.elements.map { Element(kind: $0.kind, id: $0.id, box: box($0.box)) },
            maps: facts.maps.map { Panel(id: $0.id, box: box($0.box), region: $0.region, extent: extent($0.extent)) },
            markers: facts.markers.map { Marker(id: $0.id, map: $0.map, x: r($0.centre.x), y: r($0.centre.y), r: r($0.radius)) },
            labels: facts.labels.map { l in
                Label(id: l.id, map: l.map, text: l.text, box: box(l.box), status: l.status.rawValue,
                      leader: l.leader.map { $0.map { [r($0.x), r($0.y)] } })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}
