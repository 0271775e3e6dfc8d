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

    /// The shipped data comes as the package's resources, next to the program SwiftPM built, so
    /// it is found wherever the program runs and needs no environment variable.
    @Test func shippedDataComesFromThePackageResources() throws {
        try #require(ProcessInfo.processInfo.environment["PARTNERMAP_DATA"] == nil)
        let dir = try #require(ProjectFiles.geodata())
        #expect(dir.hasSuffix("/partnermap_Geodata.resources"), "found \(dir)")
        #expect(FileManager.default.fileExists(atPath: dir + "/basemap/naturalearth.low.pmb"))
    }
}
