import Cartography
import MapGeometry
import MapJobs
import Testing

@Suite struct SpecBuilderTests {
    @Test func defaultsAreAFullHDScreenMap() throws {
        let spec = try SpecBuilder.build(MapOptionValues())
        #expect(spec.size.width == 1920 && spec.size.height == 1080 && spec.dpi == 96)
        #expect(spec.layers == MapLayer.defaults)
    }

    @Test func paperSizesFollowISO216AtTheGivenResolution() throws {
        var v = MapOptionValues()
        v.paper = "a0"
        v.landscape = false
        v.dpi = 100
        let spec = try SpecBuilder.build(v)
        #expect(abs(spec.size.width - 841 / 25.4 * 100) < 1e-9)
        #expect(abs(spec.size.height - 1189 / 25.4 * 100) < 1e-9)
    }

    @Test(arguments: [
        ("size", "1920"), ("size", "0x10"), ("center", "200"), ("center", "10,95"), ("extent", "1,2,3"),
        ("layers", "arcs,rivers"), ("background", "blue"), ("color", "rainbow"), ("lang", "fr"), ("paper", "B5"),
        ("projection+center", "x"),
    ])
    func badValuesAreRejectedWithAMessage(option: String, value: String) {
        var v = MapOptionValues()
        switch option {
        case "size": v.size = value
        case "center": v.center = value
        case "extent": v.extent = value
        case "layers": v.layers = value
        case "background": v.background = value
        case "color": v.color = value
        case "lang": v.lang = value
        case "paper": v.paper = value
        default: v.size = "100x100"; v.paper = "A4"
        }
        #expect(throws: JobError.self) { try SpecBuilder.build(v) }
    }

    @Test func negativeCentreAndBoxesParse() throws {
        var v = MapOptionValues()
        v.center = "-100"
        v.extent = "-20,-10,40,30"
        v.insets = ["95,-10,130,25", "asean"]
        let spec = try SpecBuilder.build(v)
        #expect(spec.centerLon == -100 && spec.centerLat == nil)
        #expect(spec.extent == .box(GeoBox(west: -20, south: -10, east: 40, north: 30)!))
        #expect(spec.insets.count == 2)
    }
}
