/// A point on the quantization grid: longitude and latitude in units of 1/`unitsPerDegree` degree.
struct GridPoint: Hashable {
    var x: Int32
    var y: Int32
}

/// A feature ready for topology: attributes and polygons of grid rings (closing point not repeated,
/// exteriors clockwise, holes counter-clockwise, each with at least 3 distinct points and non-zero area).
struct GridFeature {
    var attributes: FeatureAttributes
    var polygons: [[[GridPoint]]]
}

/// Exact integer measures of grid rings.
enum GridRing {
    /// Twice the shoelace area in grid units²: positive counter-clockwise, negative clockwise.
    ///
    /// Wrapping arithmetic is exact here because the true total (at most twice the area of the
    /// whole coordinate plane) fits in 64 bits even when partial sums would not.
    static func doubleSignedArea<C: Collection>(_ ring: C) -> Int64 where C.Element == GridPoint {
        guard let origin = ring.first else { return 0 }
        var sum: Int64 = 0
        var previous = origin
        for point in ring.dropFirst() {
            sum = sum &+ cross(previous, point, origin)
            previous = point
        }
        return sum
    }

    private static func cross(_ a: GridPoint, _ b: GridPoint, _ origin: GridPoint) -> Int64 {
        let ax = Int64(a.x) - Int64(origin.x), ay = Int64(a.y) - Int64(origin.y)
        let bx = Int64(b.x) - Int64(origin.x), by = Int64(b.y) - Int64(origin.y)
        return ax &* by &- bx &* ay
    }
}
