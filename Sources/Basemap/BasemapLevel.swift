import MapGeometry

/// One feature (country or territory) of a level: its attributes and its polygons.
package struct BasemapFeature: Sendable {
    package var attributes: FeatureAttributes
    /// Indices into `BasemapLevel.polygons`; empty where a simplified level dropped all of the
    /// feature's land as too small (tiny island territories).
    package var polygons: Range<Int>

    package init(attributes: FeatureAttributes, polygons: Range<Int>) {
        self.attributes = attributes
        self.polygons = polygons
    }
}

/// Open polylines sharing one point array (which may hold points of no line: a level's border
/// and coastline sets share the arcs' points).
package struct LineSet: Sendable {
    package var points: [LonLat]
    /// Each line's indices into `points`; lines are not closed.
    package var lines: [Range<Int>]

    package init(points: [LonLat] = [], lines: [Range<Int>] = []) {
        self.points = points
        self.lines = lines
    }
}

/// A decoded level of a basemap: features, their polygon rings, and the border and coastline lines.
package struct BasemapLevel: Sendable {
    package var level: DetailLevel
    package var features: [BasemapFeature]
    /// Every ring's points, the closing point not repeated.
    package var points: [LonLat]
    /// Indices into `points`; exterior rings run clockwise in the (lon right, lat up) plane, holes counter-clockwise.
    package var rings: [Range<Int>]
    /// Indices into `rings`; the first ring of each polygon is its exterior.
    package var polygons: [Range<Int>]
    /// Lines shared by two different features, each drawn once.
    package var borders: LineSet
    /// Lines of one feature only (shores); cut lines along ±180° and −90° are in neither set.
    package var coastlines: LineSet
    /// All land as land masses, without the borders inside it (`LandMasses`).
    package var land: PolygonSet

    package init(level: DetailLevel, features: [BasemapFeature], points: [LonLat], rings: [Range<Int>],
                polygons: [Range<Int>], borders: LineSet, coastlines: LineSet, land: PolygonSet? = nil) {
        self.level = level
        self.features = features
        self.points = points
        self.rings = rings
        self.polygons = polygons
        self.borders = borders
        self.coastlines = coastlines
        self.land = land ?? PolygonSet(points: points, rings: rings, polygons: polygons)
    }
}
