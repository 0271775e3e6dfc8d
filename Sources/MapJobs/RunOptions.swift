import Foundation
import OptionModel

/// How a command runs, not what it makes: the number of threads. Outputs are the same bytes
/// whatever these say.
public struct RunOptions: Sendable {
    /// Threads that draw and encode (nil: one per core).
    public var threads: Int?
    public init() {}

    /// The threads to use: as given, else one per core.
    public var threadCount: Int { threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    package static let options: [Option<RunOptions>] = [
        .optional("threads", \.threads, "n",
                  help: "Threads that draw and encode (default: one per core). The output is byte-identical for any number.",
                  check: within(1...1024)),
    ]
}
