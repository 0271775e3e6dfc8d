import Testing
import PartnerData

@Test func aFloodOfProblemsIsCutAtAThousandWithACountOfTheRest() throws {
    let rows = (1000..<2500).map { "x\($0),X,Y,GM,abc,0,sister," }
    let found = diagnostics(([header, hubRow] + rows).joined(separator: "\n"))
    #expect(found.count == 1001)
    #expect(found.dropLast().allSatisfy { $0.message.hasPrefix("lat \"abc\"") })
    let note = try #require(found.last)
    #expect(note.line == 1003 && note.column == 14)
    #expect(note.message == "500 more problems are not listed (expected at most 1000; fix the ones above first)")
}

@Test func aThousandProblemsAreAllListed() {
    let rows = (1000..<2000).map { "x\($0),X,Y,GM,abc,0,sister," }
    let found = diagnostics(([header, hubRow] + rows).joined(separator: "\n"))
    #expect(found.count == 1000 && found.last?.line == 1002)
}
