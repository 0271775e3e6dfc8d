import Foundation
import MapScene

/// The base of maps drawn once for all the maps of one framing in a process (a batch): each
/// PNG band with the background and the scene's base layers (sea, graticule, land, borders,
/// the insets' basemaps) drawn, found again by the base's content. A map then copies its bands
/// and draws only the rest over them, which gives the same pixels as drawing it whole: the
/// same operations in the same order on the same band. Safe to use from any thread.
package final class BaseRasters: @unchecked Sendable {
    private let kept: KeptValues<Int, [RasterImage]>
    /// Maps drawn over a kept base (for tests and the benchmark).
    package var hits: Int { kept.hits }

    /// At most `capacity` bases are kept (each is a picture's worth of pixels).
    package init(capacity: Int = 4) { kept = KeptValues(capacity: capacity) }

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
        try kept.value(key, make: make)
    }
}
