import Foundation
import MapGeometry
import Testing
@testable import Basemap

@Suite struct SimplificationTests {
    private func levels(_ configure: (inout BasemapImportOptions) -> Void = { _ in }) throws -> [DetailLevel: BasemapLevel] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var options = BasemapImportOptions()
        options.mediumTolerance = 30
        options.mediumMinIslandArea = 20
        configure(&options)
        return try LevelChecks.decode(try BasemapImporter.build(input: try FixtureWorld.writeShapefile(in: directory), options: options))
    }

    @Test func simplifiedBorderIsIdenticalInBothNeighbours() throws {
        let levels = try levels()
        let high = try #require(levels[.high]), medium = try #require(levels[.medium])
        let highBorder = try #require(high.borders.lines.max { $0.count < $1.count })
        let border = try #require(medium.borders.lines.max { $0.count < $1.count })
        #expect(border.count < highBorder.count)
        #expect(border.count > 2)
        let (index, ringFeature) = LevelChecks.indices(medium)
        let owners = LevelChecks.features(of: medium, containing: border, in: medium.borders, index: index, ringFeature: ringFeature)
        #expect(owners == [0, 1])
    }

    @Test func smallIslandsAreDroppedWholeAndFeaturesKept() throws {
        let levels = try levels()
        let high = try #require(levels[.high]), medium = try #require(levels[.medium])
        #expect(high.features[0].polygons.count == 2)
        #expect(medium.features[0].polygons.count == 1)
        #expect(medium.features[1].polygons.count == 2)
        #expect(medium.features.map(\.attributes) == high.features.map(\.attributes))
        #expect(medium.coastlines.lines.count == high.coastlines.lines.count - 1)
    }

    @Test func everyLevelKeepsValidRingsEvenWhenSimplifiedToNothing() throws {
        let levels = try levels {
            $0.mediumTolerance = 1e9
            $0.mediumMinIslandArea = 0
        }
        for level in levels.values {
            #expect(LevelChecks.problems(level).isEmpty, "\(level.level)")
        }
        let medium = try #require(levels[.medium])
        #expect(medium.polygons.count == levels[.high]?.polygons.count)
    }

    @Test func landAreaOfSimplifiedLevelsIsWithinOnePercent() throws {
        let levels = try levels()
        let high = try #require(levels[.high])
        for level in [DetailLevel.medium, .low] {
            let simplified = try #require(levels[level])
            let minimum = level == .medium ? 20.0 : BasemapImportOptions().lowMinIslandArea
            let reference = LevelChecks.landArea(high, minimum: minimum)
            let area = LevelChecks.landArea(simplified)
            #expect(abs(area - reference) / reference < 0.01, "\(level): \(area) km² vs \(reference) km²")
        }
    }

    @Test func weightsGrowInRemovalOrderAndKeepEndpoints() {
        let arc = FixtureWorld.coast(from: 0, to: 10, at: 0).map { GridPoint(x: Int32($0.0 * 1e5), y: Int32(($0.1 * 1e5).rounded())) }
        let weights = Visvalingam.weights(arc, unitsPerDegree: 100_000)
        #expect(weights.first == .infinity && weights.last == .infinity)
        #expect(weights.dropFirst().dropLast().allSatisfy { $0.isFinite && $0 >= 0 })
    }
}
