import Foundation

/// Writes a level's geometry in the compact format (see `CompactFormat`).
enum CompactEncoder {
    static func encode(_ geometry: LevelGeometry, level: DetailLevel, unitsPerDegree: Int, tolerance: Double,
                       minIslandArea: Double, sources: String) -> [UInt8] {
        // Number the arcs in order of first use; note which features' rings use each.
        var number = [Int](repeating: -1, count: geometry.arcs.count)
        var order: [Int] = []
        var users: [[(feature: Int, ring: Int)]] = []
        var ringCount = 0, polygonCount = 0, referenceCount = 0, pointCount = 0
        for (featureIndex, feature) in geometry.features.enumerated() {
            polygonCount += feature.polygons.count
            for polygon in feature.polygons {
                for refs in polygon {
                    for ref in refs {
                        let arc = ref >= 0 ? ref : ~ref
                        if number[arc] < 0 {
                            number[arc] = order.count
                            order.append(arc)
                            users.append([])
                        }
                        users[number[arc]].append((featureIndex, ringCount))
                        pointCount += geometry.arcs[arc].count - 1
                    }
                    referenceCount += refs.count
                    ringCount += 1
                }
            }
        }
        var borders: [Int] = [], coastlines: [Int] = []
        for (index, arc) in order.enumerated() where !geometry.isCutLine[arc] {
            let features = Set(users[index].map(\.feature))
            if features.count > 1 { borders.append(index) } else if users[index].count == 1 { coastlines.append(index) }
        }
        let arcPointCount = order.reduce(0) { $0 + geometry.arcs[$1].count }

        var body = ByteWriter()
        for feature in geometry.features {
            let attributes = feature.attributes
            body.string(attributes.iso2)
            body.string(attributes.iso3)
            body.string(attributes.continent)
            let languages = FeatureAttributes.languages.filter { attributes.names[$0] != nil }
                + attributes.names.keys.filter { !FeatureAttributes.languages.contains($0) }.sorted()
            body.varint(languages.count)
            for language in languages {
                body.string(language)
                body.string(attributes.names[language]!)
            }
        }
        for feature in geometry.features { body.varint(feature.polygons.count) }
        for feature in geometry.features { for polygon in feature.polygons { body.varint(polygon.count) } }
        for feature in geometry.features {
            for polygon in feature.polygons {
                for refs in polygon {
                    body.varint(refs.count)
                    for ref in refs { body.zigzag(ref >= 0 ? number[ref] : ~number[~ref]) }
                }
            }
        }
        var x = 0, y = 0
        for arc in order {
            body.varint(geometry.arcs[arc].count)
            for point in geometry.arcs[arc] {
                body.zigzag(Int(point.x) - x)
                body.zigzag(Int(point.y) - y)
                x = Int(point.x)
                y = Int(point.y)
            }
        }
        for list in [borders, coastlines] {
            var previous = 0
            for arc in list {
                body.varint(arc - previous)
                previous = arc
            }
        }

        let sourceBytes = Array(sources.utf8)
        var file = ByteWriter()
        file.bytes.append(contentsOf: CompactFormat.magic)
        file.uint16(CompactFormat.version)
        file.uint8(level.code)
        file.uint8(0)
        file.uint32(unitsPerDegree)
        for count in [geometry.features.count, polygonCount, ringCount, pointCount, order.count, arcPointCount,
                      referenceCount, borders.count, coastlines.count,
                      borders.reduce(0) { $0 + geometry.arcs[order[$1]].count },
                      coastlines.reduce(0) { $0 + geometry.arcs[order[$1]].count }] {
            file.uint32(count)
        }
        file.float64(tolerance)
        file.float64(minIslandArea)
        file.uint32(sourceBytes.count)
        file.uint32(body.bytes.count)
        file.bytes.append(contentsOf: sourceBytes)
        file.bytes.append(contentsOf: body.bytes)
        return file.bytes
    }
}
