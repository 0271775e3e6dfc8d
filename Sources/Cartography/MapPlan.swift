import Basemap
import MapGeometry
import MapScene
import PartnerData

/// A focus inset, computed: where it sits, what it shows, and the outline of its region on the main map.
public struct InsetPlan: Sendable {
    public var name: String
    public var frame: Rect
    public var ocean: Path
    var basemap: ProjectedBasemap
    var arcs: [ProjectedArc]
    public var hubPoint: Point?
    public var partnerPoints: [String: Point]
    /// The region's outline drawn on the main map.
    public var locator: Path
}

/// Everything a map needs, computed once: framing, projected geometry, marker and label
/// positions, overlay boxes. Scenes are assembled from it (once for a map, per frame for animation).
public struct MapPlan: Sendable {
    public var spec: MapSpec
    public var network: Network
    public var theme: Theme
    public var sizing: Sizing
    var text: MapText
    var styler: PartnerStyler
    public var canvas: Rect
    public var frame: Rect
    public var projectionName: String
    public var detail: DetailLevel
    var sphere: Path
    var graticule: Path
    /// Circles of equal distance from the hub (azimuthal equidistant maps), else empty.
    var distanceRings: Path
    var basemap: ProjectedBasemap
    var arcs: [ProjectedArc]
    public var hubPoint: Point?
    public var partnerPoints: [String: Point]
    public var labels: [PlacedLabel]
    var legend: Legend?
    public var legendBox: Rect?
    var titleBlocks: [TextBlock]
    public var titleBox: Rect?
    var creditBlocks: [TextBlock]
    public var creditsBox: Rect?
    public var insets: [InsetPlan]
    /// Outlines of regions shown in insets outside this map.
    public var locators: [Path]
    /// The band below the map for an animation's timeline, when the spec asks for one.
    public var timelineBox: Rect?
    /// Notes for the user (e.g. a language falling back to English names).
    public var warnings: [String]
    /// Measures text as the canvas draws it (frames lay out their counter with it).
    var measurer: TextMeasurer
    /// How long each stage of planning took.
    public var times: StageTimes
}
