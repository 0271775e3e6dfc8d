import Foundation

/// Reads GeoJSON polygon features through `Codable` (see `GeoJSONRoot`): a FeatureCollection, a single
/// Feature, or a bare Polygon/MultiPolygon.
///
/// Features whose geometry is null are skipped; any other geometry type is an error. The text is
/// checked as JSON first (`JSONSyntax`), so a syntax error gives its line, column and what was
/// expected; other errors give the line and column and the path of the value to blame
/// (`features[12].geometry.coordinates[0][3]`).
enum GeoJSONReader {
    static func read(path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BasemapError(file: path, FileManager.default.fileExists(atPath: path) ? "cannot read" : "no such file")
        }
        return try parse(data, file: path)
    }

    static func parse(_ data: Data, file: String) throws -> SourceFile {
        let bytes = [UInt8](data)
        if let error = JSONSyntax.firstError(in: bytes) {
            let at = JSONLocator(bytes: bytes).lineAndColumn(of: error.offset)
            throw BasemapError(file: file, line: at.line, column: at.column, "not valid JSON: \(error.message)")
        }
        let root: GeoJSONRoot
        do { root = try JSONDecoder().decode(GeoJSONRoot.self, from: data) } catch let error as DecodingError {
            throw located(error, in: bytes, file: file)
        }
        if let crs = root.crs, !CoordinateSystemCheck.isWGS84Name(crs.name) {
            let at = position(of: [JSONLocator.Key("crs")], in: bytes)
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
    static func located(_ error: DecodingError, in bytes: [UInt8], file: String) -> BasemapError {
        let context: DecodingError.Context
        let message: String
        switch error {
        case .typeMismatch(let type, let c):
            context = c
            message = "expected \(kind(of: type)), found \(found(in: c.debugDescription))"
        case .valueNotFound(let type, let c):
            context = c
            message = "expected \(kind(of: type)), found null"
        case .keyNotFound(let key, let c):
            context = c
            message = "missing \"\(key.stringValue)\""
        case .dataCorrupted(let c):
            context = c
            message = c.debugDescription.prefix(1).lowercased() + c.debugDescription.dropFirst()
        @unknown default:
            return BasemapError(file: file, "not valid GeoJSON: \(error.localizedDescription)")
        }
        let path = describe(context.codingPath)
        let at = position(of: context.codingPath, in: bytes)
        return BasemapError(file: file, line: at?.line, column: at?.column, record: path.isEmpty ? nil : path, message)
    }

    /// A Swift type the decoder wanted, in JSON terms: `Array<Any>` is "an array".
    static func kind(of type: Any.Type) -> String {
        let name = String(describing: type)
        let kinds = [("Double", "a number"), ("Int", "a number"), ("String", "a string"), ("Bool", "true or false"),
                     ("Array", "an array"), ("Dictionary", "an object")]
        return kinds.first { name.hasPrefix($0.0) }?.1 ?? name
    }

    /// What the decoder found, in JSON terms, from its "Expected to decode … but found number instead.".
    static func found(in description: String) -> String {
        guard let split = description.range(of: " but found ") else { return "something else" }
        let found = description[split.upperBound...].replacingOccurrences(of: " instead.", with: "")
        let words = ["number": "a number", "bool": "true or false", "a dictionary": "an object"]
        return words[found] ?? found
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

    private static func position(of path: [any CodingKey], in bytes: [UInt8]) -> (line: Int, column: Int)? {
        let locator = JSONLocator(bytes: bytes)
        return locator.offset(of: path).map { locator.lineAndColumn(of: $0) }
    }
}
