import Foundation
import MapGeometry
import Testing
@testable import Basemap

@Suite struct TopologyTests {
    private func highLevel() throws -> BasemapLevel {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let built = try BasemapImporter.build(input: try FixtureWorld.writeShapefile(in: directory))
        return try #require(try LevelChecks.decode(built)[.high])
    }

    @Test func sharedBoundariesAreBordersDrawnOnce() throws {
        let level = try highLevel()
        #expect(level.borders.lines.count == 2)
        let (index, ringFeature) = LevelChecks.indices(level)
        var pairs: Set<[Int]> = []
        for line in level.borders.lines {
            let owners = LevelChecks.features(of: level, containing: line, in: level.borders, index: index, ringFeature: ringFeature)
            pairs.insert(owners.sorted())
        }
        #expect(pairs == [[0, 1], [1, 2]])
        let longest = try #require(level.borders.lines.max { $0.count < $1.count })
        #expect(longest.count == FixtureWorld.border.count)
    }

    @Test func coastlinesBelongToOneFeatureAndCutLinesToNone() throws {
        let level = try highLevel()
        // A's coast and island, B's coast and island, two coasts of D, one of E.
        #expect(level.coastlines.lines.count == 7)
        #expect(LevelChecks.problems(level).isEmpty)
        let (index, ringFeature) = LevelChecks.indices(level)
        for line in level.coastlines.lines {
            let owners = LevelChecks.features(of: level, containing: line, in: level.coastlines, index: index, ringFeature: ringFeature)
            #expect(owners.count == 1)
        }
    }

    @Test func ringsSharedWithinOneFeatureAreNeitherBorderNorCoast() throws {
        let square = FixtureWorld.square(0, 0, 1), neighbour = FixtureWorld.square(1, 0, 1)
        let features = [GridFeature(attributes: FeatureAttributes(iso3: "ONE"), polygons: [square, neighbour].map { ring in
            [ring.dropLast().map { GridPoint(x: Int32($0.0 * 10), y: Int32($0.1 * 10)) }]
        })]
        let topology = Topology(features: features, unitsPerDegree: 10)
        let geometry = LevelSelection(topology: topology, unitsPerDegree: 10).level(tolerance: 0, minIslandArea: 0)
        let bytes = try CompactEncoder.encode(geometry, level: .high, unitsPerDegree: 10, tolerance: 0, minIslandArea: 0,
                                             sources: "", file: "one.shp")
        let level = try CompactDecoder.decode(Data(bytes), file: "one.pmb")
        #expect(level.borders.lines.isEmpty)
        #expect(level.coastlines.lines.count == 2)
        #expect(topology.arcs.count == 3)
    }

    @Test func enclaveAndHoleShareOneClosedArc() throws {
        let level = try highLevel()
        let closed = level.borders.lines.filter { level.borders.points[$0.lowerBound] == level.borders.points[$0.upperBound - 1] }
        #expect(closed.count == 1)
        #expect(closed.first?.count == 5)
    }

    /// A and B merge across their border, the enclave fills B's hole (no hole is left), the
    /// islands, both halves of D and the polar E stay land masses of their own.
    @Test func landMassesMergeNeighboursAndFillEnclaves() throws {
        let level = try highLevel()
        let land = level.land
        #expect(land.polygons.count == 6)
        #expect(land.polygons.allSatisfy { $0.count == 1 }, "no holes")
        let merged = try #require(land.rings.max { $0.count < $1.count })
        let points = land.points[merged]
        #expect(points.contains(LonLat(lon: 0, lat: 0)) && points.contains(LonLat(lon: 20, lat: 0)))
        #expect(!points.contains(LonLat(lon: 10 + 0.08 * sin(Double.pi / 2), lat: 0.5)), "the border is not an edge of the land")
    }

    @Test func polarRingStaysValidAlongTheSouthPole() throws {
        let level = try highLevel()
        let polar = try #require(level.features.last)
        let exterior = level.rings[level.polygons[polar.polygons.lowerBound].lowerBound]
        let points = level.points[exterior]
        #expect(points.contains(LonLat(lon: -180, lat: -90)))
        #expect(points.contains(LonLat(lon: 180, lat: -90)))
        #expect(PlanarRing.signedArea(Array(points)) < 0)
    }
}
