import Foundation
import Testing
@testable import PartnerData

/// The message of the first problem `text` has under `limits`, or nil when it reads.
private func firstProblem(_ text: String, _ limits: TableLimits) -> TableDiagnostic? {
    do {
        _ = try PartnerTable.parse(text: text, file: "t.csv", hubID: nil, currentYear: 2025, limits: limits)
        return nil
    } catch {
        return (error as? TableErrors)?.diagnostics.first
    }
}

@Test func theRowLimitCountsTheHubAndStopsReadingAtTheFirstRowPastIt() throws {
    var limits = TableLimits.standard
    limits.rows = 3
    let rows = (1...3).map { "p\($0),P,X,GM,1,2,sister," }
    #expect(firstProblem(table(rows[0], rows[1]), limits) == nil)
    let found = try #require(firstProblem(table(rows[0], rows[1], rows[2], "bad,row"), limits))
    #expect(found.line == 5 && found.column == 1)
    #expect(found.message == "the table has more than 3 rows (expected at most 3 rows, the hub's included)")
}

@Test func sixtyThousandPartnersAreWellWithinTheStandardLimits() throws {
    let rows = (1...60_000).map { "p\($0),Partner \($0),Gambia,GM,\(Double($0 % 170) - 85),\(Double($0 % 350) - 175),sister," }
    let net = try network(table(rows.joined(separator: "\n")))
    #expect(net.partners.count == 60_000)
    // As long as geodata/nanning.csv's rows (about 520 bytes, sources included), they would fit too.
    #expect(60_000 * 520 < TableLimits.standard.bytes && 60_000 < TableLimits.standard.rows)
}

@Test func textLargerThanTheLimitIsRefusedBeforeItIsRead() throws {
    var limits = TableLimits.standard
    limits.bytes = 100
    let found = try #require(firstProblem(table(banjulRow), limits))
    #expect(found.line == 1 && found.column == 1)
    #expect(found.message == "the table is larger than 100 bytes (expected a partner table of at most 100 bytes)")
}
