import Foundation
import Testing
@testable import PartnerData

@Test(arguments: ["", " ", "\t", "a", " a ", "\ta b\t", "\u{A0}南\u{3000}", "\u{2003} x \u{202F}", "\u{301} ", "\n a\n",
                  " \u{FEFF}b", "\u{1F600} ", "e\u{301}\t"])
func fieldsAreTrimmedLikeFoundationWhitespaces(field: String) {
    #expect(LocatedRecord.trimmed(field) == field.trimmingCharacters(in: .whitespaces))
}

@Test func valuesKeepInnerSpacesAndDropOuterOnes() {
    let record = LocatedRecord(fields: ["  Ho Chi Minh City\t", "\u{3000}南宁"], spans: [], start: .start)
    #expect(record.value(at: 0) == "Ho Chi Minh City" && record.value(at: 1) == "南宁" && record.value(at: 2) == nil)
}
