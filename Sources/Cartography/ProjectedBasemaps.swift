import Basemap
import Foundation
import MapGeometry
import MapScene

/// Basemaps already projected, kept for later maps of the same framing in one process (a batch,
/// the editor's previews after an edit that moves no city): projecting the 10m coasts and
/// borders is the largest part of planning a map. An entry is found by everything the
/// projected paths depend on, so a kept one is the one that would be made. Safe to use from
/// any thread; the one used longest ago goes first.
package final class ProjectedBasemaps: @unchecked Sendable {
    struct Key: Hashable {
        var projection: ProjectionIdentity
        var detail: DetailLevel
        var highlight: Set<String>
        var minRingArea: Double
        /// Whether only what the frame shows was projected (a regional map, an inset).
        var regional: Bool
    }

    private let kept: KeptValues<Key, ProjectedBasemap>
    /// Basemaps found kept (for tests).
    package var hits: Int { kept.hits }

    package init(capacity: Int = 8) { kept = KeptValues(capacity: capacity) }

    /// The projected basemap under `key`, made by `make` the first time.
    func basemap(_ key: Key, make: () -> ProjectedBasemap) -> ProjectedBasemap {
        kept.value(key, make: make)
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
