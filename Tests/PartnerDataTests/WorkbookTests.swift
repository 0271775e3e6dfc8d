import Foundation
import Testing
import TestSupport
@testable import PartnerData

private typealias Cell = SpreadsheetFiles.Cell

/// Reads workbook bytes as "x.xlsx" with current year 2025 under `limits`.
private func reading(_ data: Data, sheet: String? = nil, limits: TableLimits = .standard) -> PartnerTable.Reading {
    PartnerTable.reading(.bytes(Array(data), name: "x.xlsx"), options: TableReadOptions(sheet: sheet), hubID: nil,
                         currentYear: 2025, limits: limits)
}

/// Every problem the workbook has as a network, as the commands print them.
private func problems(_ data: Data, sheet: String? = nil, limits: TableLimits = .standard) -> [String] {
    let read = reading(data, sheet: sheet, limits: limits)
    guard read.log.isEmpty, let table = read.table else {
        var log = read.log
        log.absorb(read.seam)
        return log.diagnostics.map(\.description)
    }
    do {
        _ = try Network(from: table)
        return []
    } catch let errors as TableErrors {
        return errors.diagnostics.map(\.description)
    } catch {
        return ["\(error)"]
    }
}

private let sheetHeader: [Cell] = ["ID", "Name_EN", "Country", "ISO2", "Lat", "Lon", "Relation", "Year"].map { .shared($0) }

/// A sheet "Partners" as Excel writes it (shared strings), with a hub row in inline strings as openpyxl writes them.
private func partners(_ rows: [(number: Int?, cells: [Cell])] = []) throws -> Data {
    try SpreadsheetFiles.workbook([("Partners", [(nil, sheetHeader),
        (nil, [.inline("nanning"), .inline("Nanning"), .inline("China"), .inline("CN"), .number("22.816700000000001"),
               .number("108.3167"), .inline("hub")])] + rows)])
}

@Test func sharedAndInlineStringsNumbersDatesAndGapsAreRead() throws {
    let data = try partners([
        (nil, [.shared("banjul"), .shared("Banjul"), .shared("Gambia"), .shared("GM"), .number("13.4527"), .number("-16.578"),
               .shared("sister"), .number("2012.0")]),
        (7, [.shared("crema"), .shared("Crema"), .none, .shared("IT"), .number("45.3626"), .number("9.6818"),
             .shared("Sister city"), .number("41157")]),      // a date serial: 2012-09-05
        (9, [.number("1234"), .inline("Provo & <Orem>"), .bool(true), .inline("US"), .number("40.2338"), .number("-111.6585"),
             .inline("friendship")]),
    ])
    let net = try PartnerTable.read(data: data, file: "x.xlsx", currentYear: 2025)
    #expect(net.hub.id == "nanning" && net.hub.lat == 22.8167 && net.hub.year == nil && net.hub.line == 2)
    #expect(net.partners.map(\.id) == ["banjul", "crema", "1234"])
    #expect(net.partners.map(\.year) == [2012, 2012, nil])
    #expect(net.partners.map(\.date) == ["", "2012-09-05", ""])
    #expect(net.partners.map(\.line) == [3, 7, 9])
    #expect(net.partners.map(\.country) == ["Gambia", "", "TRUE"])
    #expect(net.partners.map(\.relation) == [.sister, .sister, .friendlyExchange])
    #expect(net.partners.last?.names[.en] == "Provo & <Orem>")
    #expect(net.notes.isEmpty)
}

@Test func problemsNameTheSheetAndCell() throws {
    let data = try partners([
        (7, [.shared("banjul"), .shared("Banjul"), .shared("Gambia"), .shared("GM"), .inline("north"), .number("-16.578"),
             .shared("cousin"), .inline("19x0")]),
    ])
    #expect(problems(data) == [
        "x.xlsx:Partners!E7: error: lat \"north\" is not a decimal number (expected decimal degrees from -90 to 90)",
        "x.xlsx:Partners!G7: error: unknown relation \"cousin\" (expected hub, sister or friendly-exchange)",
        "x.xlsx:Partners!H7: error: year \"19x0\" is not 4 digits or a date (expected a year from 1000 to 2025 such as 2012, a date such as 2012-09-05, or empty when unknown)",
    ])
    let diagnostic = try #require(reading(data).log.diagnostics.first)
    #expect(diagnostic.location == .cell(sheet: "Partners", row: 7, column: 5) && diagnostic.line == 7 && diagnostic.column == 5)
}

@Test func aCellNamedC7() throws {
    let data = try SpreadsheetFiles.workbook([("Partners", [
        (nil, [.inline("Name"), .inline("Relation"), .inline("Year")]),
        (nil, [.inline("Nanning"), .inline("hub")]),
        (7, [.inline("Banjul"), .inline("sister"), .inline("1987.5")]),
    ])])
    let found = problems(data)
    #expect(found.contains { $0.hasPrefix("x.xlsx:Partners!C7: error: year \"1987.5\"") }, "\(found)")
}

@Test func rowsWithoutCoordinatesAreRowsToGeocodeAndSayWhichCell() throws {
    let data = try SpreadsheetFiles.workbook([("Partners", [
        (nil, ["ID", "Name_EN", "Country", "Relation", "Year"].map { .inline($0) }),
        (nil, [.inline("nanning"), .inline("Nanning"), .inline("China"), .inline("hub")]),
        (nil, [.inline("banjul"), .inline("Banjul"), .inline("Gambia"), .inline("sister"), .number("1987")]),
    ])])
    let table = try PartnerTable.readRaw(data: data, file: "x.xlsx", currentYear: 2025)
    #expect(table.rows.map(\.id) == ["nanning", "banjul"] && table.rows.allSatisfy { $0.needsGeocoding } && table.hubIndex == 0)
    #expect(table.rows.last?.location == .cell(sheet: "Partners", row: 3, column: 1))
    #expect(problems(data) == [
        "x.xlsx:Partners!A2: error: missing lat/lon for \"Nanning\" (expected coordinates in decimal degrees, or run `partnermap geocode`)",
        "x.xlsx:Partners!A3: error: missing lat/lon for \"Banjul\" (expected coordinates in decimal degrees, or run `partnermap geocode`)",
    ])
}

@Test func theSheetIsTheFirstOrTheOneNamed() throws {
    let other: [(number: Int?, cells: [Cell])] = [(nil, [.inline("Name"), .inline("Relation"), .inline("Year")]),
                                                (nil, [.inline("Hanoi"), .inline("hub")])]
    let partnersRows: [(number: Int?, cells: [Cell])] = [(nil, [.inline("Name"), .inline("Relation"), .inline("Year")]),
                                                       (nil, [.inline("Kunming"), .inline("hub")])]
    let data = try SpreadsheetFiles.workbook([("Notes", other), ("My partners", partnersRows)])
    func first(_ sheet: String?) throws -> String? {
        try PartnerTable.readRaw(data: data, file: "x.xlsx", options: TableReadOptions(sheet: sheet)).rows.first?.name
    }
    #expect(try first(nil) == "Hanoi")
    #expect(try first("My partners") == "Kunming")
    #expect(try first("my PARTNERS") == "Kunming")
    #expect(problems(data, sheet: "Partners") == [
        "x.xlsx: error: the workbook has no sheet \"Partners\" (expected one of its sheets: \"Notes\", \"My partners\")"])
    let bad = try SpreadsheetFiles.workbook([("My partners", [partnersRows[0], (nil, [.inline("Kunming"), .inline("twin"), .inline("x")])])])
    #expect(problems(bad).contains { $0.hasPrefix("x.xlsx:'My partners'!C2: error: year \"x\"") })
}

@Test func cellsWithoutReferencesFollowEachOtherAnd1904DatesCount() throws {
    let data = try SpreadsheetFiles.workbook([("S", [
        (nil, [.inline("Name"), .inline("Relation"), .inline("Year")]),
        (nil, [.inline("Kunming"), .inline("hub"), .number("39695")]),   // 2012-09-05 counted from 1904
    ])], references: false, date1904: true, compressed: false)
    let table = try PartnerTable.readRaw(data: data, file: "x.xlsx", currentYear: 2025)
    #expect(table.rows.first.map { ($0.name, $0.relation, $0.year, $0.date) } ?? ("", .sister, nil, "") == ("Kunming", .hub, 2012, "2012-09-05"))
}

@Test func aValueRightOfTheHeaderIsRefusedAtItsCell() throws {
    let data = try SpreadsheetFiles.workbook([("S", [
        (nil, [.inline("Name"), .inline("Relation"), .inline("Year")]),
        (nil, [.inline("Kunming"), .inline("hub"), .none, .none, .inline("stray")]),
    ])])
    #expect(problems(data).first?.hasPrefix("x.xlsx:S!E2: error: a value in a column with no header") == true)
}

@Test func partsLargerThanTheTableLimitAreRefusedBeforeTheyAreInflated() throws {
    let rows: [(number: Int?, cells: [Cell])] = (1...400).map { (nil, [.inline("City \($0)"), .inline("sister"), .number("2001")]) }
    let data = try SpreadsheetFiles.workbook([("S", [(nil, [.inline("Name"), .inline("Relation"), .inline("Year")])] + rows)])
    #expect(data.count < 8192)
    var limits = TableLimits.standard
    limits.bytes = 8192
    let found = problems(data, limits: limits)
    #expect(found.count == 1 && found.first?.hasPrefix("x.xlsx: error: the workbook's parts are ") == true)
    #expect(found.first?.hasSuffix("bytes uncompressed (expected a partner table of at most 8192 bytes, uncompressed)") == true)
}

@Test func aPartThatInflatesPastWhatItDeclaresIsRefused() throws {
    var data = try partners([(nil, [.inline("b"), .inline("B"), .inline("X"), .inline("GM"), .number("1"), .number("2"), .inline("sister")])])
    // Make the sheet declare 10 bytes, in its central directory entry (offset 24) and its local header (offset 22).
    let name = Data("xl/worksheets/sheet1.xml".utf8)
    for (signature, sizeOffset, nameOffset) in [(Data([0x50, 0x4B, 0x01, 0x02]), 24, 46), (Data([0x50, 0x4B, 0x03, 0x04]), 22, 30)] {
        var from = data.startIndex
        while let found = data.range(of: signature, in: from..<data.endIndex) {
            let start = found.lowerBound
            if data.count > start + nameOffset + name.count, data[(start + nameOffset)..<(start + nameOffset + name.count)] == name {
                data.replaceSubrange((start + sizeOffset)..<(start + sizeOffset + 4), with: [10, 0, 0, 0])
            }
            from = found.upperBound
        }
    }
    let found = problems(data)
    #expect(found.count == 1 && found.first?.hasPrefix("x.xlsx: error: xl/worksheets/sheet1.xml inflates to more than the 10 bytes it declares") == true,
            "\(found)")
}

@Test func theRowLimitStopsTheSheetAtItsFirstExtraRow() throws {
    let rows: [(number: Int?, cells: [Cell])] = (1...5).map { (nil, [.inline("City \($0)"), .inline("sister")]) }
    let data = try SpreadsheetFiles.workbook([("S", [(nil, [.inline("Name"), .inline("Relation"), .inline("Year")])] + rows)])
    var limits = TableLimits.standard
    limits.rows = 3
    #expect(problems(data, limits: limits) == ["x.xlsx:S!A5: error: the table has more than 3 rows (expected at most 3 rows, the hub's included)"])
}

@Test func whatIsNoXLSXWorkbookIsSaidSo() throws {
    let ods = try SpreadsheetFiles.zip([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", Data("<x/>".utf8))])
    #expect(problems(ods).first?.hasPrefix("x.xlsx: error: this ZIP archive has no xl/workbook.xml") == true)
    #expect(problems(Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3])).first?.hasPrefix("x.xlsx: error: this ZIP archive cannot be read") == true)
    #expect(problems(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])).first?.hasPrefix("x.xlsx: error: this is an Excel 97–2003 workbook (.xls)") == true)
    let broken = try SpreadsheetFiles.zip([
        ("xl/workbook.xml", Data(#"<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#.utf8)),
        ("xl/_rels/workbook.xml.rels", Data(#"<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml" Type="x/worksheet"/></Relationships>"#.utf8)),
        ("xl/worksheets/sheet1.xml", Data("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>".utf8)),
    ])
    #expect(problems(broken) == ["x.xlsx: error: cell S!A1 refers to shared string \"3\", which the workbook does not have (expected an index below 0)"])
}

@Test func relationshipTargetsAreAbsoluteOrRelativeToTheWorkbook() {
    #expect(Parts.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
    #expect(Parts.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
    #expect(Parts.resolve("../xl/sharedStrings.xml", from: "xl/workbook.xml") == "xl/sharedStrings.xml")
    #expect(Parts.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
    #expect(Parts.relationships(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
}

@Test func cellReferencesAndNumbers() {
    #expect(Workbook.cellReference("C7").map { [$0.column, $0.row] } == [3, 7])
    #expect(Workbook.cellReference("AA10").map { [$0.column, $0.row] } == [27, 10])
    #expect(Workbook.cellReference("$B$2").map { [$0.column, $0.row] } == [2, 2])
    #expect(Workbook.cellReference("7C") == nil && Workbook.cellReference("XFE1") == nil && Workbook.cellReference("A0") == nil)
    #expect(Workbook.numberText("2012") == "2012" && Workbook.numberText("2012.0") == "2012" && Workbook.numberText("22.816700000000001") == "22.8167")
    #expect(TableLocation.columnLetters(1) == "A" && TableLocation.columnLetters(26) == "Z" && TableLocation.columnLetters(28) == "AB")
    #expect(TableLocation.cell(sheet: "Partners", row: 7, column: 3).description == "Partners!C7")
    #expect(TableLocation.cell(sheet: "It's", row: 1, column: 1).description == "'It''s'!A1")
}
