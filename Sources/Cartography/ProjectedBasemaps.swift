import Basemap
import Foundation
import MapGeometry

/// Basemaps already projected, kept for later maps of the same framing in one process (a batch,
/// the editor's previews after an edit that moves no city): projecting the 10m coasts and
/// borders is the largest part of planning a map. An entry is found by everything the
/// projected paths depend on, so a kept one is the one that would be made. Safe to use from
/// any thread; the oldest entry goes first.
package final class ProjectedBasemaps: @unchecked Sendable {
    struct Key: Hashable {
        var projection: ProjectionIdentity
        var detail: DetailLevel
        var highlight: Set<String>
        var minRingArea: Double
        /// Whether only what the frame shows was projected (a regional map, an inset).
        var regional: Bool
    }

    private let lock = NSLock()
    private var entries: [(key: Key, basemap: ProjectedBasemap)] = []
    private let capacity: Int
    /// Basemaps found kept (for tests).
    package private(set) var hits = 0

    package init(capacity: Int = 8) { self.capacity = max(1, capacity) }

    /// The projected basemap under `key`, made by `make` the first time.
    func basemap(_ key: Key, make: () -> ProjectedBasemap) -> ProjectedBasemap {
        lock.lock()
        if let i = entries.firstIndex(where: { $0.key == key }) {
            hits += 1
            let found = entries.remove(at: i)
            entries.append(found)
            lock.unlock()
            return found.basemap
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if !entries.contains(where: { $0.key == key }) {
            entries.append((key, made))
            if entries.count > capacity { entries.removeFirst() }
        }
        return made
    }
}

extension ProjectedBasemap {
    /// `level` projected, or the same found in `kept`.
    static func projecting(_ level: BasemapLevel, detail: DetailLevel, projection: MapProjection, highlight: Set<String>,
                           minRingArea: Double, region: RegionFilter?, kept: ProjectedBasemaps?) -> ProjectedBasemap {
        let make = { ProjectedBasemap(level, projection: projection, highlight: highlight, minRingArea: minRingArea, region: region) }
        guard let kept else { return make() }
        let key = ProjectedBasemaps.Key(projection: projection.identity, detail: detail, highlight: highlight,
                                        minRingArea: minRingArea, regional: region != nil)
        return kept.basemap(key, make: make)
    }
}
