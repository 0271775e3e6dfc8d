import Testing
import Basemap

@Suite struct DetailLevelTests {
    @Test func automaticChoiceFollowsTheDocumentedThresholds() {
        #expect(DetailLevel.automatic(pixelsPerDegree: 2.7) == .low)      // 960-pixel world map
        #expect(DetailLevel.automatic(pixelsPerDegree: 6.1) == .low)      // 1920-pixel world map
        #expect(DetailLevel.automatic(pixelsPerDegree: 7.99) == .low)
        #expect(DetailLevel.automatic(pixelsPerDegree: 8) == .medium)
        #expect(DetailLevel.automatic(pixelsPerDegree: 10.7) == .medium)   // 3840-pixel world poster
        #expect(DetailLevel.automatic(pixelsPerDegree: 29.9) == .medium)
        #expect(DetailLevel.automatic(pixelsPerDegree: 30) == .high)
        #expect(DetailLevel.automatic(pixelsPerDegree: 200) == .high)      // a region
        #expect(DetailLevel.automatic(pixelsPerDegree: 0) == .low)
        #expect(DetailLevel.automatic(pixelsPerDegree: -.infinity) == .low)
        #expect(DetailLevel.automatic(pixelsPerDegree: .nan) == .low)
    }
}
