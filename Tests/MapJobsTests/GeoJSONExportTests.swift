import Foundation
import MapGeometry
import MapJobs
import PartnerData
import Testing
import TestSupport

let ogrinfo = "/usr/bin/ogrinfo"

/// `render -o FILE.geojson`: the network's cities and geodesic arcs as RFC 7946 GeoJSON, checked
/// by reading it back and, where Debian's gdal-bin is installed (`make test-deps` installs it),
/// by GDAL's ogrinfo.
@Suite struct GeoJSONExportTests {
    /// Writes the GeoJSON of the options `words` give into a scratch folder.
    func export(_ words: [String], in s: Scratch, name: String = "network.geojson") throws -> (path: String, result: JobResult) {
        let out = s.file(name)
        let result = try RenderJob(options: try MapOptions.parse(.render, arguments: words + ["-o", out])).run()
        return (out, result)
    }

    /// A table of partners at the antimeridian, at the poles and at the hub's antipode.
    func edgeTable(in s: Scratch) throws -> String {
        try writeTable([
            "nanning,Nanning,南宁,,China,CN,Asia,22.8167,108.3167,hub,,,",
            "anti,Antipode,,,Chile,CL,South America,-22.8167,-71.6833,sister,2001,,",
            "np,North Pole,,,Norway,NO,Europe,90,0,sister,,,",
            "sp,South Pole,,,Antarctica,AQ,Antarctica,-90,0,sister,,,",
            "e180,East 180,,,Fiji,FJ,Oceania,-17,180,sister,,,",
            "w180,West 180,,,Kiribati,KI,Oceania,10,-180,sister,,,",
            "suva,Suva,,,Fiji,FJ,Oceania,-18.1416,178.4419,sister,1990,,",
            "hnl,Honolulu,,,United States,US,North America,21.3069,-157.8583,sister,2011,,",
            "same,Next Door,,,China,CN,Asia,22.8167,108.3167,friendly-exchange,,,",
        ], in: s, name: "edge.csv")
    }

    /// The same place (any longitude at a pole; 180 is -180).
    func samePlace(_ a: LonLat, _ b: LonLat) -> Bool {
        abs(a.lat - b.lat) < 1e-9 && (abs(a.lat) == 90 || abs((a.lon - b.lon).remainder(dividingBy: 360)) < 1e-9)
    }

    /// Checks a written file as the acceptance check and a GIS would: a Point for every city (the
    /// hub's alone marked hub), an arc for every partner with the partner's properties, each part
    /// of at least two points in range with no jump of 180° in longitude, consecutive points at
    /// most 50 km apart, parts meeting where they are cut, the first point the hub and the last
    /// the partner; coordinates to 6 decimals.
    @discardableResult
    func checkFile(_ path: String, network: Network, sourceLocation: SourceLocation = #_sourceLocation) throws -> GeoJSONFile {
        let file = try GeoJSONFile(path: path)
        let cities = [network.hub] + network.partners
        #expect(file.points.count == cities.count, sourceLocation: sourceLocation)
        #expect(file.arcs.count == network.partners.count, sourceLocation: sourceLocation)
        #expect(file.features.count == file.points.count + file.arcs.count, "nothing but points and arcs", sourceLocation: sourceLocation)
        #expect(Set(file.points.compactMap(\.id)) == Set(cities.map(\.id)), sourceLocation: sourceLocation)
        #expect(Set(file.arcs.compactMap(\.id)) == Set(network.partners.map(\.id)), sourceLocation: sourceLocation)
        let keys: Set = ["id", "name_en", "name_zh", "name_vi", "name_th", "country", "iso2", "continent", "relation", "year",
                         "distance_km", "bearing", "hub"]
        for f in file.features {
            #expect(Set(f.properties.keys) == keys, "\(f.id ?? "?")", sourceLocation: sourceLocation)
            #expect((f.properties["hub"] as? Bool) == (f.type == "Point" && f.id == network.hub.id), sourceLocation: sourceLocation)
            for p in f.parts.joined() {
                #expect((-180...180).contains(p.lon) && (-90...90).contains(p.lat), "\(f.id ?? "?"): \(p)", sourceLocation: sourceLocation)
                for v in [p.lon, p.lat] {
                    #expect(abs(v * 1e6 - (v * 1e6).rounded()) < 1e-6, "\(v) has more than 6 decimals", sourceLocation: sourceLocation)
                }
            }
        }
        let hub = LonLat(lon: network.hub.lon, lat: network.hub.lat)
        for arc in file.arcs {
            let partner = try #require(network.partners.first { $0.id == arc.id })
            let point = try #require(file.points.first { $0.id == arc.id })
            #expect(arc.propertyText == point.propertyText, "an arc has its partner's properties", sourceLocation: sourceLocation)
            #expect((arc.type == "MultiLineString") == (arc.parts.count > 1), sourceLocation: sourceLocation)
            #expect(arc.parts[0].first.map { samePlace($0, hub) } == true, "\(arc.id!) starts at the hub", sourceLocation: sourceLocation)
            let end = try #require(arc.parts.last?.last)
            #expect(samePlace(end, LonLat(lon: partner.lon, lat: partner.lat)), "\(arc.id!) ends at the partner", sourceLocation: sourceLocation)
            for part in arc.parts {
                #expect(part.count >= 2, sourceLocation: sourceLocation)
                for (a, b) in zip(part, part.dropFirst()) {
                    #expect(abs(a.lon - b.lon) < 180, "\(arc.id!): \(a) → \(b)", sourceLocation: sourceLocation)
                    #expect(Geodesic.wgs84.inverse(a, b).distance < 50_001, "\(arc.id!): \(a) → \(b)", sourceLocation: sourceLocation)
                }
            }
            // Where it is cut, the next part starts at the same place: at ±180 (on both sides) or a pole.
            for (p, q) in zip(arc.parts, arc.parts.dropFirst()) {
                let a = p[p.count - 1], b = q[0]
                #expect(a.lat == b.lat && (abs(a.lat) == 90 || (abs(a.lon) == 180 && a.lon == -b.lon)), "\(arc.id!): cut at \(a), \(b)",
                        sourceLocation: sourceLocation)
            }
        }
        return file
    }

    @Test func nanningHasAPointPerCityAndAGeodesicArcPerPartner() throws {
        let s = try Scratch()
        defer { s.remove() }
        let (path, result) = try export([], in: s)
        #expect(result.written == [path])
        let network = try DataOptions().network()
        let file = try checkFile(path, network: network)
        #expect(file.points.first?.id == "nanning" && file.points.first?.properties["bearing"] is NSNull)
        #expect(file.arcs.contains { $0.type == "MultiLineString" }, "arcs to the Americas cross the antimeridian")
        let banjul = try #require(file.points.first { $0.id == "banjul" }).properties
        #expect(banjul["distance_km"] as? Double == 12_803.866 && banjul["bearing"] as? Double == 298.45)
        #expect(banjul["year"] as? Int == 1987 && banjul["relation"] as? String == "sister" && banjul["iso2"] as? String == "GM")
        #expect(banjul["name_zh"] as? String == "班珠尔" && banjul["continent"] as? String == "Africa")
        #expect(try s.contents() == ["network.geojson"], "nothing else left behind")
    }

    @Test func partnersAtTheAntimeridianThePolesAndTheAntipodeMakeValidArcs() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = try edgeTable(in: s)
        let (path, _) = try export(["--data", table], in: s)
        let file = try checkFile(path, network: try PartnerTable.read(path: table))
        func arc(_ id: String) throws -> GeoJSONFile.Feature { try #require(file.arcs.first { $0.id == id }) }
        #expect(try arc("hnl").parts.count == 2, "Honolulu is across the antimeridian")
        #expect(try arc("anti").parts.count == 2 && abs(try arc("anti").parts[0].last!.lat) == 90, "the antipode is over a pole")
        for id in ["e180", "w180", "suva", "np", "sp", "same"] { #expect(try arc(id).type == "LineString", "\(id)") }
        #expect(try arc("same").parts[0].count == 2)
        let unknown = try #require(file.points.first { $0.id == "np" }).properties
        #expect(unknown["year"] is NSNull && unknown["name_zh"] is NSNull && unknown["name_th"] is NSNull)
    }

    @Test func theSameNetworkGivesTheSameBytes() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = try edgeTable(in: s)
        let a = try export(["--data", table], in: s, name: "a.geojson").path
        let b = try export(["--data", table, "--size", "800x600", "--projection", "orthographic"], in: s, name: "b.GeoJSON").path
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b), "framing options do not apply")
    }

    @Test func aTableGeocodedOnTheFlyIsExported() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = s.file("n.csv")
        try "name_en,iso2,relation,year\nNanning,CN,hub,\nKunming,CN,sister,1980\nLyon,,sister,1990\n".write(toFile: table, atomically: true, encoding: .utf8)
        let (path, result) = try export(["--data", table], in: s)
        #expect(result.notes.contains { $0.contains("3 of 3 places found in the gazetteer") })
        let file = try GeoJSONFile(path: path)
        #expect(file.points.count == 3 && file.arcs.count == 2)
        #expect(file.points.compactMap { $0.properties["iso2"] as? String } == ["CN", "CN", "FR"])
    }

    @Test func aLayoutReportIsRefusedAndOtherNamesAreNotGeoJSON() throws {
        let s = try Scratch()
        defer { s.remove() }
        #expect(throws: JobError.self) { try export(["--layout-report", s.file("r.json")], in: s) }
        #expect(try s.contents().isEmpty, "nothing written")
        var o = MapOptions()
        o.render.output = s.file("map.json")
        #expect { try RenderJob(options: o).run() } throws: { "\($0)".contains(".png, .pdf, .svg, .html or .geojson") }
        #expect(CommandRunner.help(for: .render).contains(".geojson"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ogrinfo), "ogrinfo is missing: install Debian's gdal-bin (make test-deps does)"))
    func gdalReadsEveryFeatureAndField() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = try edgeTable(in: s)
        for (words, count) in [([String](), try DataOptions().network().partners.count * 2 + 1), (["--data", table], 17)] {
            let (path, _) = try export(words, in: s)
            let info = try #require(run(ogrinfo, ["-ro", "-al", "-so", path]), "ogrinfo could not read \(path)")
            #expect(info.contains("using driver `GeoJSON' successful"))
            #expect(info.contains("Feature Count: \(count)\n"), "\(info)")
            #expect(info.contains("ID[\"EPSG\",4326]"), "RFC 7946's WGS 84")
            for field in ["id: String", "name_th: String", "year: Integer", "distance_km: Real", "bearing: Real", "hub: Integer(Boolean)"] {
                #expect(info.contains(field), "\(field) in \(info)")
            }
            // Every geometry is valid to GDAL too: it lists them all without complaint.
            let all = try #require(run(ogrinfo, ["-ro", "-al", "-q", "-geom=SUMMARY", path]))
            #expect(all.components(separatedBy: "OGRFeature(").count - 1 == count)
        }
    }
}
