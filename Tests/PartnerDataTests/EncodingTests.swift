import Foundation
import Testing
import TestSupport
@testable import PartnerData

/// Reads `bytes` as the file "t.csv" with current year 2025.
private func rawTable(_ bytes: [UInt8], options: TableReadOptions = TableReadOptions()) throws -> RawTable {
    try PartnerTable.readRaw(data: Data(bytes), file: "t.csv", currentYear: 2025, options: options)
}

private func problems(_ bytes: [UInt8], options: TableReadOptions = TableReadOptions()) -> [TableDiagnostic] {
    do {
        _ = try PartnerTable.read(data: Data(bytes), file: "t.csv", currentYear: 2025, options: options)
    } catch let errors as TableErrors {
        return errors.diagnostics
    } catch {
        Issue.record("unexpected error \(error)")
    }
    return []
}

/// What Chinese Windows Excel saves as "CSV": GB18030 (GBK), here with `;` and no hub row.
private let chineseTable = "城市;国家;关系;年份\n昆明;中国;友好城市;1980\n大理;中国;友好交流城市;1990\n"

@Test func gb18030IsDetectedAndDecoded() throws {
    let table = try rawTable(SpreadsheetFiles.encode(chineseTable, as: "GB18030"))
    #expect(table.notes == ["t.csv: read as GB18030 with ';' separators"])
    #expect(table.rows.map(\.names) == [[.zh: "昆明"], [.zh: "大理"]])
    #expect(table.rows.map(\.country) == ["中国", "中国"])
    #expect(table.rows.map(\.relation) == [.sister, .friendlyExchange])
    #expect(table.rows.map(\.year) == [1980, 1990])
    #expect(table.rows.allSatisfy(\.needsGeocoding) && table.hubIndex == nil)
}

@Test(arguments: [
    "城市,国家,关系,年份\n哈尔滨,中国,友好城市,2001\n",
    "name_en,name_zh,relation,year\nHarbin,哈尔滨,sister,2001\nUlan-Ude,乌兰乌德,sister,2001\n",
    "name_en,name_zh,relation,year\nA,啊,sister,2001\nZ,\u{9F44},sister,2001\n",  // the first and a rare GBK character
    "name_en,country,relation,year\nTaipei,\u{4E2D}\u{83EF}\u{6C11}\u{570B},sister,2001\n",
    "name,relation,year\n\u{3010}Kunming\u{3011} 昆明,sister,2001\n",  // full-width brackets, a GB2312 symbol row
    "name_zh,relation,year\n華,sister,2001\n",  // C8 41: a lead byte and an ASCII letter, as in Windows-1252 "ÈA"
    "name_zh,relation,year\n臺灣,sister,2001\n",  // traditional characters, none in GB2312
])
func gbkIsNeverReadAsWindows1252(text: String) throws {
    let bytes = SpreadsheetFiles.encode(text, as: "GBK")
    #expect(TableEncoding.detect(bytes) == .gb18030)
    let table = try rawTable(bytes)
    #expect(table.notes.first?.hasPrefix("t.csv: read as GB18030") == true)
    #expect(table.rows.allSatisfy { !$0.name.unicodeScalars.contains { (0xC0...0xFF).contains($0.value) } }, "no Latin-1 letters")
}

@Test(arguments: ["Zürich", "Genève", "São Paulo", "Kraków", "Ñuñoa", "Málaga–Córdoba", "Øresund“", "Mönchengladbach", "Évry", "Århus"])
func windows1252NamesAreNotTakenForGBK(name: String) throws {
    guard name.unicodeScalars.allSatisfy({ $0.value < 0x100 || "–“".unicodeScalars.contains($0) }) else { return }
    let bytes = SpreadsheetFiles.encode("name_en;relation;year\n\(name);sister;2001\n", as: "WINDOWS-1252")
    #expect(TableEncoding.detect(bytes) == .windows1252)
    let table = try rawTable(bytes)
    #expect(table.rows.first?.names[.en] == name)
    #expect(table.notes == ["t.csv: read as Windows-1252 with ';' separators"])
}

@Test func windows1252ZurichReads() throws {
    let bytes = SpreadsheetFiles.encode("id,name_en,country,iso2,lat,lon,relation,year\nnanning,Nanning,China,CN,22.8,108.3,hub,\nzurich,Zürich,Schweiz,CH,47.37,8.54,sister,1982\n",
                                        as: "WINDOWS-1252")
    let net = try PartnerTable.read(data: Data(bytes), file: "t.csv", currentYear: 2025)
    #expect(net.partners.first?.names[.en] == "Zürich")
    #expect(net.notes == ["t.csv: read as Windows-1252 with ',' separators"])
}

@Test func windows1252HasItsOwnCharactersIn0x80To0x9F() {
    #expect(TableEncoding.decodeWindows1252([0x80, 0x93, 0x94, 0x96, 0x8A, 0x9F, 0x81]) == "€“”–Š\u{178}\u{81}")
}

/// Excel's "Unicode text": UTF-16LE with a byte order mark, tab separated.
private let unicodeText = "Name\tCountry\tRelation\tYear\nNanning\tChina\tHub\t\nBanjul\tGambia\tSister city\t1980.0\n"

@Test(arguments: [false, true])
func utf16WithByteOrderMarkIsDetected(bigEndian: Bool) throws {
    let table = try rawTable(SpreadsheetFiles.utf16(unicodeText, bigEndian: bigEndian))
    #expect(table.notes == ["t.csv: read as UTF-16\(bigEndian ? "BE" : "LE") with tab separators"])
    #expect(table.rows.map(\.name) == ["Nanning", "Banjul"])
    #expect(table.rows.map(\.relation) == [.hub, .sister] && table.rows.map(\.year) == [nil, 1980])
    #expect(table.hubIndex == 0 && table.rows.allSatisfy(\.needsGeocoding))
}

@Test func utf16WithoutByteOrderMarkIsDetectedFromItsZeroBytes() throws {
    let bytes = Array(SpreadsheetFiles.utf16(unicodeText).dropFirst(2))
    #expect(TableEncoding.detect(bytes) == .utf16LE)
    #expect(try rawTable(bytes).rows.count == 2)
}

@Test func positionsAreInTheDecodedText() throws {
    // Line 3: each Chinese character is one column (2 bytes in GBK, 3 in UTF-8), so the year is at column 12.
    let text = "城市;国家;关系;年份\n南宁;中国;中心;\n昆明;中国;友好城市;19x0\n"
    for bytes in [SpreadsheetFiles.encode(text, as: "GB18030"), SpreadsheetFiles.utf16(text), SpreadsheetFiles.utf16(text, bigEndian: true)] {
        let year = problems(bytes).first { $0.message.hasPrefix("year \"19x0\"") }
        #expect(year.map { "\($0.line):\($0.column)" } == "3:12")
    }
}

@Test func utf8WithAndWithoutByteOrderMarkGivesNoNote() throws {
    let text = "name_en,relation,year\nHà Nội,sister,2001\n"
    for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
        let table = try rawTable(bytes)
        #expect(table.notes.isEmpty && table.rows.first?.names[.en] == "Hà Nội")
    }
}

@Test func anEncodingGivenWinsOverDetection() throws {
    // These GBK bytes are also Windows-1252 text; asked for 1252, they are read as such.
    let bytes = SpreadsheetFiles.encode("name,relation,year\n昆明,sister,2001\n", as: "GBK")
    #expect(try rawTable(bytes).rows.first?.name == "昆明")
    let latin = try rawTable(bytes, options: TableReadOptions(encoding: .windows1252))
    #expect(latin.rows.first?.name == "À¥Ã÷")
    #expect(latin.notes == ["t.csv: read as Windows-1252 with ',' separators"])
}

@Test func bytesThatAreNotTheEncodingGivenAreReportedWhereTheyStop() throws {
    let bytes = Array("name,relation,year\nab".utf8) + [0x81]  // a GB18030 lead byte with nothing after it
    let found = problems(bytes, options: TableReadOptions(encoding: .gb18030))
    #expect(found.count == 1 && found.first.map { "\($0.line):\($0.column)" } == "2:3")
    #expect(found.first?.message.hasPrefix("the file is not GB18030 text here (expected GB18030, as --encoding says;") == true)
    // A lone surrogate in UTF-16.
    let utf16 = SpreadsheetFiles.utf16("name,relation,year\nx") + [0x00, 0xD8, 0x41, 0x00]
    let broken = problems(utf16)
    #expect(broken.first.map { "\($0.line):\($0.column)" } == "2:2" && broken.first?.message.hasPrefix("the file is not UTF-16LE") == true)
}

@Test(arguments: [("utf8", TableEncoding.utf8), ("UTF-8", .utf8), ("utf-16", .utf16LE), ("UTF16BE", .utf16BE), ("gbk", .gb18030),
                  ("GB2312", .gb18030), ("cp936", .gb18030), ("gb18030", .gb18030), ("cp1252", .windows1252), ("Windows-1252", .windows1252),
                  ("latin1", .windows1252)])
func encodingNames(name: String, expected: TableEncoding) {
    #expect(TableEncoding(name: name) == expected)
}
