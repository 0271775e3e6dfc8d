import CShapelib
import Foundation

/// shapelib's file hooks with its error callback caught: shapelib reports a failure through a C
/// callback without context, so the message is kept per thread and handed to the caller that failed.
enum ShapelibHooks {
    private static let key = "partnermap.shapelib.error"

    /// Default file hooks whose errors are recorded instead of printed.
    static func make() -> SAHooks {
        var hooks = SAHooks()
        SASetupDefaultHooks(&hooks)
        hooks.Error = { message in
            guard let message else { return }
            Thread.current.threadDictionary[ShapelibHooks.key] = String(cString: message)
        }
        return hooks
    }

    /// The message of the last shapelib failure on this thread, cleared once taken.
    static func takeError() -> String? {
        let dictionary = Thread.current.threadDictionary
        defer { dictionary.removeObject(forKey: key) }
        return (dictionary[key] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Why shapelib failed, for a message: its own words when it gave some.
    static func reason(_ fallback: String) -> String {
        guard let error = takeError(), !error.isEmpty else { return fallback }
        return "\(fallback) (shapelib: \(error))"
    }
}
