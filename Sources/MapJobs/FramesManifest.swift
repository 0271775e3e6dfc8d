import Cartography
import Foundation
import PartnerData

/// frames.json: for each frame its file, year (null for partners with no known year), the
/// partners shown and those new in it.
enum FramesManifest {
    struct Entry: Encodable {
        var frame: Int
        var file: String
        var year: Int?
        var step: Int
        var steps: Int
        var hold: Bool
        var shown: [String]
        var new: [String]

        enum CodingKeys: String, CodingKey { case frame, file, year, step, steps, hold, shown, new }

        /// Like the synthesized encoding, but a missing year is written as null, not left out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(frame, forKey: .frame)
            try c.encode(file, forKey: .file)
            try c.encode(year, forKey: .year)
            try c.encode(step, forKey: .step)
            try c.encode(steps, forKey: .steps)
            try c.encode(hold, forKey: .hold)
            try c.encode(shown, forKey: .shown)
            try c.encode(new, forKey: .new)
        }
    }

    struct Document: Encodable {
        var hub: String
        var width: Int
        var height: Int
        var frames: [Entry]
    }

    static func json(frames: [AnimationFrame], names: [String], network: Network, spec: MapSpec) throws -> String {
        let entries = zip(frames, names).map { f, name in
            Entry(frame: f.index, file: name, year: f.year, step: f.step, steps: f.steps, hold: f.isHold, shown: f.shown, new: f.new)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let doc = Document(hub: network.hub.id, width: Int(spec.size.width), height: Int(spec.size.height), frames: entries)
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}
