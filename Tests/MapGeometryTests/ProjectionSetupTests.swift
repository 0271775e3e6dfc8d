import MapGeometry
import Testing

@Suite struct ProjectionSetupTests {
    @Test(arguments: ProjectionPreset.allCases)
    func everyPresetFitsAWorldOrRegion(_ p: ProjectionPreset) throws {
        let setup = ProjectionSetup.preset(p, center: LonLat(lon: 108, lat: 22), latitudes: -25...55)
        let fit: FitTarget = p.isConic ? .box(GeoBox(west: 60, south: -10, east: 150, north: 50)!) : .world
        let map = try MapProjection(setup: setup, frame: worldFrame, fit: fit)
        #expect(map.point(LonLat(lon: 108, lat: 22)) != nil)
    }

    /// Transforms are made without PROJ's database; they must give PROJ's usual answers
    /// (reference values from proj_create with the database, PROJ 9.1).
    @Test func transformsMatchPROJWithItsDatabase() throws {
        let cases: [(String, (Double, Double))] = [
            ("+proj=eqearth +lon_0=150 +ellps=WGS84 +over", (-12244547.608362, 2904887.007268)),
            ("+proj=lcc +ellps=WGS84 +lat_1=0 +lat_2=20 +lat_0=10 +lon_0=110 +over", (-9492907.646563, 2771201.137331)),
            ("+proj=ortho +R=6371008.8 +lat_0=22 +lon_0=108 +over", (-5867499.476776, 2331455.927359)),
        ]
        for (definition, expected) in cases {
            let t = try ProjTransform(definition: definition)
            let (x, y) = t.forward(0.3, 0.4)
            #expect(abs(x - expected.0) < 1e-5 && abs(y - expected.1) < 1e-5, "\(definition): \(x), \(y)")
        }
    }

    @Test func customStringTakesTheCentre() throws {
        let s = try ProjectionSetup.custom("+proj=eqearth +lon_0=150", center: nil)
        #expect(s.center.lon == 150)
        #expect(s.clip == .antimeridian)
        let moved = try ProjectionSetup.custom("+proj=eqearth +lon_0=150", center: LonLat(lon: -30, lat: 0))
        #expect(moved.center.lon == -30)
        // The centre meridian is the stream's rotation: PROJ works at 0.
        #expect(moved.definition.contains("+lon_0=0") && !moved.definition.contains("150"))
    }

    /// A bare word is no projection: PROJ would search every CRS name for it (seconds, found by
    /// the spec fuzzer as a 10 s hang under AddressSanitizer) and "co" would silently be some CRS.
    @Test func aWordThatIsNoPresetIsRefusedWithoutSearchingPROJsNames() throws {
        for word in ["co", "robinson projection", "EPSG", ":3857", "EPSG:", "EPSG:38 57"] {
            #expect(throws: ProjectionError.self, "\(word)") { try ProjectionSetup.custom(word, center: nil) }
        }
        #expect(throws: Never.self) { try ProjectionSetup.custom("ESRI:54030", center: nil) }
    }

    @Test func epsgCodeResolves() throws {
        let s = try ProjectionSetup.custom("EPSG:3857", center: nil)
        #expect(s.definition.contains("+proj=merc"))
        #expect(s.worldLatitudeBand != nil)
        _ = try MapProjection(setup: s, frame: worldFrame, fit: .world)
    }

    @Test func azimuthalStringIsClippedToACircle() throws {
        let s = try ProjectionSetup.custom("+proj=ortho +lat_0=30 +lon_0=100", center: nil)
        #expect(s.clip == .circle(90))
        #expect(s.center == LonLat(lon: 100, lat: 30))
    }

    @Test func badInputIsRejectedWithAMessage() {
        #expect(throws: ProjectionError.self) { try ProjectionSetup.custom("+proj=nonsense", center: nil) }
        #expect(throws: ProjectionError.self) { try ProjectionSetup.custom("EPSG:99999999", center: nil) }
        #expect(throws: ProjectionError.self) { try ProjectionSetup.custom("bogus", center: nil) }
    }
}
