import Foundation
import Testing
@testable import Basemap

/// Inputs must be longitude/latitude on WGS 84: a shapefile's .prj and a GeoJSON `crs` are checked.
@Suite struct CoordinateSystemTests {
    static let esriWGS84 = """
        GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],\
        PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]
        """
    static let epsg4326 = """
        GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],\
        AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],\
        UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]
        """
    static let wkt2WGS84 = """
        GEOGCRS["WGS 84",ENSEMBLE["World Geodetic System 1984 ensemble",MEMBER["World Geodetic System 1984 (G2139)"],
            ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]],ENSEMBLEACCURACY[2.0]],
            PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],
            CS[ellipsoidal,2],AXIS["geodetic latitude (Lat)",north,ORDER[1],ANGLEUNIT["degree",0.0174532925199433]],
            AXIS["geodetic longitude (Lon)",east,ORDER[2],ANGLEUNIT["degree",0.0174532925199433]],ID["EPSG",4326]]
        """
    static let utm48N = """
        PROJCS["WGS 84 / UTM zone 48N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],\
        PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],\
        PARAMETER["central_meridian",105],UNIT["metre",1],AUTHORITY["EPSG","32648"]]
        """

    private func shapefile(prj: String?, in directory: TemporaryDirectory) throws -> String {
        let fixture = ShapefileFixture(records: [[FixtureWorld.square(0, 0, 10)]], fields: [("NAME", 10)], rows: [["x"]], prj: prj)
        return try fixture.write(to: directory.url.appendingPathComponent("land"))
    }

    private func message(_ body: () throws -> Void) -> String {
        do { try body(); return "no error" } catch { return BasemapError.message(for: error) }
    }

    @Test func projectedPRJIsRefusedNamingTheSystem() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shp = try shapefile(prj: Self.utm48N, in: directory)
        #expect(message { _ = try BasemapImporter.build(input: shp) } == directory.path("land.prj")
            + ": error: coordinates are in 'WGS 84 / UTM zone 48N' (projected, not longitude/latitude); "
            + "expected longitude/latitude on WGS 84 (EPSG:4326); reproject first, e.g. ogr2ogr -t_srs EPSG:4326")
    }

    @Test func wgs84PRJIsAcceptedWithoutNotes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let built = try BasemapImporter.build(input: try shapefile(prj: Self.esriWGS84, in: directory))
        #expect(built.notes.isEmpty)
    }

    @Test func missingPRJIsTakenAsWGS84WithANote() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shp = try shapefile(prj: nil, in: directory)
        #expect(try BasemapImporter.build(input: shp).notes
            == ["\(shp): no .prj beside it; coordinates are taken as longitude/latitude on WGS 84 (EPSG:4326)"])
    }

    @Test(arguments: [esriWGS84, epsg4326, wkt2WGS84, "EPSG:4326", "urn:ogc:def:crs:OGC:1.3:CRS84"])
    func wgs84DescriptionsAreAccepted(_ wkt: String) {
        #expect(CoordinateSystemCheck.problem(wkt: wkt) == nil)
    }

    @Test func otherSystemsAreRefused() {
        let webMercator = """
            PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",\
            SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],\
            PROJECTION["Mercator_Auxiliary_Sphere"],UNIT["Meter",1.0]]
            """
        let nad83 = """
            GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137.0,298.257222101]],\
            PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]
            """
        let paris = Self.esriWGS84.replacingOccurrences(of: "PRIMEM[\"Greenwich\",0.0]", with: "PRIMEM[\"Paris\",2.33722917]")
        let grads = Self.esriWGS84.replacingOccurrences(of: "UNIT[\"Degree\",0.0174532925199433]", with: "UNIT[\"Grad\",0.015707963267949]")
        #expect(CoordinateSystemCheck.problem(wkt: webMercator)
            == "coordinates are in 'WGS_1984_Web_Mercator_Auxiliary_Sphere' (projected, not longitude/latitude)")
        #expect(CoordinateSystemCheck.problem(wkt: nad83)
            == "coordinates are in 'GCS_North_American_1983' (datum 'D_North_American_1983', not WGS 84)")
        #expect(CoordinateSystemCheck.problem(wkt: paris)?.contains("prime meridian 'Paris'") == true)
        #expect(CoordinateSystemCheck.problem(wkt: grads)?.contains("angles in 'Grad'") == true)
        let wkt2Grads = Self.wkt2WGS84.replacingOccurrences(of: ",ID[\"EPSG\",4326]", with: "")
            .replacingOccurrences(of: "east,ORDER[2],ANGLEUNIT[\"degree\",0.0174532925199433]", with: "east,ORDER[2],ANGLEUNIT[\"grad\",0.015707963267949]")
        #expect(CoordinateSystemCheck.problem(wkt: wkt2Grads)?.contains("angles in 'grad'") == true)
        #expect(CoordinateSystemCheck.problem(wkt: "EPSG:3857") == "cannot read the coordinate system: not Well-Known Text")
        #expect(CoordinateSystemCheck.problem(wkt: "GEOGCS[\"WGS 84\"") == "cannot read the coordinate system: not Well-Known Text")
    }

    @Test func geoJSONWithAnotherCRSIsRefusedAtItsPosition() throws {
        let text = """
            {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
             "features": []}
            """
        #expect(message { _ = try GeoJSONReader.parse(Data(text.utf8), file: "web.geojson") }
            == "web.geojson:2:9: error: at crs: coordinates are in 'urn:ogc:def:crs:EPSG::3857'; "
            + "expected longitude/latitude on WGS 84 (EPSG:4326); reproject first, e.g. ogr2ogr -t_srs EPSG:4326")
        let crs84 = text.replacingOccurrences(of: "EPSG::3857", with: "OGC:1.3:CRS84")
        #expect(try GeoJSONReader.parse(Data(crs84.utf8), file: "ok.geojson").records.isEmpty)
        let epsg = text.replacingOccurrences(of: "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::3857\"}}",
                                             with: "{\"type\": \"EPSG\", \"properties\": {\"code\": 4326}}")
        #expect(try GeoJSONReader.parse(Data(epsg.utf8), file: "ok.geojson").records.isEmpty)
    }
}
