import MapGeometry

/// A feature with mapped attributes and longitude/latitude polygons.
struct MappedFeature {
    var attributes: FeatureAttributes
    var polygons: [[[LonLat]]]
}

/// Gives features of a separate low-detail source the attributes of the matching high-detail feature:
/// the one with the same iso3 (the same English name breaking ties), else the same English name, else
/// the one containing most of nine interior points of the low feature's largest polygon. Low features
/// that match the same high feature become one feature (as when a source splits what the other keeps
/// whole); a low feature matching nothing keeps its own attributes.
enum AttributeJoin {
    static func join(low: [MappedFeature], high: [MappedFeature]) -> (features: [MappedFeature], unmatched: [String]) {
        let boxes = high.map { feature in feature.polygons.map { PlanarRing.bounds($0[0]) } }
        var result: [MappedFeature] = []
        var resultIndexOfHigh: [Int: Int] = [:]
        var unmatched: [String] = []
        for feature in low {
            guard let match = self.match(feature, high: high, boxes: boxes) else {
                unmatched.append(feature.attributes.names["en"] ?? feature.attributes.iso3)
                result.append(feature)
                continue
            }
            if let existing = resultIndexOfHigh[match] {
                result[existing].polygons += feature.polygons
            } else {
                resultIndexOfHigh[match] = result.count
                result.append(MappedFeature(attributes: high[match].attributes, polygons: feature.polygons))
            }
        }
        return (result, unmatched)
    }

    private static func match(_ feature: MappedFeature, high: [MappedFeature],
                              boxes: [[(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double)]]) -> Int? {
        let name = feature.attributes.names["en"]?.lowercased()
        let sameName: (Int) -> Bool = { name != nil && high[$0].attributes.names["en"]?.lowercased() == name }
        if !feature.attributes.iso3.isEmpty {
            let candidates = high.indices.filter { high[$0].attributes.iso3 == feature.attributes.iso3 }
            if let best = candidates.first(where: sameName) ?? candidates.first { return best }
        }
        if let named = high.indices.first(where: sameName) { return named }
        let largest = feature.polygons.max { abs(PlanarRing.signedArea($0[0])) < abs(PlanarRing.signedArea($1[0])) }
        var votes = [Int](repeating: 0, count: high.count)
        for point in PlanarRing.interiorPoints(largest?.first ?? [], count: 9) {
            for index in high.indices {
                var inside = false
                for (polygon, box) in zip(high[index].polygons, boxes[index])
                where box.minLon <= point.lon && point.lon <= box.maxLon && box.minLat <= point.lat && point.lat <= box.maxLat {
                    for ring in polygon where PlanarRing.contains(ring, point) { inside.toggle() }
                }
                if inside { votes[index] += 1 }
            }
        }
        guard let best = votes.indices.max(by: { votes[$0] < votes[$1] || (votes[$0] == votes[$1] && $0 > $1) }),
              votes[best] > 0 else { return nil }
        return best
    }
}
