import Foundation

/// The date outputs carry, from `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when it is set,
/// so that a build or a batch makes byte-identical files (reproducible-builds.org).
package enum SourceDate {
    package static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces)),
              seconds >= 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
