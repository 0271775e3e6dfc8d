import Foundation
import MapJobs
import PartnerData
import Testing

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

    @Test func defaultDataIsFoundFromElsewhere() throws {
        let here = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(here) }
        FileManager.default.changeCurrentDirectoryPath(NSTemporaryDirectory())
        // The test binary lives in the build tree of the project: the walk up finds geodata/.
        #expect(ProjectFiles.geodata() != nil)
    }
}
