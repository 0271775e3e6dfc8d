import Cartography
import Foundation
import MapScene

/// The `--label-report` JSON: every label's text, box in output pixels, status and leader line.
package enum LabelReport {
    struct Entry: Encodable {
        var id: String
        var text: String
        var map: String
        var status: String
        /// [x, y, width, height] in output pixels.
        var box: [Double]
        /// [x0, y0, x1, y1] from the marker to the label, for displaced labels.
        var leader: [Double]?
    }

    struct Document: Encodable {
        var width: Double
        var height: Double
        var labels: [Entry]
    }

    package static func json(_ plan: MapPlan) throws -> String {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        let entries = plan.labels.map { l in
            Entry(id: l.id, text: l.text, map: l.map, status: l.status.rawValue,
                  box: [r(l.box.x), r(l.box.y), r(l.box.width), r(l.box.height)],
                  leader: l.leader.map { [r($0.0.x), r($0.0.y), r($0.1.x), r($0.1.y)] })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(width: plan.spec.size.width, height: plan.spec.size.height, labels: entries))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
