import Foundation
@testable import PartnerData
import TestSupport
import Testing

@Suite struct CountryNamesTests {
    @Test func readsNamesByCodeAndLanguage() throws {
        let s = try Scratch()
        defer { s.remove() }
        try "iso2,en,zh,vi,th\nFR,France,法国,Pháp,ฝรั่งเศส\n\"HK\",\"Hong Kong\",,\"Hồng Kông, Trung Quốc\",ฮ่องกง\n"
            .write(toFile: s.file("c.csv"), atomically: true, encoding: .utf8)
        let names = try CountryNames.read(path: s.file("c.csv"))
        #expect(names.name("fr", in: "th") == "ฝรั่งเศส")
        #expect(names.name("HK", in: "vi") == "Hồng Kông, Trung Quốc")
        #expect(names.name("HK", in: "zh") == nil, "an empty cell is no name")
    }

    @Test func aBrokenRowNamesItsLine() throws {
        let s = try Scratch()
        defer { s.remove() }
        try "iso2,en,zh,vi,th\nFR,France,法国,Pháp,ฝรั่งเศส\nFRANCE,France\n".write(toFile: s.file("c.csv"), atomically: true, encoding: .utf8)
        #expect { try CountryNames.read(path: s.file("c.csv")) } throws: { "\($0)".contains("c.csv:3:") }
    }
}
