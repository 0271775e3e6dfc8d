import Foundation
import MapGeometry
import Testing
@testable import Basemap

/// Checks on the committed Natural Earth basemap in geodata/basemap.
@Suite struct NaturalEarthTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("geodata/basemap").path

    private func basemap() throws -> Basemap {
        try Basemap.open(nameOrPath: Basemap.defaultName, searchDirectory: Self.directory)
    }

    @Test func infoListsThreeLevelsWithinTheSizeBudget() throws {
        let info = try basemap().info()
        #expect(info.levels.map(\.header.level) == [.low, .medium, .high])
        #expect(info.levels.reduce(0) { $0 + $1.fileSize } <= 12_000_000)
        #expect(info.levels.map(\.header.featureCount) == [175, 250, 250])
        let medium = info.levels[1].header
        #expect((100_000...150_000).contains(medium.pointCount))
        #expect(info.sources.contains("Natural Earth"))
        #expect(info.report.contains("medium 250 features"))
    }

    @Test(arguments: DetailLevel.allCases)
    func levelIsSound(_ detail: DetailLevel) throws {
        let level = try basemap().load(detail)
        #expect(level.level == detail)
        #expect(LevelChecks.problems(level).isEmpty)
        #expect(level.borders.lines.count > 300)
        #expect(level.coastlines.lines.count > 250)
    }

    @Test func attributesAreKeptAtEveryLevel() throws {
        let basemap = try basemap()
        for detail in DetailLevel.allCases {
            let level = try basemap.load(detail)
            func feature(_ iso3: String) -> FeatureAttributes? {
                level.features.first { $0.attributes.iso3 == iso3 }?.attributes
            }
            let china = try #require(feature("CHN"))
            #expect(china.iso2 == "CN" && china.continent == "Asia")
            #expect(china.names == ["en": "People's Republic of China", "zh": "中华人民共和国", "vi": "Trung Quốc",
                                    "ja": "中華人民共和国", "ko": "중화인민공화국"])
            #expect(feature("FRA")?.iso2 == "FR")
            #expect(feature("NOR")?.iso2 == "NO")
            #expect(feature("TWN")?.iso2 == "TW")
            #expect(level.features.first { $0.attributes.names["en"] == "Kosovo" }?.attributes.iso2 == "XK")
            #expect(!level.features.contains { $0.attributes.names["en"] == "N. Cyprus" })
        }
        let high = try basemap.load(.high), medium = try basemap.load(.medium)
        #expect(high.features.map(\.attributes) == medium.features.map(\.attributes))
    }

    @Test(arguments: [DetailLevel.medium, .low])
    func landAreaIsWithinOnePercentOfHigh(_ detail: DetailLevel) throws {
        let basemap = try basemap()
        let info = try basemap.info()
        let level = try basemap.load(detail)
        let high = try basemap.load(.high)
        // Islands the level dropped by its own threshold (none for the 1:110m level) do not count.
        let threshold = try #require(info.levels.first { $0.header.level == detail }).header.minIslandArea
        let reference = LevelChecks.landArea(high, minimum: threshold)
        let area = LevelChecks.landArea(level)
        #expect(abs(area - reference) / reference < 0.01, "\(detail): \(area) km² vs \(reference) km²")
    }

    /// Land masses cover exactly the countries' land, with only shores (and the cuts along ±180°
    /// and −90°) as their edges: every border point is gone.
    @Test(arguments: DetailLevel.allCases)
    func landMassesAreTheUnionOfTheCountries(_ detail: DetailLevel) throws {
        let level = try basemap().load(detail)
        let land = level.land
        #expect(land.points.count < level.points.count, "land masses were not assembled")
        func area(_ set: PolygonSet) -> Double {
            set.polygons.reduce(0) { total, polygon in
                total + polygon.reduce(0) { $0 + abs(SphericalArea.signedArea(of: set.points[set.rings[$1]])) * ($1 == polygon.lowerBound ? 1 : -1) }
            }
        }
        let countries = area(PolygonSet(points: level.points, rings: level.rings, polygons: level.polygons))
        #expect(abs(area(land) - countries) / countries < 1e-9, "\(detail): \(area(land)) km² vs \(countries) km²")
        // Exteriors run clockwise, holes counter-clockwise.
        for polygon in land.polygons {
            for ring in polygon {
                let a = SphericalArea.signedArea(of: land.points[land.rings[ring]])
                #expect(ring == polygon.lowerBound ? a < 0 : a > 0)
            }
        }
        // No point of a border (away from its ends) is on a land mass's edge.
        let edge = Set(land.points.map { [$0.lon, $0.lat] })
        let inner = level.borders.lines.flatMap { level.borders.points[$0].dropFirst().dropLast() }
        #expect(!inner.isEmpty)
        #expect(inner.allSatisfy { !edge.contains([$0.lon, $0.lat]) })
    }

    @Test func simplifiedBordersAreTheSameInBothNeighbours() throws {
        let level = try basemap().load(.medium)
        let (index, ringFeature) = LevelChecks.indices(level)
        var unshared: [String] = []
        for line in level.borders.lines {
            let owners = LevelChecks.features(of: level, containing: line, in: level.borders, index: index, ringFeature: ringFeature)
            if owners.count != 2 { unshared.append("\(level.borders.points[line.lowerBound]) \(owners)") }
        }
        #expect(unshared.isEmpty)
    }

    @Test func antimeridianAndPoleCutsAreNotLines() throws {
        let level = try basemap().load(.high)
        let russia = try #require(level.features.first { $0.attributes.iso3 == "RUS" })
        let onMeridian = russia.polygons.flatMap { level.polygons[$0] }.flatMap { level.points[level.rings[$0]] }
            .filter { abs($0.lon) == 180 }
        #expect(onMeridian.count > 10)
        let antarctica = try #require(level.features.first { $0.attributes.iso3 == "ATA" })
        let pole = antarctica.polygons.flatMap { level.polygons[$0] }.flatMap { level.points[level.rings[$0]] }
            .filter { $0.lat == -90 }
        #expect(pole.count > 2)
        #expect(LevelChecks.problems(level).isEmpty)
    }
}
