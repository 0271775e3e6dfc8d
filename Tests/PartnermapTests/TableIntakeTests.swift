import Foundation
import Testing
import TestSupport

/// Tables as spreadsheets save them, through the built program: encodings, separators, .xlsx
/// sheets, header and value aliases, and rows still to be geocoded.
extension CommandLineTests {
    private func write(_ bytes: [UInt8], _ name: String, in s: Scratch) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: s.file(name)))
    }

    private typealias Cell = SpreadsheetFiles.Cell

    /// The four tables of the acceptance check, without coordinates: validate and render find
    /// their places in the gazetteer and say so in a note; a table without a hub row still needs
    /// one, and gets it from --hub as a place.
    @Test func spreadsheetTablesWithoutCoordinatesAreGeocodedOnTheFly() throws {
        let s = try Scratch()
        defer { s.remove() }
        try write(SpreadsheetFiles.encode("城市;国家;关系;年份\n昆明;中国;友好城市;1980\n大理;中国;友好交流城市;1990\n", as: "GB18030"), "gbk.csv", in: s)
        try write(SpreadsheetFiles.utf16("Name\tCountry\tRelation\tYear\r\nNanning\tChina\tHub\t\r\nBanjul\tGambia\tSister city\t1980.0\r\n"),
                  "utf16.tsv", in: s)
        try SpreadsheetFiles.workbook([("Partners", [
            (nil, ["ID", "Name_EN", "Country", "Relation", "Year"].map { .inline($0) }),
            (nil, [.inline("nanning"), .inline("Nanning"), .inline("China"), .inline("hub")]),
            (nil, [.inline("banjul"), .inline("Banjul"), .inline("Gambia"), .inline("sister"), .number("1987")]),
        ])]).write(to: URL(fileURLWithPath: s.file("names.xlsx")))
        try "id,name_en,iso2,relation,year\nnanning,Nanning,CN,hub,\nbanjul,Banjul,GM,sister,1987\n".write(toFile: s.file("names.csv"), atomically: true, encoding: .utf8)
        let noHub = try partnermap(["validate", "gbk.csv"], in: s)
        #expect(noHub.status == 1 && noHub.err == "gbk.csv:1:1: error: no row has relation hub (expected exactly one hub row)\n", "\(noHub.err)")
        let withHub = try partnermap(["validate", "gbk.csv", "--hub", "南宁"], in: s)
        #expect(withHub.status == 0 && withHub.out.contains("gbk.csv: ok: hub Nanning, 2 partners"), "\(withHub.out)\(withHub.err)")
        for file in ["utf16.tsv", "names.xlsx", "names.csv"] {
            let r = try partnermap(["validate", file], in: s)
            #expect(r.status == 0 && r.out.contains("\(file): ok: hub Nanning, 1 partner"), "\(file): \(r.out)\(r.err)")
            #expect(r.err.contains("note: \(file): 2 of 2 places found in the gazetteer (GeoNames, CC BY 4.0): Nanning, Banjul"), "\(file): \(r.err)")
        }
        let render = try partnermap(["render", "--data", "utf16.tsv", "-o", "m.png"], in: s)
        #expect(render.status == 0 && FileManager.default.fileExists(atPath: s.file("m.png")), "\(render.err)")
        let pdf = try partnermap(["render", "--data", "gbk.csv", "--hub", "南宁", "--lang", "zh", "-o", "m.pdf"], in: s)
        #expect(pdf.status == 0, "\(pdf.err)")
    }

    @Test func encodingsAndSeparatorsAreFoundAndSaidInANote() throws {
        let s = try Scratch()
        defer { s.remove() }
        let table = "城市;国家;国家代码;纬度;经度;关系;年份\n南宁;中国;CN;22.8167;108.3167;中心;\n昆明;中国;CN;25.04;102.71;友好城市;1980\n万象;老挝;LA;17.97;102.6;友好交流城市;2012/9/5\n"
        try write(SpreadsheetFiles.encode(table, as: "GB18030"), "gbk.csv", in: s)
        let ok = try partnermap(["validate", "gbk.csv"], in: s)
        #expect(ok.status == 0 && ok.out == "gbk.csv: ok: hub 南宁, 2 partners\n", "\(ok.err)")
        #expect(ok.err == "note: gbk.csv: read as GB18030 with ';' separators\n")
        let list = try partnermap(["list", "--data", "gbk.csv"], in: s)
        #expect(list.status == 0 && list.out.contains("昆明") && list.out.contains("friendly-exchange  2012"), "\(list.out)")
        // Asked to, the same bytes are read as Windows-1252: no Chinese header is known then.
        let latin = try partnermap(["validate", "gbk.csv", "--encoding", "cp1252"], in: s)
        #expect(latin.status == 1 && latin.err.contains("gbk.csv:1:1: error: no column of city names"), "\(latin.err)")
        let comma = try partnermap(["validate", "gbk.csv", "--separator", "comma"], in: s)
        #expect(comma.status == 1 && comma.err.contains("error: no column of city names"), "\(comma.err)")
        let both = try partnermap(["validate", "gbk.csv", "--encoding", "gbk", "--separator", ";"], in: s)
        #expect(both.status == 0, "\(both.err)")
        let bad = try partnermap(["validate", "gbk.csv", "--encoding", "ebcdic"], in: s)
        #expect(bad.status == 1 && bad.err.contains("--encoding: \"ebcdic\" is not an encoding"), "\(bad.err)")

        try write(SpreadsheetFiles.encode("id,name_en,country,iso2,lat,lon,relation,year\nnanning,Nanning,China,CN,22.8,108.3,hub,\nzurich,Zürich,Schweiz,CH,47.37,8.54,Sister,1982\n",
                                          as: "WINDOWS-1252"), "latin.csv", in: s)
        let zurich = try partnermap(["list", "--data", "latin.csv"], in: s)
        #expect(zurich.status == 0 && zurich.out.contains("Zürich") && zurich.err == "note: latin.csv: read as Windows-1252 with ',' separators\n",
                "\(zurich.err)")

        try write(SpreadsheetFiles.utf16("Name\tCountry\tISO2\tLat\tLon\tRelation\tYear\nNanning\tChina\tCN\t22.8\t108.3\tHub\t\nBanjul\tGambia\tGM\t13.45\t-16.57\tSister city\t1980.0\n",
                                         bigEndian: true), "unicode.txt", in: s)
        let utf16 = try partnermap(["validate", "unicode.txt"], in: s)
        #expect(utf16.status == 0 && utf16.out == "unicode.txt: ok: hub Nanning, 1 partner\n", "\(utf16.err)")
        #expect(utf16.err == "note: unicode.txt: read as UTF-16BE with tab separators\n")
    }

    @Test func xlsxSheetsAreReadAndProblemsNameTheCell() throws {
        let s = try Scratch()
        defer { s.remove() }
        let header: [Cell] = ["Name", "Country", "ISO2", "Lat", "Lon", "Relation", "Year"].map { .shared($0) }
        try SpreadsheetFiles.workbook([
            ("Notes", [(nil, [.inline("Partner cities of Nanning")])]),
            ("Partners", [(nil, header),
                          (nil, [.inline("Nanning"), .inline("China"), .inline("CN"), .number("22.8167"), .number("108.3167"), .inline("hub")]),
                          (nil, [.shared("Banjul"), .shared("Gambia"), .shared("GM"), .number("13.4527"), .number("-16.578"), .shared("sister"), .number("2012.0")]),
                          (nil, [.shared("Crema"), .shared("Italy"), .shared("IT"), .number("45.3626"), .number("9.6818"), .shared("twin"), .number("41157")])]),
        ]).write(to: URL(fileURLWithPath: s.file("t.xlsx")))
        let ok = try partnermap(["validate", "t.xlsx", "--sheet", "Partners"], in: s)
        #expect(ok.status == 0 && ok.out == "t.xlsx: ok: hub Nanning, 2 partners\n" && ok.err.isEmpty, "\(ok.err)")
        let list = try partnermap(["list", "--data", "t.xlsx", "--sheet", "partners"], in: s)
        #expect(list.status == 0 && list.out.contains("Crema") && list.out.contains("2012"), "\(list.err)")
        let first = try partnermap(["validate", "t.xlsx"], in: s)
        #expect(first.status == 1 && first.err.contains("t.xlsx:Notes!A1: error: missing required column \"relation\""), "\(first.err)")
        let missing = try partnermap(["validate", "t.xlsx", "--sheet", "Sheet1"], in: s)
        #expect(missing.status == 1
                && missing.err == "t.xlsx: error: the workbook has no sheet \"Sheet1\" (expected one of its sheets: \"Notes\", \"Partners\")\n", "\(missing.err)")
        try "name,relation,year\nNanning,hub,\n".write(toFile: s.file("t.csv"), atomically: true, encoding: .utf8)
        let csvSheet = try partnermap(["validate", "t.csv", "--sheet", "Partners"], in: s)
        #expect(csvSheet.status == 1 && csvSheet.err.contains("names a sheet of an .xlsx workbook, but this table is text"), "\(csvSheet.err)")

        try SpreadsheetFiles.workbook([("Partners", [
            (nil, [.inline("ID"), .inline("Name_EN"), .inline("Year"), .inline("Relation"), .inline("Lat"), .inline("Lon"), .inline("ISO2")]),
            (nil, [.inline("nanning"), .inline("Nanning"), .none, .inline("hub"), .number("22.8"), .number("108.3"), .inline("CN")]),
            (7, [.inline("banjul"), .inline("Banjul"), .inline("19x7"), .inline("sister"), .number("13.45"), .number("-16.57"), .inline("GM")]),
        ])]).write(to: URL(fileURLWithPath: s.file("x.xlsx")))
        let bad = try partnermap(["validate", "x.xlsx"], in: s)
        #expect(bad.status == 1 && bad.err.hasPrefix("x.xlsx:Partners!C7: error: year \"19x7\" is not 4 digits or a date"), "\(bad.err)")
    }

    @Test func aTableOfChineseNamesOnlyMakesAnEnglishMapWithAWarning() throws {
        let s = try Scratch()
        defer { s.remove() }
        try "城市,国家代码,纬度,经度,关系,年份\n南宁,CN,22.8167,108.3167,hub,\n昆明,CN,25.04,102.71,Sister,1980\n万象,LA,17.97,102.6,友好交流城市,2012\n"
            .write(toFile: s.file("zh.csv"), atomically: true, encoding: .utf8)
        let r = try partnermap(["render", "--data", "zh.csv", "--size", "480x270", "-o", "m.png"], in: s)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("warning: no English name (name_en) for 2 of 2 partners; Chinese used for: 昆明, 万象"), "\(r.err)")
        #expect(isPNG(s.file("m.png"), 480, 270))
    }

    @Test func helpListsTheTableOptions() throws {
        let s = try Scratch()
        defer { s.remove() }
        for command in ["validate", "render", "list"] {
            let help = try partnermap([command, "--help"], in: s)
            #expect(help.out.contains("--encoding <name>") && help.out.contains("--separator <char>") && help.out.contains("--sheet <name>"), "\(command)")
        }
        let example = try partnermap(["spec", "--example"], in: s)
        #expect(example.out.contains("encoding") && example.out.contains("sheet"))
    }
}
