import Foundation

/// Reads GeoJSON polygon features through `Codable` (see `GeoJSONRoot`): a FeatureCollection, a single
/// Feature, or a bare Polygon/MultiPolygon.
///
/// Features whose geometry is null are skipped; any other geometry type is an error. Errors give the
/// line and column and the path of the value to blame (`features[12].geometry.coordinates[0][3]`).
enum GeoJSONReader {
    static func read(path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BasemapError(file: path, FileManager.default.fileExists(atPath: path) ? "cannot read" : "no such file")
        }
        return try parse(data, file: path)
    }

    static func parse(_ data: Data, file: String) throws -> SourceFile {
        let root: GeoJSONRoot
        do { root = try JSONDecoder().decode(GeoJSONRoot.self, from: data) } catch let error as DecodingError {
            throw located(error, in: data, file: file)
        }
        if let crs = root.crs, !CoordinateSystemCheck.isWGS84Name(crs.name) {
            let at = position(of: [Key("crs")], in: data)
            throw BasemapError(file: file, line: at?.line, column: at?.column, record: "crs",
                               "coordinates are in '\(crs.name)'; \(CoordinateSystemCheck.expected)")
        }
        var fieldNames: [String] = []
        var seen: Set<String> = []
        var records: [SourceRecord] = []
        for (label, feature) in root.features {
            let properties = feature.properties.compactMapValues(\.attributeText)
            for key in properties.keys.sorted() where !seen.contains(key) {
                seen.insert(key)
                fieldNames.append(key)
            }
            guard let geometry = feature.geometry else { continue }
            records.append(SourceRecord(label: label, properties: properties, polygons: geometry.polygons))
        }
        return SourceFile(path: file, fieldNames: fieldNames, records: records)
    }

    /// The decoding error as a message with the line, column and coding path of the value it is about.
    static func located(_ error: DecodingError, in data: Data, file: String) -> BasemapError {
        let context: DecodingError.Context
        var message: String
        switch error {
        case .typeMismatch(_, let c):
            context = c
            message = c.debugDescription
        case .valueNotFound(_, let c):
            context = c
            message = c.debugDescription
        case .keyNotFound(let key, let c):
            context = c
            message = "missing \"\(key.stringValue)\""
        case .dataCorrupted(let c):
            context = c
            message = c.debugDescription
        @unknown default:
            return BasemapError(file: file, "not valid GeoJSON: \(error.localizedDescription)")
        }
        if context.codingPath.isEmpty, message.contains("not valid JSON") {
            let at = syntaxErrorOffset(in: data).map { JSONLocator(bytes: [UInt8](data)).lineAndColumn(of: $0) }
            return BasemapError(file: file, line: at?.line, column: at?.column, "not valid JSON")
        }
        message = plain(message)
        let path = describe(context.codingPath)
        let at = position(of: context.codingPath, in: data)
        return BasemapError(file: file, line: at?.line, column: at?.column, record: path.isEmpty ? nil : path, message)
    }

    /// Decoder wording in JSON terms: "Expected to decode Double but found a string instead." becomes
    /// "expected a number, found a string".
    static func plain(_ message: String) -> String {
        let prefix = "Expected to decode ", middle = " but found "
        guard message.hasPrefix(prefix), let split = message.range(of: middle) else {
            return message.prefix(1).lowercased() + message.dropFirst()
        }
        let type = message[message.index(message.startIndex, offsetBy: prefix.count)..<split.lowerBound]
        let kinds = [("Double", "a number"), ("Int", "a number"), ("String", "a string"), ("Bool", "true or false"),
                     ("Array<", "an array"), ("Dictionary<", "an object")]
        let expected = kinds.first { type.hasPrefix($0.0) }?.1 ?? String(type)
        let found = message[split.upperBound...].replacingOccurrences(of: " instead.", with: "")
        return "expected \(expected), found \(found)"
    }

    /// `features[12].geometry.coordinates[0][3]`.
    static func describe(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = JSONLocator.index(of: key) {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func position(of path: [any CodingKey], in data: Data) -> (line: Int, column: Int)? {
        let locator = JSONLocator(bytes: [UInt8](data))
        return locator.offset(of: path).map { locator.lineAndColumn(of: $0) }
    }

    /// Where the JSON syntax breaks: `JSONDecoder` does not say, `JSONSerialization` gives the offset.
    private static func syntaxErrorOffset(in data: Data) -> Int? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            if text.contains("end of file") || text.contains("Unexpected end") { return data.count }
            guard let range = text.range(of: "character ") else { return nil }
            return Int(text[range.upperBound...].prefix { $0.isNumber })
        }
    }

    /// A coding key for building paths by hand.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
