import Foundation

/// Work started on another thread now and collected later (planning uses both cores).
final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Result<T, Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work and returns its result (or throws its error).
    func result() throws -> T {
        done.wait()
        done.signal()
        return try value!.get()
    }
}
