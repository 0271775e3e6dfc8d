import MapGeometry

/// Snaps polygons to the integer grid and cleans them: consecutive duplicates removed, degenerate
/// rings (fewer than 3 distinct points or zero area) dropped with their holes, exteriors turned
/// clockwise and holes counter-clockwise.
struct Quantizer {
    let unitsPerDegree: Int

    /// The grid point nearest to `point`, clamped to ±180° × ±90°.
    func grid(_ point: LonLat) -> GridPoint {
        let scale = Double(unitsPerDegree)
        let maxX = Double(180 * unitsPerDegree), maxY = Double(90 * unitsPerDegree)
        let x = min(max((point.lon * scale).rounded(), -maxX), maxX)
        let y = min(max((point.lat * scale).rounded(), -maxY), maxY)
        return GridPoint(x: Int32(x), y: Int32(y))
    }

    /// The cleaned polygons and the number of rings dropped as degenerate.
    func polygons(_ polygons: [[[LonLat]]]) -> (polygons: [[[GridPoint]]], dropped: Int) {
        var result: [[[GridPoint]]] = []
        var dropped = 0
        for polygon in polygons {
            guard let first = polygon.first, let exterior = clean(first, exterior: true) else {
                dropped += polygon.count
                continue
            }
            var rings = [exterior]
            for hole in polygon.dropFirst() {
                if let ring = clean(hole, exterior: false) { rings.append(ring) } else { dropped += 1 }
            }
            result.append(rings)
        }
        return (result, dropped)
    }

    private func clean(_ ring: [LonLat], exterior: Bool) -> [GridPoint]? {
        var points: [GridPoint] = []
        points.reserveCapacity(ring.count)
        for point in ring {
            let snapped = grid(point)
            if snapped != points.last { points.append(snapped) }
        }
        while points.count > 1, points.first == points.last { points.removeLast() }
        guard points.count >= 3 else { return nil }
        let area = GridRing.doubleSignedArea(points)
        guard area != 0 else { return nil }
        if (area < 0) != exterior { points.reverse() }
        return points
    }
}
