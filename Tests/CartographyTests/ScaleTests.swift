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

    /// Names that find no room are numbered only when a key listing them can be shown: 200
    /// partners (each with its own marker) on a small map leave a hundred without room, and
    /// their numbers lay on top of each other, pointing to a key too large to place.
    @Test func noNumbersWhenTheKeyCannotBeShown() throws {
        let plan = try Fixture.plan(["--size", "640x360"], network: Self.world(MarkerClusters.denseMarkers))
        #expect(plan.clusters == nil)
        #expect(plan.labels.filter { $0.status == .dropped }.count > 60)
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

    /// A world map projects only every few points of each geodesic (some 32 units apart), yet
    /// its arcs lie on the same curves as when every point is projected; a map a few hundred
    /// kilometres across takes every point.
    @Test func worldArcsProjectFewerPointsOnTheSameCurves() throws {
        let plan = try Fixture.plan()
        let world = try MapProjection(setup: .preset(.equalEarth, center: LonLat(lon: 108, lat: 0)), frame: plan.frame, fit: .world)
        #expect(ProjectedArc.sampleStride(world) >= 3)
        let regional = try MapProjection(setup: .preset(.lambertConformal, center: LonLat(lon: 108, lat: 22), latitudes: 20...25),
                                         frame: plan.frame, fit: .box(try #require(GeoBox(west: 105, south: 20, east: 111, north: 25))))
        #expect(ProjectedArc.sampleStride(regional) == 1)
        let paths = PartnerGeodesic.all(Self.world(200)).map(\.path)
        let sparse = ProjectedArc.pieces(of: paths, projection: world, maxStep: 16)
        let full = paths.map { world.pieces(of: $0, maxStep: 16) }
        for (s, f) in zip(sparse, full) {
            // Each line's vertices lie on the other (both keep within the tolerance of the curve).
            #expect(farthestVertex(of: s, from: f) < 1)
            #expect(farthestVertex(of: f, from: s) < 1)
        }
    }

    /// A dense world map gathers its markers by place: no partner is in two discs, discs stand
    /// apart (no two seeds within the reach, no disc wider than it), each member lies within the
    /// reach of its disc, and no member is named by a label of the main map. A map of a hundred
    /// partners (and Nanning's) keeps a marker for each.
    @Test func denseMapsClusterMarkersByPlace() throws {
        let plan = try Fixture.plan(network: Self.world(1000))
        let found = try #require(plan.clusters)
        let members = found.clusters.flatMap(\.members)
        #expect(found.clusters.count > 20 && members.count > 300)
        #expect(Set(members).count == members.count, "no partner in two clusters")
        for (i, a) in found.clusters.enumerated() {
            #expect(a.members.count > 1 && found.radius(a.members.count) <= found.reach / 2)
            for id in a.members { #expect(plan.partnerPoints[id]!.distance(to: a.centre) <= found.reach + 1e-9) }
            for b in found.clusters[(i + 1)...] { #expect(a.centre.distance(to: b.centre) > found.reach) }
        }
        let named = Set(plan.labels.filter { $0.map == "main" && $0.status != .dropped }.map(\.id))
        #expect(named.isDisjoint(with: members))
        // The distance rings' labels (an azimuthal equidistant map's) keep off the discs.
        let rings = plan.labels.filter { $0.id.hasPrefix("ring-") && $0.status != .dropped }
        #expect(!rings.isEmpty, "\(plan.projectionName)")
        for l in rings { for c in found.clusters { #expect(!l.box.overlapsClearly(found.box(c)), "\(l.id)") } }
        #expect(try Fixture.plan(network: Self.world(100)).clusters == nil)
        #expect(try Fixture.plan().clusters == nil)
    }

    /// Gathering looks at each partner a few times, however densely they crowd: 3,000 and 9,000
    /// partners in a square of 300 units.
    @Test func clusteringWorkGrowsWithThePartners() {
        func looked(_ n: Int) -> Int {
            var rng = SplitMix64(seed: 9)
            var points: [String: Point] = [:]
            for i in 0..<n { points["p\(i)"] = Point(Double.random(in: 0...300, using: &rng), Double.random(in: 0...300, using: &rng)) }
            return MarkerClusters(points, years: [:], reach: 27, partnerRadius: 2.5).looked
        }
        let few = looked(3000), many = looked(9000)
        #expect(Double(many) < 3.3 * Double(few), "\(few) then \(many) partners looked at")
        #expect(many <= 20 * 9000)
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

/// No stage's work grows with the square of the partners: counted (not timed) for 300, 900
/// and 2,700 cities crowded into one small area, where every city has more neighbours the more
/// there are. Work that grows linearly triples each time; work that looked at every pair of
/// near cities would grow ninefold.
@Suite struct GrowthTests {
    static let counts = [300, 900, 2700]

    /// Points spread evenly at random over a 100×100 square.
    static func crowd(_ n: Int) -> [Point] {
        var rng = SplitMix64(seed: UInt64(n))
        return (0..<n).map { _ in Point(Double.random(in: 0...100, using: &rng), Double.random(in: 0...100, using: &rng)) }
    }

    static func expectLinear(_ work: [Int], _ what: String) {
        for (a, b) in zip(work, work.dropFirst()) {
            #expect(Double(b) < 3.3 * Double(a), "\(what): \(work) for \(counts) cities")
        }
    }

    @Test func markerSpreading() {
        let work = Self.counts.map { n in
            let points = Dictionary(uniqueKeysWithValues: Self.crowd(n).enumerated().map { ("p\($0.offset)", $0.element) })
            return MarkerSpread(hubRadius: 5, partnerRadius: 2.5).spread(points, hubID: "p0").looked
        }
        Self.expectLinear(work, "pairs of markers looked at")
    }

    @Test func crowdGrouping() {
        let work = Self.counts.map { n in
            var looked = 0
            let groups = CrowdFinder.components(Self.crowd(n), link: 20, looked: &looked)
            #expect(groups.count == 1, "one crowd")
            return looked
        }
        Self.expectLinear(work, "pairs of cities measured")
    }
}

/// What the crowded maps rest on: the hub named however its partners crowd round it, and the
/// marker grid telling exactly what a look at every marker told.
@Suite struct CrowdTests {
    /// Partners' markers every 4 units all round the hub leave no spot by its marker free:
    /// the hub is named all the same (over their markers), where it was left out.
    @Test func theHubIsNamedInACrowd() {
        var partners: [(Double, Double)] = []
        for i in 0..<60 { for j in 0..<40 { partners.append((Double(i), Double(j))) } }
        let network = Fixture.network(hub: (30.1, 20.1), partners: partners)
        var points: [String: Point] = [:]
        for (k, p) in partners.enumerated() { points["p\(k)"] = Point(300 + p.0 * 4, 200 + p.1 * 4) }
        let sizing = Sizing(size: Size(1920, 1080), dpi: 96)
        let labeller = MapLabeller(measurer: Fixture.inputs.measurer, text: MapText(language: .en), theme: Theme.named(.light), sizing: sizing)
        let labels = labeller.draft(network: network, hubPoint: Point(420.4, 280.4), points: points,
                                    allowed: Rect(x: 0, y: 0, width: 1920, height: 1080), obstacles: [], skip: { _ in false }, map: "main").labels
        let hub = labels.first { $0.id == "hub" }
        #expect(hub != nil && hub?.status != .dropped, "\(String(describing: hub?.status))")
        #expect(labels.filter { $0.status == .dropped }.count > 1000, "the partners' names found no room")
    }

    @Test func markerFieldAgreesWithEveryMarker() {
        var rng = SplitMix64(seed: 11)
        let area = Rect(x: 10, y: 20, width: 500, height: 300)
        // Some markers beyond the area too, and some on a cell's edge.
        let points = (0..<3000).map { _ in Point(Double.random(in: -50...560, using: &rng), Double.random(in: 0...340, using: &rng)) }
            + [Point(10, 20), Point(510, 320), Point(260, 170)]
        let field = MarkerField(points, area: area)
        for _ in 0..<3000 {
            let x = Double.random(in: -60...560, using: &rng), y = Double.random(in: -10...340, using: &rng)
            let r = Rect(x: x, y: y, width: Double.random(in: 0...120, using: &rng), height: Double.random(in: 0...80, using: &rng))
            #expect(field.anyIn(r) == points.contains { r.contains($0) })
        }
        #expect(!MarkerField([], area: area).anyIn(area))
    }
}
