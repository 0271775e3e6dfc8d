/// Times `Basemap.load` (read and decode) for the CLI's hidden `basemap bench`.
package enum BasemapBenchmark {
    /// Loads each level `repetitions` times (after one warm-up load) and reports the median and
    /// fastest time in milliseconds, one line per level.
    package static func run(_ basemap: Basemap, levels: [DetailLevel], repetitions: Int) throws -> String {
        let clock = ContinuousClock()
        var lines: [String] = []
        for level in levels {
            let loaded = try basemap.load(level)
            var times: [Double] = []
            for _ in 0..<max(1, repetitions) {
                let elapsed = try clock.measure { _ = try basemap.load(level) }
                times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            }
            times.sort()
            let median = times[times.count / 2]
            lines.append("\(level.rawValue): \(loaded.points.count) points, median \(format(median)) ms, "
                + "fastest \(format(times[0])) ms over \(times.count) loads")
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ milliseconds: Double) -> String { "\((milliseconds * 100).rounded() / 100)" }
}
