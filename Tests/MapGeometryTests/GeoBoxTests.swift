import Foundation
import MapGeometry
import MapScene
import Testing
import TestSupport

/// A longitude/latitude box must answer width, containment, union and intersection the same
/// on either side of ±180° as a brute-force walk round the globe does.
@Suite struct GeoBoxTests {
    /// A random box with whole-degree edges (crossing ±180° about half the time it can).
    func randomBox(_ rng: inout SplitMix64) -> GeoBox {
        while true {
            let w = Double(Int.random(in: -180...180, using: &rng)), e = Double(Int.random(in: -180...180, using: &rng))
            let s = Double(Int.random(in: -90...89, using: &rng)), n = Double(Int.random(in: Int(s) + 1...90, using: &rng))
            if let box = GeoBox(west: w, south: s, east: e, north: n) { return box }
        }
    }

    /// The whole-degree cells (cell k spans k - 180 ... k - 179) the box covers, walking east from its west edge.
    func cells(_ box: GeoBox) -> Set<Int> {
        var out = Set<Int>()
        var lon = Int(box.west)
        let steps = box.west < box.east ? Int(box.east) - Int(box.west) : Int(box.east) + 360 - Int(box.west)
        for _ in 0..<steps {
            out.insert(((lon + 180) % 360 + 360) % 360)
            lon += 1
        }
        return out
    }

    /// The narrowest width holding all the cells: the circle less its longest uncovered run.
    func narrowestWidth(_ covered: Set<Int>) -> Double {
        if covered.count == 360 { return 360 }
        var longest = 0
        for start in 0..<360 where !covered.contains(start) {
            var run = 0
            while run < 360 && !covered.contains((start + run) % 360) { run += 1 }
            longest = max(longest, run)
        }
        return Double(360 - longest)
    }

    @Test func aBoxAcrossTheAntimeridian() throws {
        let box = try #require(GeoBox(west: 170, south: -30, east: -170, north: 0))
        #expect(box.crossesAntimeridian)
        #expect(box.width == 20)
        #expect(box.unwrappedEast == 190)
        #expect(abs(abs(box.center.lon) - 180) < 1e-9 && box.center.lat == -15)
        for lon in [170.0, 175, 180, -180, -175, -170, 185] { #expect(box.contains(lon: lon, lat: -10), "\(lon)") }
        for lon in [169.0, -169, 0, 90] { #expect(!box.contains(lon: lon, lat: -10), "\(lon)") }
        #expect(!box.contains(lon: 175, lat: 1))
        #expect(GeoBox(west: -180, south: -90, east: 180, north: 90)?.width == 360)
    }

    @Test func invalidBoxesAreRefused() {
        #expect(GeoBox(west: 10, south: 0, east: 10, north: 5) == nil)
        #expect(GeoBox(west: 10, south: 5, east: 20, north: 5) == nil)
        #expect(GeoBox(west: 10, south: 6, east: 20, north: 5) == nil)
        #expect(GeoBox(west: -181, south: 0, east: 20, north: 5) == nil)
        #expect(GeoBox(west: 10, south: 0, east: 20, north: 91) == nil)
    }

    @Test func widthAndContainsAgreeWithAWalkRoundTheGlobe() {
        var rng = SplitMix64(seed: 21)
        for _ in 0..<300 {
            let box = randomBox(&rng)
            let covered = cells(box)
            #expect(box.width == Double(covered.count), "\(box)")
            for k in 0..<360 {
                let lon = Double(k) - 180 + 0.5
                #expect(box.contains(lon: lon, lat: (box.south + box.north) / 2) == covered.contains(k), "\(box) at \(lon)")
            }
            let lat = Double.random(in: -90...90, using: &rng)
            #expect(box.contains(lon: box.center.lon, lat: lat) == (lat >= box.south && lat <= box.north))
        }
    }

    @Test func unionIsTheNarrowestBoxHoldingBoth() {
        var rng = SplitMix64(seed: 22)
        for _ in 0..<300 {
            let a = randomBox(&rng), b = randomBox(&rng)
            let u = a.union(b)
            #expect(u.width == narrowestWidth(cells(a).union(cells(b))), "\(a) ∪ \(b) = \(u)")
            #expect(u.south == min(a.south, b.south) && u.north == max(a.north, b.north))
            for _ in 0..<50 {
                let p = LonLat(lon: Double.random(in: -180...180, using: &rng), lat: Double.random(in: -90...90, using: &rng))
                if a.contains(p) || b.contains(p) { #expect(u.contains(p), "\(p) in \(a) or \(b) but not \(u)") }
            }
        }
    }

    @Test func includingAPointTakesTheNarrowerWayRound() {
        var rng = SplitMix64(seed: 23)
        for _ in 0..<300 {
            let box = randomBox(&rng)
            let p = LonLat(lon: Double(Int.random(in: -180...179, using: &rng)) + 0.5, lat: Double.random(in: -90...90, using: &rng))
            let grown = box.including(p)
            #expect(grown.contains(p))
            var withPoint = cells(box)
            withPoint.insert(Int(p.lon + 180))
            // The point's cell is only half taken: the narrowest box is half a degree less than the cells'.
            let expected = box.contains(lon: p.lon, lat: box.south) ? box.width : narrowestWidth(withPoint) - 0.5
            #expect(abs(grown.width - expected) < 1e-9, "\(box) + \(p) = \(grown)")
        }
    }

    @Test func intersectsAgreesWithSharedPoints() {
        var rng = SplitMix64(seed: 24)
        for _ in 0..<300 {
            let a = randomBox(&rng), b = randomBox(&rng)
            var shared = false
            outer: for i in 0..<720 {
                let lon = Double(i) / 2 - 180
                guard a.contains(lon: lon, lat: a.south), b.contains(lon: lon, lat: b.south) else { continue }
                shared = max(a.south, b.south) <= min(a.north, b.north)
                break outer
            }
            #expect(a.intersects(b) == shared, "\(a) ∩ \(b)")
            #expect(a.intersects(b) == b.intersects(a))
        }
    }

    @Test func anInsetAcrossTheAntimeridianKeepsItsPartners() throws {
        // Vanuatu-like and Fiji-like partners, either side of ±180°.
        let vanuatu = LonLat(lon: 168.3, lat: -17.7), fiji = LonLat(lon: -178.4, lat: -18.1)
        let tight = GeoBox(around: vanuatu).including(fiji)
        #expect(tight.crossesAntimeridian)
        #expect(abs(tight.width - 13.3) < 1e-9)
        let region = tight.expanded(lon: 4, lat: 3)
        #expect(region.contains(vanuatu) && region.contains(fiji))
        #expect(!region.contains(lon: 0, lat: -18))
        let setup = ProjectionSetup.preset(.lambertConformal, center: region.center, latitudes: region.south...region.north)
        let frame = Rect(x: 0, y: 0, width: 400, height: 300)
        let map = try MapProjection(setup: setup, frame: frame, fit: .box(region))
        let a = try #require(map.point(vanuatu)), b = try #require(map.point(fiji))
        #expect(a.x < b.x, "west to east across the inset")
        let outline = try #require(map.polygonPath([region.ring()]).bounds)
        #expect(outline.width < frame.width + 1 && outline.height < frame.height + 1)
    }
}
