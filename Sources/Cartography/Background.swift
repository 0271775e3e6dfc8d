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

/// A value handed over to one other thread, which alone uses it from then on (a projection,
/// whose PROJ transform must stay on one thread).
struct Handover<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// `transform` of each element, in order, worked out on every core when there are many.
func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
    let threads = min(ProcessInfo.processInfo.activeProcessorCount, items.count / 256)
    guard threads > 1 else { return items.map(transform) }
    let results = Chunks<R>(count: threads)
    let per = (items.count + threads - 1) / threads
    DispatchQueue.concurrentPerform(iterations: threads) { k in
        results.set(k, items[min(items.count, k * per)..<min(items.count, (k + 1) * per)].map(transform))
    }
    return results.joined
}

/// What each thread of `concurrentMap` worked out, kept apart until all are done.
private final class Chunks<R>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[R]]
    init(count: Int) { chunks = Array(repeating: [], count: count) }
    func set(_ k: Int, _ c: [R]) { lock.lock(); chunks[k] = c; lock.unlock() }
    var joined: [R] { chunks.flatMap { $0 } }
}
