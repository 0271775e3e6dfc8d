import Foundation

/// Tables of many partners for the benchmark: the Nanning hub and `count` partners spread over
/// the inhabited latitudes by a fixed pseudo-random sequence, so every run draws the same map.
enum BenchNetworks {
    static let countries = [("JP", "Japan"), ("US", "United States"), ("FR", "France"), ("BR", "Brazil"), ("AU", "Australia"), ("NG", "Nigeria")]

    /// The table as CSV text.
    static func csv(partners count: Int) -> String {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var lines = ["id,name_en,country,iso2,lat,lon,relation,year", "nanning,Nanning,China,CN,22.817,108.367,hub,"]
        for i in 0..<count {
            let (code, name) = countries[Int(next() * Double(countries.count)) % countries.count]
            let lat = -55 + next() * 125, lon = -179 + next() * 358
            lines.append("p\(i),Place \(i),\(name),\(code),\(String(format: "%.4f", lat)),\(String(format: "%.4f", lon)),sister,\(1970 + i % 55)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the table into `directory` and returns its path.
    static func write(partners count: Int, in directory: String) throws -> String {
        let path = (directory as NSString).appendingPathComponent("partners-\(count).csv")
        try csv(partners: count).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
