import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

/// Cutting geographic rings and lines to a box before projecting must keep exactly the part
/// inside the box.
@Suite struct GeoBoxClipTests {
    let box = GeoBoxClip(west: 90, south: -10, east: 130, north: 30)!

    func contains(_ ring: [LonLat], _ p: LonLat) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.lat > p.lat) != (b.lat > p.lat), p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon { inside.toggle() }
            j = i
        }
        return inside
    }

    /// A random star-shaped ring (concave in places) around a centre near the box.
    func randomRing(_ rng: inout SplitMix64) -> [LonLat] {
        let c = LonLat(lon: Double.random(in: 70...150, using: &rng), lat: Double.random(in: -30...50, using: &rng))
        let n = Int.random(in: 5...60, using: &rng)
        return (0..<n).map { k in
            let angle = -2 * Double.pi * Double(k) / Double(n)  // clockwise
            let r = Double.random(in: 2...40, using: &rng)
            return LonLat(lon: c.lon + r * cos(angle), lat: c.lat + r * sin(angle))
        }
    }

    @Test func ringsKeepExactlyWhatIsInsideTheBox() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let ring = randomRing(&rng)
            let cut = box.polygons(points: ring, rings: [0..<ring.count], polygons: [0..<1])
            let clipped = cut.rings.first.map { Array(cut.points[$0]) } ?? []
            #expect(cut.points.allSatisfy { $0.lon >= 90 - 1e-9 && $0.lon <= 130 + 1e-9 && $0.lat >= -10 - 1e-9 && $0.lat <= 30 + 1e-9 })
            // Sample points off the box's sides: inside the cut ring exactly when inside both.
            for _ in 0..<200 {
                let p = LonLat(lon: Double.random(in: 60...160, using: &rng).rounded() + 0.37, lat: Double.random(in: -40...60, using: &rng).rounded() + 0.41)
                let inBox = p.lon > 90 && p.lon < 130 && p.lat > -10 && p.lat < 30
                #expect(contains(clipped, p) == (inBox && contains(ring, p)), "at \(p)")
            }
        }
    }

    @Test func polygonsLoseOnlyWhatIsOutside() {
        let inside: [LonLat] = [LonLat(lon: 100, lat: 0), LonLat(lon: 100, lat: 10), LonLat(lon: 110, lat: 10), LonLat(lon: 110, lat: 0)]
        let outside = inside.map { LonLat(lon: $0.lon - 60, lat: $0.lat) }
        let hole: [LonLat] = [LonLat(lon: 102, lat: 2), LonLat(lon: 108, lat: 2), LonLat(lon: 108, lat: 8), LonLat(lon: 102, lat: 8)]
        let holeOutside = hole.map { LonLat(lon: $0.lon - 60, lat: $0.lat) }
        let points = inside + hole + outside + holeOutside + inside + holeOutside
        let rings = [0..<4, 4..<8, 8..<12, 12..<16, 16..<20, 20..<24]
        // Polygon 1: inside with its hole; 2: outside with a hole; 3: inside with a hole outside.
        let cut = box.polygons(points: points, rings: rings, polygons: [0..<2, 2..<4, 4..<6])
        #expect(cut.polygons.count == 2)
        #expect(cut.polygons[0].count == 2, "the hole inside stays")
        #expect(cut.polygons[1].count == 1, "the hole outside goes")
        #expect(Array(cut.points[cut.rings[0]]) == inside, "a ring inside is kept as it is")
    }

    @Test func linesAreCutIntoTheirPiecesInside() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let n = Int.random(in: 2...40, using: &rng)
            var p = LonLat(lon: Double.random(in: 70...150, using: &rng), lat: Double.random(in: -30...50, using: &rng))
            var line = [p]
            for _ in 1..<n {
                p = LonLat(lon: p.lon + Double.random(in: -15...15, using: &rng), lat: p.lat + Double.random(in: -15...15, using: &rng))
                line.append(p)
            }
            let cut = box.lines(points: line, lines: [0..<line.count])
            func length(_ pts: ArraySlice<LonLat>) -> Double {
                zip(pts, pts.dropFirst()).reduce(0) { $0 + hypot($1.1.lon - $1.0.lon, $1.1.lat - $1.0.lat) }
            }
            // The length inside the box, segment by segment.
            var expected = 0.0
            for (a, b) in zip(line, line.dropFirst()) {
                var t0 = 0.0, t1 = 1.0
                let d = (b.lon - a.lon, b.lat - a.lat)
                for (q, r) in [(-d.0, a.lon - 90), (d.0, 130 - a.lon), (-d.1, a.lat + 10), (d.1, 30 - a.lat)] {
                    if q == 0 { if r < 0 { t1 = -1 } ; continue }
                    let t = r / q
                    if q < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                }
                if t1 > t0 { expected += (t1 - t0) * hypot(d.0, d.1) }
            }
            let got = cut.lines.reduce(0) { $0 + length(cut.points[$1]) }
            #expect(abs(got - expected) < 1e-9 * max(1, expected))
            #expect(cut.lines.allSatisfy { $0.count >= 2 })
        }
    }

    /// With a minimum step, points closer than that to the last kept are dropped, never more:
    /// every point given stays within the step of one kept, a line keeps its ends.
    @Test func minimumStepThinsWithinTheStep() {
        let thinning = GeoBoxClip(west: 90, south: -10, east: 130, north: 30, minStep: 0.5)!
        var rng = SplitMix64(seed: 9)
        for _ in 0..<100 {
            var p = LonLat(lon: Double.random(in: 95...125, using: &rng), lat: Double.random(in: -5...25, using: &rng))
            var line = [p]
            for _ in 0..<Int.random(in: 5...200, using: &rng) {
                p = LonLat(lon: min(129, max(91, p.lon + Double.random(in: -0.4...0.4, using: &rng))),
                           lat: min(29, max(-9, p.lat + Double.random(in: -0.4...0.4, using: &rng))))
                line.append(p)
            }
            let cut = thinning.lines(points: line, lines: [0..<line.count])
            #expect(cut.lines.count == 1)
            let kept = Array(cut.points[cut.lines[0]])
            #expect(kept.first == line.first && kept.last == line.last)
            #expect(kept.count <= line.count)
            for q in line {
                #expect(kept.contains { hypot($0.lon - q.lon, $0.lat - q.lat) < 0.5 + 1e-12 }, "\(q) is far from every kept point")
            }
            for (a, b) in zip(kept, kept.dropFirst().dropLast()) { #expect(hypot(b.lon - a.lon, b.lat - a.lat) >= 0.5) }
        }
    }

    /// A geodesic's step across ±180° is no segment across the box: the line breaks there.
    @Test func linesBreakAtTheAntimeridian() {
        let east = GeoBoxClip(west: 160, south: -10, east: 179.9, north: 10)!
        let line = [LonLat(lon: 170, lat: 0), LonLat(lon: 179.5, lat: 1), LonLat(lon: -179.5, lat: 2), LonLat(lon: -170, lat: 3)]
        let cut = east.lines(points: line, lines: [0..<line.count])
        #expect(cut.lines.count == 1)
        #expect(Array(cut.points[cut.lines[0]]) == Array(line.prefix(2)))
    }

    /// Where a ring is closed along the box's south or north side (parallels), a point every
    /// degree keeps the pipeline, which reads a segment as a great circle, from bowing it into
    /// the box.
    @Test func sidesAlongParallelsGetAPointEveryDegree() {
        let wide = GeoBoxClip(west: -20, south: 30, east: 100, north: 60)!
        // A band of land reaching below the south side and above the north side.
        let ring = [LonLat(lon: -40, lat: 20), LonLat(lon: -40, lat: 70), LonLat(lon: 120, lat: 70), LonLat(lon: 120, lat: 20)]
        let cut = wide.polygons(points: ring, rings: [0..<ring.count], polygons: [0..<1])
        let out = Array(cut.points[cut.rings[0]])
        #expect(out.count > 200)
        for (a, b) in zip(out, out.dropFirst() + [out[0]]) where a.lat == b.lat {
            #expect(abs(b.lon - a.lon) <= 1 + 1e-9, "a side of \(abs(b.lon - a.lon))° along \(a.lat)°")
        }
    }

    /// What a rectangle of a regional map shows lies inside its geographic box.
    @Test func geographicBoxHoldsWhatTheFrameShows() throws {
        var rng = SplitMix64(seed: 21)
        for _ in 0..<20 {
            let center = LonLat(lon: Double.random(in: -150...150, using: &rng), lat: Double.random(in: -50...50, using: &rng))
            let setup = ProjectionSetup.preset(.lambertConformal, center: center, latitudes: (center.lat - 10)...(center.lat + 10))
            let frame = Rect(x: 0, y: 0, width: Double.random(in: 400...1900, using: &rng), height: Double.random(in: 300...1000, using: &rng))
            let map = try MapProjection(setup: setup, frame: frame, fit: .box(GeoBox(west: center.lon - 15, south: center.lat - 8,
                                                                                   east: center.lon + 15, north: center.lat + 8)!))
            guard let box = map.geographicBox(of: frame) else { continue }
            for _ in 0..<400 {
                let p = LonLat(lon: center.lon + Double.random(in: -60...60, using: &rng), lat: max(-89, min(89, center.lat + Double.random(in: -40...40, using: &rng))))
                guard p.lon > -180, p.lon < 180, let q = map.point(p), frame.contains(q) else { continue }
                #expect(p.lon >= box.west - 1e-9 && p.lon <= box.east + 1e-9 && p.lat >= box.south - 1e-9 && p.lat <= box.north + 1e-9,
                        "\(p) shows at \(q) but is outside \(box)")
            }
        }
    }

    @Test func boxesAcrossTheAntimeridianAreRefused() {
        #expect(GeoBoxClip(west: 170, south: -10, east: -170, north: 10) == nil)
    }
}
