import Foundation

/// Writes a level's geometry in the compact format (see `CompactFormat`).
enum CompactEncoder {
    /// The level file's bytes; `file` is the input the geometry came from, named in the error
    /// thrown when its rings reuse their arcs more than the format allows (features repeated).
    static func encode(_ geometry: LevelGeometry, level: DetailLevel, unitsPerDegree: Int, tolerance: Double,
                       minIslandArea: Double, sources: String, file: String) throws -> [UInt8] {
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
        guard pointCount <= CompactFormat.maxRingPointsPerArcPoint * arcPointCount else {
            throw BasemapError(file: file, "the \(level.rawValue) level's rings hold \(pointCount) points, more than "
                + "\(CompactFormat.maxRingPointsPerArcPoint) times the \(arcPointCount) points of their arcs: are features repeated?")
        }

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
        let counts = [geometry.features.count, polygonCount, ringCount, pointCount, order.count, arcPointCount,
                      referenceCount, borders.count, coastlines.count,
                      borders.reduce(0) { $0 + geometry.arcs[order[$1]].count },
                      coastlines.reduce(0) { $0 + geometry.arcs[order[$1]].count }]
        guard (counts + [sourceBytes.count, body.bytes.count]).allSatisfy({ $0 <= UInt32.max }) else {
            throw BasemapError(file: file, "the \(level.rawValue) level is too large for the format (a count or size over 2³² − 1)")
        }
        var output = ByteWriter()
        output.bytes.append(contentsOf: CompactFormat.magic)
        output.uint16(CompactFormat.version)
        output.uint8(level.code)
        output.uint8(0)
        output.uint32(unitsPerDegree)
        for count in counts { output.uint32(count) }
        output.float64(tolerance)
        output.float64(minIslandArea)
        output.uint32(sourceBytes.count)
        output.uint32(body.bytes.count)
        output.uint32(0)
        output.bytes.append(contentsOf: sourceBytes)
        output.bytes.append(contentsOf: body.bytes)
        let checksum = output.bytes.withUnsafeBytes { LevelChecksum.of($0) }
        withUnsafeBytes(of: checksum.littleEndian) {
            output.bytes.replaceSubrange(CompactFormat.checksumOffset..<(CompactFormat.checksumOffset + 4), with: $0)
        }
        return output.bytes
    }
}
