import Foundation

/// Wall-clock time spent in each named stage of making a map, in order, for the benchmark.
package struct StageTimes: Sendable {
    package private(set) var stages: [(name: String, seconds: Double)] = []

    package init() {}

    /// Runs `body`, adding its duration to the stage `name`.
    package mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try body()
    }

    package mutating func add(_ name: String, _ seconds: Double) {
        if let i = stages.firstIndex(where: { $0.name == name }) { stages[i].seconds += seconds } else { stages.append((name, seconds)) }
    }
}
