import Foundation
import MapScene

/// The base of maps drawn once for all the maps of one framing in a process (a batch): each
/// PNG band with the background and the scene's base layers (sea, graticule, land, borders,
/// the insets' basemaps) drawn, found again by the base's content. A map then copies its bands
/// and draws only the rest over them, which gives the same pixels as drawing it whole: the
/// same operations in the same order on the same band. Safe to use from any thread.
package final class BaseRasters: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(key: Int, bands: [RasterImage])] = []
    /// Bases kept at most (each is a picture's worth of pixels); the oldest goes first.
    private let capacity: Int
    /// Maps drawn over a kept base (for tests and the benchmark).
    package private(set) var hits = 0

    package init(capacity: Int = 4) { self.capacity = max(1, capacity) }

    /// What identifies a base: the picture's size, background and base layers, and its bands.
    static func key(_ scene: Scene, bands: [Range<Int>]) -> Int {
        var h = Hasher()
        h.combine(scene.size)
        h.combine(scene.background)
        h.combine(bands.map(\.lowerBound))
        h.combine(scene.baseLayers)
        for layer in scene.layers.prefix(scene.baseLayers) { h.combine(layer) }
        return h.finalize()
    }

    /// The base's bands under `key`, drawn by `make` the first time.
    func bands(_ key: Int, make: () throws -> [RasterImage]) rethrows -> [RasterImage] {
        lock.lock()
        if let found = entries.first(where: { $0.key == key }) {
            hits += 1
            lock.unlock()
            return found.bands
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
