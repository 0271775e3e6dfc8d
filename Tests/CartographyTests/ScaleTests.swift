@testable import Cartography
import Foundation
import MapGeometry
import MapScene
import PartnerData
import Testing
import TestSupport

/// Planning stays within bounds however many partners and however large the scale: the work is
/// counted here, not timed.
@Suite(.serialized) struct ScaleTests {
    /// Partners all over the world, as the 60,000-partner check spreads them.
    static func world(_ count: Int) -> Network {
        var rng = SplitMix64(seed: 5)
        let hub = City(id: "hub", names: [.en: "Hub"], country: "China", iso2: "CN", continent: .asia, lat: 22.8, lon: 108.3,
                       relation: .hub, year: nil)
        let partners = (0..<count).map { i in
            City(id: "p\(i)", names: [.en: "Place \(i)"], country: "Japan", iso2: "JP", continent: .asia,
                 lat: Double.random(in: -60...70, using: &rng), lon: Double.random(in: -179...179, using: &rng),
                 relation: .sister, year: 1950 + i % 70)
        }
        return Network(hub: hub, partners: partners, source: "test")
    }

    /// Names that find no room are numbered only when a key listing them can be shown: 600
    /// partners on a small map leave hundreds without room, and their numbers lay on top of
    /// each other, pointing to a key too large to place.
    @Test func noNumbersWhenTheKeyCannotBeShown() throws {
        let plan = try Fixture.plan(["--size", "960x540"], network: Self.world(600))
        #expect(plan.labels.filter { $0.status == .dropped }.count > 100)
        #expect(!plan.labels.contains { $0.status == .keyed })
        #expect(plan.keyBox == nil)
    }

    /// Marker spreading looks only at the pairs near each marker: 2,000 markers all hiding each
    /// other form one group, every pair of which it used to look at, in each of its 40 rounds.
    @Test func spreadingLooksOnlyAtNearPairs() {
        var rng = SplitMix64(seed: 3)
        var points: [String: Point] = [:]
        for i in 0..<2000 {
            points["p\(i)"] = Point(Double(i % 45) * 2 + Double.random(in: 0...1, using: &rng),
                                    Double(i / 45) * 2 + Double.random(in: 0...1, using: &rng))
        }
        let result = MarkerSpread(hubRadius: 5, partnerRadius: 2.5).spread(points, hubID: "p0")
        #expect(result.looked <= 40 * 2000 * 300, "\(result.looked) pairs looked at (all pairs: \(40 * 2000 * 1999 / 2))")
        #expect(result.ticks.count > 1000, "the crowd was spread")
    }

    /// Arcs keep their casings while they can be told apart round the map (Nanning's 26, and
    /// some 800 on a 1920×1080 map), not when thousands fill it.
    @Test func casingsOnlyWhileArcsCanBeToldApart() throws {
        let plan = try Fixture.plan()
        #expect(ArcPainter.casesArcs(count: plan.arcs.count, frame: plan.frame, sizing: plan.sizing))
        #expect(ArcPainter.casesArcs(count: 800, frame: plan.frame, sizing: plan.sizing))
        #expect(!ArcPainter.casesArcs(count: 3000, frame: plan.frame, sizing: plan.sizing))
    }

    /// A map a ten-millionth of a degree across, round the hub: its arcs and graticule are refined
    /// only near the frame (some 170 million points before).
    @Test func tinyExtentRoundTheHub() throws {
        let plan = try Fixture.plan(["--extent", "108.3,22.8,108.3000001,22.8000001"])
        #expect(plan.resampledPoints < 300_000, "\(plan.resampledPoints) points added")
    }

    /// An inset across ±180° cuts arcs to what it shows before projecting them, as other insets
    /// do (its geographic box has no bounds in plain longitudes, so every arc went through whole).
    @Test func insetAcrossTheAntimeridianCutsArcs() throws {
        let region = try #require(GeoBox(west: 147.9, south: 58.6, east: -175.6, north: 72))
        let map = try MapProjection(setup: .preset(.lambertConformal, center: region.center, latitudes: region.south...region.north),
                                    frame: Rect(x: 0, y: 0, width: 375, height: 284), fit: .box(region))
        let clip = try #require(RegionFilter.lineClip(showing: map.frame, of: map))
        func cut(_ a: LonLat, _ b: LonLat) -> Int {
            let path = Geodesic.wgs84.path(a, b)
            return clip.lines(points: path, lines: [0..<path.count]).points.count
        }
        #expect(cut(LonLat(lon: 139.7, lat: 35.7), LonLat(lon: 151.2, lat: -33.9)) == 0, "Tokyo–Sydney passes far away")
        #expect(cut(LonLat(lon: 150.8, lat: 59.6), LonLat(lon: -149.9, lat: 61.2)) > 10, "Magadan–Anchorage crosses it")
    }
}
