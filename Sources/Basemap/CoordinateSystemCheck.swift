import Foundation

/// Makes sure input coordinates are longitude/latitude on WGS 84, the only system the importer reads:
/// from a shapefile's `.prj` (WKT1, ESRI or WKT2 text) or a GeoJSON file's old-style `crs` member.
///
/// The check is textual (the node keywords, datum, prime meridian and angular unit), which is all the
/// importer needs to tell EPSG:4326 from anything to be reprojected first.
enum CoordinateSystemCheck {
    static let expected = "expected longitude/latitude on WGS 84 (EPSG:4326); reproject first, e.g. ogr2ogr -t_srs EPSG:4326"

    private static let geographicKeywords: Set = ["GEOGCS", "GEOGCRS", "GEOGRAPHICCRS", "GEODCRS", "GEODETICCRS"]
    /// Datum names of WGS 84 in upper case without spaces or punctuation (EPSG, ESRI, WKT2 ensemble).
    private static let wgs84Datums: Set = ["WGS84", "WGS1984", "DWGS1984", "WORLDGEODETICSYSTEM1984",
                                           "WORLDGEODETICSYSTEM1984ENSEMBLE"]
    private static let degree = Double.pi / 180

    /// Checks the `.prj` at `path`, whose bytes are `data` (nil when there is none); returns a
    /// note when there is none (then WGS 84 is assumed).
    static func checkPRJ(_ data: Data?, path: String, shapefile: String) throws -> String? {
        guard let data,
              case let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
              !text.isEmpty else {
            return "\(shapefile): no .prj beside it; coordinates are taken as longitude/latitude on WGS 84 (EPSG:4326)"
        }
        if let problem = problem(wkt: text) { throw BasemapError(file: path, problem + "; " + expected) }
        return nil
    }

    /// Why the WKT text is not WGS 84 longitude/latitude, or nil when it is.
    static func problem(wkt text: String) -> String? {
        if isWGS84Name(text) { return nil }
        guard let root = WKTNode.parse(text) else {
            return "cannot read the coordinate system: not Well-Known Text"
        }
        let name = root.name.map { "'\($0)'" } ?? "a \(root.keyword) coordinate system"
        guard geographicKeywords.contains(root.keyword) else {
            let kind = root.keyword.hasPrefix("PROJ") ? " (projected, not longitude/latitude)" : ""
            return "coordinates are in \(name)\(kind)"
        }
        if let cs = root.child("CS"), let type = cs.values.first, type.lowercased() != "ellipsoidal" {
            return "coordinates are in \(name) (\(type) coordinates, not longitude/latitude)"
        }
        if let id = root.child("AUTHORITY", "ID"), id.values.count >= 2 {
            let code = id.values[0].uppercased() + ":" + id.values[1].uppercased()
            if code == "EPSG:4326" || code == "OGC:CRS84" { return nil }
        }
        let datum = root.child("DATUM", "TRF", "GEODETICDATUM", "ENSEMBLE")
        guard let datumName = datum?.name, wgs84Datums.contains(squeezed(datumName)) else {
            return "coordinates are in \(name) (datum '\(datum?.name ?? "unknown")', not WGS 84)"
        }
        if let meridian = root.child("PRIMEM", "PRIMEMERIDIAN"), meridian.values.count >= 2,
           let longitude = Double(meridian.values[1]), longitude != 0 {
            return "coordinates are in \(name) (prime meridian '\(meridian.name ?? "")' at \(meridian.values[1]), not Greenwich)"
        }
        // WKT1 gives the angular unit at the top, WKT2 (also) on each axis.
        let units = ([root] + root.children.filter { $0.keyword == "AXIS" }).compactMap { $0.child("UNIT", "ANGLEUNIT") }
        for unit in units where unit.values.count >= 2 {
            if let factor = Double(unit.values[1]), abs(factor - degree) > 1e-12 {
                return "coordinates are in \(name) (angles in '\(unit.name ?? "")', not degrees)"
            }
        }
        return nil
    }

    /// Whether a CRS name such as `EPSG:4326`, `urn:ogc:def:crs:OGC:1.3:CRS84` or
    /// `http://www.opengis.net/def/crs/EPSG/0/4326` stands for WGS 84 longitude/latitude.
    static func isWGS84Name(_ name: String) -> Bool {
        let parts = name.uppercased().split(whereSeparator: { $0 == ":" || $0 == "/" }).map(String.init)
        guard let last = parts.last else { return false }
        return last == "CRS84" || (last == "4326" && parts.contains("EPSG"))
    }

    private static func squeezed(_ text: String) -> String {
        String(text.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }
}
