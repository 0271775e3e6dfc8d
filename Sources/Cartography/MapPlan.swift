import Basemap
import MapGeometry
import MapScene
import PartnerData

/// A focus inset, computed: where it sits, what it shows, and the outline of its region on the main map.
package struct InsetPlan: Sendable {
    package var name: String
    /// What it shows, and the region it is named after.
    var region: InsetRegion
    package var frame: Rect
    package var ocean: Path
    var basemap: ProjectedBasemap
    var arcs: [ProjectedArc]
    package var hubPoint: Point?
    package var partnerPoints: [String: Point]
    /// Hairlines from true places to markers moved apart so as not to hide each other.
    var markerTicks: [(Point, Point)]
    /// The inset's name in its corner.
    var caption: TextBlock?
    /// The region's outline drawn on the main map.
    package var locator: Path
}

/// Everything a map needs, computed once: framing, projected geometry, marker and label
/// positions, overlay boxes. Scenes are assembled from it (once for a map, per frame for animation).
package struct MapPlan: Sendable {
    package var spec: MapSpec
    package var network: Network
    package var theme: Theme
    package var sizing: Sizing
    var text: MapText
    var styler: PartnerStyler
    package var canvas: Rect
    package var frame: Rect
    package var projectionName: String
    /// What the main map shows: nil for the whole world.
    package var extent: GeoBox?
    package var detail: DetailLevel
    var sphere: Path
    var graticule: Path
    /// Circles of equal distance from the hub (azimuthal equidistant maps), else empty.
    var distanceRings: Path
    var basemap: ProjectedBasemap
    var arcs: [ProjectedArc]
    package var hubPoint: Point?
    package var partnerPoints: [String: Point]
    /// Hairlines from true places to markers moved apart so as not to hide each other.
    var markerTicks: [(Point, Point)]
    /// On a dense map, partners gathered into discs with their count (nil: every partner has
    /// its own marker).
    var clusters: MarkerClusters?
    package var labels: [PlacedLabel]
    /// The boxed, numbered list of names that found no room by their markers (nil: none needed).
    var key: MapKey?
    package var keyBox: Rect?
    var legend: Legend?
    package var legendBox: Rect?
    var titleBlocks: [TextBlock]
    package var titleBox: Rect?
    var creditBlocks: [TextBlock]
    package var creditsBox: Rect?
    package var insets: [InsetPlan]
    /// Outlines of regions shown in insets outside this map.
    package var locators: [Path]
    /// The band below the map for an animation's timeline, when the spec asks for one.
    package var timelineBox: Rect?
    /// Notes for the user (e.g. a language falling back to English names).
    package var warnings: [String]
    /// Measures text as the canvas draws it (frames lay out their counter with it).
    var measurer: TextMeasurer
    /// How long each stage of planning took.
    package var times: StageTimes
    /// Points the resampler added to project the main map (arcs, graticule, basemap, outline):
    /// the work its scale cost.
    package var resampledPoints: Int
}
