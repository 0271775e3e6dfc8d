import Foundation

/// Values made once and kept by key for later pictures of one process (bases of maps, projected
/// basemaps): at most `capacity`, the one used longest ago going first. Safe to use from any
/// thread; a value is made outside the lock, so two threads may make the same one at once, and
/// the first kept is the one kept.
package final class KeptValues<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(key: Key, value: Value)] = []
    private let capacity: Int
    /// Values found kept.
    package private(set) var hits = 0

    package init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The value under `key`, made by `make` the first time.
    package func value(_ key: Key, make: () throws -> Value) rethrows -> Value {
        lock.lock()
        if let i = entries.firstIndex(where: { $0.key == key }) {
            hits += 1
            let found = entries.remove(at: i)
            entries.append(found)
            lock.unlock()
            return found.value
        }
        lock.unlock()
        let made = try make()
        lock.lock()
        defer { lock.unlock() }
        if !entries.contains(where: { $0.key == key }) {
            entries.append((key, made))
            if entries.count > capacity { entries.removeFirst() }
        }
        return made
    }
}
