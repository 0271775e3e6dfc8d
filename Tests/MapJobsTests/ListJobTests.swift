import Foundation
@testable import MapJobs
import PartnerData
import Testing
import TestSupport

/// Rows of a CSV file as Python's csv module reads them (an independent RFC 4180 reader).
func pythonCSV(_ path: String) throws -> [[String]] {
    let script = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
    let out = try #require(run("/usr/bin/python3", ["-c", script, path]), "python3 could not read \(path)")
    return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String]])
}

@Suite struct ListJobTests {
    @Test func nanningListIsSortedByYearWithDistances() throws {
        let network = try PartnerTable.read(path: try ProjectFiles.defaultTablePath())
        let rows = ListJob.rows(network)
        #expect(rows.first?.city.id == "banjul")
        #expect(abs(rows.first!.distanceKM - 12_803.866) < 0.01)
        let years = rows.map(\.city.year)
        let firstUnknown = years.firstIndex(of: nil) ?? years.count
        #expect(years[firstUnknown...].allSatisfy { $0 == nil }, "unknown years last")
        let known = years[..<firstUnknown].compactMap { $0 }
        #expect(known == known.sorted())
        let text = ListJob.table(network)
        #expect(text.contains("12,804"))
    }

    /// A table whose names need CSV's quoting, and partners without a year or a Thai name.
    func quotingNetwork(in s: Scratch) throws -> Network {
        try PartnerTable.read(path: try writeTable([
            "h,Hub,中心,,China,CN,Asia,22.8,108.3,hub,,,",
            "q,\"Saint-Denis, \"\"Réunion\"\"\",,,France,FR,Africa,-20.88,55.45,sister,1999,,",
            "b,\"Banjul\nCity\",,Banjul,Gambia,GM,Africa,13.45,-16.58,friendly-exchange,,,",
        ], in: s))
    }

    @Test func csvIsRFC4180WithAHeaderAndEveryField() throws {
        let s = try Scratch()
        defer { s.remove() }
        let network = try quotingNetwork(in: s)
        let csv = ListJob.text(network, format: .csv)
        #expect(csv.hasPrefix("id,name_en,name_zh,name_vi,name_th,country,iso2,continent,relation,year,distance_km,bearing\r\n"))
        #expect(csv.hasSuffix("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "CRLF line ends")
        try csv.write(toFile: s.file("list.csv"), atomically: true, encoding: .utf8)
        let rows = try pythonCSV(s.file("list.csv"))
        #expect(rows.count == 3 && rows.allSatisfy { $0.count == 12 })
        let listed = ListJob.rows(network)
        #expect(rows[1] == ["q", "Saint-Denis, \"Réunion\"", "", "", "", "France", "FR", "Africa", "sister", "1999",
                            String(format: "%.3f", listed[0].distanceKM), String(format: "%.2f", listed[0].bearing)])
        #expect(rows[2][0] == "b" && rows[2][1] == "Banjul\nCity" && rows[2][3] == "Banjul" && rows[2][8] == "friendly-exchange")
        #expect(rows[2][9] == "", "an unknown year is an empty field")
    }

    @Test func jsonIsAnArrayOfObjectsWithTheCSVsKeysAndValues() throws {
        let s = try Scratch()
        defer { s.remove() }
        let network = try quotingNetwork(in: s)
        let json = ListJob.text(network, format: .json)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let csv = ListJob.text(network, format: .csv)
        try csv.write(toFile: s.file("list.csv"), atomically: true, encoding: .utf8)
        let rows = try pythonCSV(s.file("list.csv"))
        #expect(objects.count == 2)
        for (object, row) in zip(objects, rows.dropFirst()) {
            #expect(object.count == rows[0].count)
            for (key, field) in zip(rows[0], row) {
                let value = try #require(object[key], "\(key)")
                #expect((value is NSNull ? "" : "\(value)") == field, "\(key): \(value) vs \(field)")
            }
        }
        #expect(objects[0]["year"] as? Int == 1999 && objects[1]["year"] is NSNull && objects[1]["name_th"] is NSNull)
        #expect(json.hasPrefix("[\n{\"id\":\"q\",\"name_en\":"), "keys in the CSV's order, one object to a line")
        let empty = Network(hub: network.hub, partners: [], source: "t.csv")
        #expect(ListJob.text(empty, format: .json) == "[]\n")
        #expect(ListJob.text(network, format: .table) == ListJob.table(network), "table stays the default output")
    }

    @Test func formatIsAnOptionOfListWithItsChoices() throws {
        #expect(try MapOptions.parse(.list, arguments: []).list.format == .table)
        #expect(try MapOptions.parse(.list, arguments: ["--format", "csv"]).list.format == .csv)
        #expect(try MapOptions.parse(.list, arguments: ["--format=JSON"]).list.format == .json)
        #expect { try MapOptions.parse(.list, arguments: ["--format", "xml"]) } throws: {
            "\($0)".contains("\"xml\" is not known (expected one of: table, csv, json)")
        }
        #expect(throws: JobError.self) { try MapOptions.parse(.render, arguments: ["--format", "csv"]) }
        let help = CommandRunner.help(for: .list)
        #expect(help.contains("--format <format>") && help.contains("(values: table, csv, json)"), "\(help)")
    }

    /// CSV's CRLF line ends reach stdout as they are; a carriage return anywhere else is still shown escaped.
    @Test func theTerminalPassesLineEndsOnly() {
        #expect(Terminal.escaped("a,b\r\nc\r\n") == "a,b\r\nc\r\n")
        #expect(Terminal.escaped("a\rb\r") == "a\\rb\\r")
        #expect(Terminal.escaped("\r\r\n") == "\\r\r\n")
    }

    /// The shipped data comes as the package's resources, next to the program SwiftPM built, so
    /// it is found wherever the program runs and needs no environment variable.
    @Test func shippedDataComesFromThePackageResources() throws {
        try #require(ProcessInfo.processInfo.environment["PARTNERMAP_DATA"] == nil)
        let dir = try #require(ProjectFiles.geodata())
        #expect(dir.hasSuffix("/partnermap_Geodata.resources"), "found \(dir)")
        #expect(FileManager.default.fileExists(atPath: dir + "/basemap/naturalearth.low.pmb"))
    }
}
