/// The rings and arc points one level keeps of a topology.
struct LevelGeometry {
    /// Features with only their kept polygons and rings (a feature may keep none).
    var features: [TopoFeature]
    /// Simplified arcs, indexed as in the topology; arcs no kept ring uses are empty.
    var arcs: [[GridPoint]]
    var isCutLine: [Bool]
}

/// Makes a level from a topology and its per-arc Visvalingam weights.
///
/// Land masses (rings connected through shared arcs: an island split between two countries, an
/// enclave with the hole it fills) smaller than `minIslandArea` km² are dropped whole rather than
/// distorted. Every other arc keeps the points whose weight is at least `tolerance` km², each arc
/// simplified once for all the rings using it, so neighbours stay gap-free. Cut-line arcs are kept
/// exactly. A ring left with fewer than 3 distinct points, zero area or flipped orientation gets
/// back its arcs' most important points until it is valid again.
struct LevelSelection {
    let topology: Topology
    let weights: [[Double]]
    let unitsPerDegree: Int

    init(topology: Topology, unitsPerDegree: Int) {
        self.topology = topology
        self.unitsPerDegree = unitsPerDegree
        self.weights = topology.arcs.map { Visvalingam.weights($0, unitsPerDegree: unitsPerDegree) }
    }

    func level(tolerance: Double, minIslandArea: Double) -> LevelGeometry {
        let rings = topology.features.flatMap { $0.polygons.flatMap { polygon in polygon.indices.map { (polygon[$0], $0 == 0) } } }
        let kept = keptRings(rings, minIslandArea: minIslandArea)

        var forced = [Int](repeating: 0, count: topology.arcs.count)
        var masks = [[Bool]](repeating: [], count: topology.arcs.count)
        for (ring, (refs, _)) in rings.enumerated() where kept[ring] {
            for ref in refs {
                let arc = ref >= 0 ? ref : ~ref
                if masks[arc].isEmpty { masks[arc] = mask(arc, tolerance: tolerance, forced: 0) }
            }
        }
        let originalSigns = rings.map { GridRing.doubleSignedArea(topology.ringPoints($0.0)).signum() }
        var changed = true
        while changed {
            changed = false
            for (ring, (refs, _)) in rings.enumerated() where kept[ring] {
                let points = expand(refs, masks)
                guard GridRing.doubleSignedArea(points).signum() != originalSigns[ring] || points.count < 3 else { continue }
                for ref in refs {
                    let arc = ref >= 0 ? ref : ~ref
                    let interior = topology.arcs[arc].count - 2
                    guard forced[arc] < interior else { continue }
                    forced[arc] = min(interior, max(1, forced[arc] * 2))
                    masks[arc] = mask(arc, tolerance: tolerance, forced: forced[arc])
                    changed = true
                }
            }
        }

        var ringIndex = 0
        let features = topology.features.map { feature in
            var result = TopoFeature(attributes: feature.attributes, polygons: [])
            for polygon in feature.polygons {
                var keptPolygon: [[Int]] = []
                for refs in polygon {
                    if kept[ringIndex] { keptPolygon.append(refs) }
                    ringIndex += 1
                }
                if kept[ringIndex - polygon.count] { result.polygons.append(keptPolygon) }
            }
            return result
        }
        let arcs = topology.arcs.indices.map { arc in
            masks[arc].isEmpty ? [] : zip(topology.arcs[arc], masks[arc]).compactMap { $1 ? $0 : nil }
        }
        return LevelGeometry(features: features, arcs: arcs, isCutLine: topology.isCutLine)
    }

    /// Which rings survive the island-area threshold, decided per land mass.
    private func keptRings(_ rings: [([Int], Bool)], minIslandArea: Double) -> [Bool] {
        guard minIslandArea > 0 else { return [Bool](repeating: true, count: rings.count) }
        var parent = Array(rings.indices)
        func root(_ ring: Int) -> Int {
            var ring = ring
            while parent[ring] != ring {
                parent[ring] = parent[parent[ring]]
                ring = parent[ring]
            }
            return ring
        }
        var firstUser = [Int](repeating: -1, count: topology.arcs.count)
        for (ring, (refs, _)) in rings.enumerated() {
            for ref in refs {
                let arc = ref >= 0 ? ref : ~ref
                if firstUser[arc] < 0 { firstUser[arc] = ring } else { parent[root(ring)] = root(firstUser[arc]) }
            }
        }
        var exteriorArea = [Double](repeating: 0, count: rings.count)
        var holeArea = [Double](repeating: 0, count: rings.count)
        for (ring, (refs, isExterior)) in rings.enumerated() {
            let area = abs(SphericalArea.signedArea(ofGrid: topology.ringPoints(refs), unitsPerDegree: unitsPerDegree))
            if isExterior { exteriorArea[root(ring)] += area } else { holeArea[root(ring)] += area }
        }
        return rings.indices.map { ring in
            let component = root(ring)
            let area = exteriorArea[component] > 0 ? exteriorArea[component] : holeArea[component]
            return area >= minIslandArea
        }
    }

    /// Which points of an arc to keep: weight at least the tolerance, plus the `forced` heaviest interior points.
    private func mask(_ arc: Int, tolerance: Double, forced: Int) -> [Bool] {
        let weights = weights[arc]
        guard tolerance > 0, !topology.isCutLine[arc] else { return [Bool](repeating: true, count: weights.count) }
        var mask = weights.map { $0 >= tolerance }
        if forced > 0 {
            let heaviest = weights.indices.dropFirst().dropLast().sorted { weights[$0] > weights[$1] || (weights[$0] == weights[$1] && $0 < $1) }
            for index in heaviest.prefix(forced) { mask[index] = true }
        }
        return mask
    }

    private func expand(_ refs: [Int], _ masks: [[Bool]]) -> [GridPoint] {
        var points: [GridPoint] = []
        for ref in refs {
            let arc = ref >= 0 ? ref : ~ref
            var kept = zip(topology.arcs[arc], masks[arc]).compactMap { $1 ? $0 : nil }
            if ref < 0 { kept.reverse() }
            points.append(contentsOf: kept.dropLast())
        }
        return points
    }
}
