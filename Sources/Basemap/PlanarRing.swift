import MapGeometry

/// Planar measures of rings in the (lon right, lat up) plane, in square degrees.
enum PlanarRing {
    /// Shoelace area: positive counter-clockwise, negative clockwise.
    static func signedArea<C: BidirectionalCollection<LonLat>>(_ ring: C) -> Double {
        guard ring.count >= 3, let origin = ring.first, var previous = ring.last else { return 0 }
        var sum = 0.0
        for point in ring {
            sum += (previous.lon - origin.lon) * (point.lat - origin.lat)
                - (point.lon - origin.lon) * (previous.lat - origin.lat)
            previous = point
        }
        return sum / 2
    }

    /// Even-odd test of whether `point` lies inside `ring`.
    static func contains<C: BidirectionalCollection<LonLat>>(_ ring: C, _ point: LonLat) -> Bool {
        guard var previous = ring.last else { return false }
        var inside = false
        for current in ring {
            if (current.lat > point.lat) != (previous.lat > point.lat) {
                let x = current.lon + (point.lat - current.lat) * (previous.lon - current.lon) / (previous.lat - current.lat)
                if point.lon < x { inside.toggle() }
            }
            previous = current
        }
        return inside
    }

    /// The bounding box as (min lon, min lat, max lon, max lat).
    static func bounds(_ ring: some Sequence<LonLat>) -> (minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        var box = (minLon: Double.infinity, minLat: Double.infinity, maxLon: -Double.infinity, maxLat: -Double.infinity)
        for point in ring {
            box.minLon = min(box.minLon, point.lon)
            box.maxLon = max(box.maxLon, point.lon)
            box.minLat = min(box.minLat, point.lat)
            box.maxLat = max(box.maxLat, point.lat)
        }
        return box
    }

    /// Points strictly inside the ring: on each of `count` horizontal lines spread over its bounding
    /// box, the middle of the widest span inside the ring (lines that miss the ring give none).
    static func interiorPoints(_ ring: [LonLat], count: Int) -> [LonLat] {
        guard ring.count >= 3 else { return [] }
        let box = bounds(ring)
        return (0..<count).compactMap { line in
            let y = box.minLat + (box.maxLat - box.minLat) * (Double(line) + 0.5) / Double(count)
            var crossings: [Double] = []
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.lat > y) != (previous.lat > y) {
                    crossings.append(current.lon + (y - current.lat) * (previous.lon - current.lon) / (previous.lat - current.lat))
                }
                previous = current
            }
            crossings.sort()
            var best: LonLat?
            var widest = 0.0
            for index in stride(from: 0, to: crossings.count - 1, by: 2) where crossings[index + 1] - crossings[index] > widest {
                widest = crossings[index + 1] - crossings[index]
                best = LonLat(lon: (crossings[index] + crossings[index + 1]) / 2, lat: y)
            }
            return best
        }
    }
}
