import Foundation
import Gazetteer
@testable import MapJobs
import PartnerData
import Testing
import TestSupport

/// The gazetteer against real partner lists: the shipped Nanning table and the networks of
/// Tests/Networks (each sourced in geodata/sources), stripped to names, countries, relations and
/// years, and fed as a spreadsheet office would keep them: a GBK ";" CSV with Chinese headers,
/// the Chinese and English names side by side; the same with Chinese names alone where the list
/// has them; an .xlsx with English names; and a UTF-16 TSV with Vietnamese or Thai names where
/// there are any. Each row geocoded must lie within 20 km of the sourced coordinates for 95% of
/// the rows (90% for the Chinese-only list); every other row must be reported, never placed more
/// than 50 km off in silence.
@Suite(.serialized) struct GeocodeAccuracyTests {
    static let networksFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Networks").path

    /// Every table of the corpus: its name and rows.
    static func corpus() throws -> [(name: String, rows: [TableRow])] {
        var tables = [("nanning", try PartnerTable.readRaw(path: try ProjectFiles.defaultTablePath()).rows)]
        for file in try FileManager.default.contentsOfDirectory(atPath: networksFolder).sorted() where file.hasSuffix(".csv") {
            tables.append((String(file.dropLast(4)), try PartnerTable.readRaw(path: networksFolder + "/" + file).rows))
        }
        return tables
    }

    enum Form: String, CaseIterable { case gbk, gbkWithEnglish, xlsx, utf16 }

    /// The names-only table of `rows` in `form`, as its file's bytes and name.
    static func input(_ rows: [TableRow], form: Form) throws -> (Data, String) {
        func year(_ r: TableRow) -> String { r.year.map(String.init) ?? "" }
        switch form {
        case .gbk:
            let lines = ["城市;国家;关系;年份"] + rows.map { r in
                [r.names[.zh] ?? r.names[.en] ?? r.name, r.country, r.relation == .hub ? "hub" : "友好城市", year(r)]
                    .map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: ";")
            }
            return (Data(SpreadsheetFiles.encode(lines.joined(separator: "\r\n") + "\r\n", as: "GB18030")), "t.csv")
        case .gbkWithEnglish:
            let lines = ["城市;英文名;国家;关系;年份"] + rows.map { r in
                [r.names[.zh] ?? "", r.names[.en] ?? r.name, r.country, r.relation == .hub ? "hub" : "友好城市", year(r)]
                    .map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: ";")
            }
            return (Data(SpreadsheetFiles.encode(lines.joined(separator: "\r\n") + "\r\n", as: "GB18030")), "t.csv")
        case .xlsx:
            let header: [SpreadsheetFiles.Cell] = ["Name_EN", "Country", "Relation", "Year"].map { .shared($0) }
            let body: [(number: Int?, cells: [SpreadsheetFiles.Cell])] = rows.map { r in
                (nil, [.shared(r.names[.en] ?? r.name), .shared(r.country), .shared(r.relation.rawValue),
                       r.year.map { .number(String($0)) } ?? .none])
            }
            return (try SpreadsheetFiles.workbook([("Partners", [(nil, header)] + body)]), "t.xlsx")
        case .utf16:
            let lines = ["Name\tCountry\tRelation\tYear"] + rows.map { r in
                [r.names[.vi] ?? r.names[.th] ?? r.names[.en] ?? r.name, r.iso2, r.relation.rawValue, year(r)]
                    .map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t")
            }
            return (Data(SpreadsheetFiles.utf16(lines.joined(separator: "\r\n") + "\r\n")), "t.tsv")
        }
    }

    /// Great-circle distance on a sphere of 6371 km.
    static func kilometres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let p = Double.pi / 180
        let h = pow(sin((b.0 - a.0) * p / 2), 2) + cos(a.0 * p) * cos(b.0 * p) * pow(sin((b.1 - a.1) * p / 2), 2)
        return 12742 * asin(min(1, h.squareRoot()))
    }

    @Test(arguments: Form.allCases) func realPartnerListsGeocodeWithin20Kilometres(form: Form) throws {
        let geocoder = TableGeocoder(gazetteer: try ProjectFiles.gazetteer())
        var rows = 0, within = 0, flagged = 0
        var far: [String] = [], messages: [String] = []
        for (name, truth) in try Self.corpus() {
            let (bytes, file) = try Self.input(truth, form: form)
            var data = DataOptions()
            data.table = .data(bytes, name: "\(name)-\(file)")
            let outcome = try geocoder.geocode(try data.rawTable())
            #expect(outcome.rows.count == truth.count)
            let reported = Set(outcome.problems.map(\.line))
            messages += outcome.problems.map { "\(name): " + $0.message.prefix { $0 != "(" } }
            for (got, want) in zip(outcome.rows, truth) {
                rows += 1
                guard let lat = got.row.lat, let lon = got.row.lon, let wantLat = want.lat, let wantLon = want.lon else {
                    #expect(reported.contains(got.row.line), "\(name): \(want.name) neither placed nor reported")
                    flagged += 1
                    continue
                }
                let off = Self.kilometres((lat, lon), (wantLat, wantLon))
                if off <= 20 { within += 1 } else { far.append("\(name): \(want.name) \(Int(off)) km off") }
                #expect(off <= 50, "\(name) \(form): \(want.name) placed \(Int(off)) km from its sourced place, with no message")
            }
        }
        print("geocode accuracy, \(form): \(within) of \(rows) rows within 20 km, \(flagged) reported, \(far.count) further: \(far)\n  " + messages.joined(separator: "\n  "))
        #expect(rows >= 60)
        // The list in Chinese alone falls short of 95%: neither GeoNames nor iso-codes has the
        // sourced Chinese name of 7 of its 171 places (班达伯格 Bundaberg, 普罗沃 Provo, 达沃 Davao …),
        // and each of them is reported, as are the 7 every form reports; with the English names
        // beside the Chinese, or with Vietnamese and Thai names, 95% hold.
        let goal = form == .gbk ? 0.90 : 0.95
        #expect(Double(within) >= goal * Double(rows), "\(form): \(within) of \(rows) within 20 km; \(flagged) reported; \(far)")
    }
}
