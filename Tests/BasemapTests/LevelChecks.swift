import Foundation
import MapGeometry
@testable import Basemap

/// Shared checks and helpers over decoded levels.
enum LevelChecks {
    /// Decodes the built files by level.
    static func decode(_ built: BuiltBasemap) throws -> [DetailLevel: BasemapLevel] {
        var levels: [DetailLevel: BasemapLevel] = [:]
        for (level, bytes) in built.files { levels[level] = try CompactDecoder.decode(Data(bytes), file: "built.\(level)") }
        return levels
    }

    /// Whether `line` runs along `ring` (cyclically, forwards or backwards).
    static func ring(_ ring: ArraySlice<LonLat>, containsRun line: ArraySlice<LonLat>) -> Bool {
        let points = Array(ring), run = Array(line)
        guard let head = run.first else { return false }
        for candidate in [run, run.reversed()] {
            for start in points.indices where points[start] == (candidate.first ?? head) {
                if candidate.indices.allSatisfy({ points[(start + $0) % points.count] == candidate[$0] }) { return true }
            }
        }
        return false
    }

    /// The features whose rings contain the whole line as a run of consecutive points.
    static func features(of level: BasemapLevel, containing line: Range<Int>, in set: LineSet,
                         index: [LonLat: [Int]], ringFeature: [Int]) -> Set<Int> {
        let run = set.points[line]
        var owners: Set<Int> = []
        for candidate in [run.first!, run.last!] {
            for ring in index[candidate] ?? [] where self.ring(level.points[level.rings[ring]], containsRun: run) {
                owners.insert(ringFeature[ring])
            }
        }
        return owners
    }

    /// For each point, the rings passing through it; and each ring's feature.
    static func indices(_ level: BasemapLevel) -> (rings: [LonLat: [Int]], ringFeature: [Int]) {
        var index: [LonLat: [Int]] = [:]
        for (ring, range) in level.rings.enumerated() {
            for point in level.points[range] where index[point]?.last != ring { index[point, default: []].append(ring) }
        }
        var ringFeature = [Int](repeating: -1, count: level.rings.count)
        for (feature, item) in level.features.enumerated() {
            for polygon in item.polygons { for ring in level.polygons[polygon] { ringFeature[ring] = feature } }
        }
        return (index, ringFeature)
    }

    /// Land area in km²: every polygon's exterior less its holes, optionally only polygons at least `minimum`.
    static func landArea(_ level: BasemapLevel, minimum: Double = 0) -> Double {
        level.polygons.indices.reduce(0) { total, polygon in
            let area = SphericalArea.polygonArea(level, polygon: polygon)
            return area >= minimum ? total + area : total
        }
    }

    /// Problems with ring validity, orientation, ranges and cut lines (empty when the level is sound).
    static func problems(_ level: BasemapLevel) -> [String] {
        var problems: [String] = []
        for (index, polygon) in level.polygons.enumerated() {
            for ring in polygon {
                let points = level.points[level.rings[ring]]
                if Set(points).count < 3 { problems.append("polygon \(index): ring \(ring) has < 3 distinct points") }
                let area = PlanarRing.signedArea(Array(points))
                if ring == polygon.lowerBound ? area >= 0 : area <= 0 {
                    problems.append("polygon \(index): ring \(ring) has area \(area), wrong orientation or zero")
                }
            }
        }
        if let bad = level.points.first(where: { abs($0.lon) > 180 || abs($0.lat) > 90 }) {
            problems.append("point \(bad) out of range")
        }
        for (name, set) in [("border", level.borders), ("coastline", level.coastlines)] {
            for line in set.lines {
                let points = set.points[line]
                for (a, b) in zip(points, points.dropFirst())
                where (a.lon == b.lon && abs(a.lon) == 180) || (a.lat == -90 && b.lat == -90) {
                    problems.append("\(name) runs along a cut line at \(a)–\(b)")
                }
            }
        }
        return problems
    }
}
