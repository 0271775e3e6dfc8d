import Foundation

/// How a projection is clipped on the sphere before projecting.
package enum SphereClipKind: Sendable, Hashable {
    /// Cut along the antimeridian of the centre meridian (world and conic projections).
    case antimeridian
    /// Keep a circle of this angular radius (degrees) around the centre (azimuthal views).
    case circle(Double)
}

/// A fully resolved projection: the PROJ definition with its centre, and how to clip before it.
package struct ProjectionSetup: Sendable, Equatable {
    /// Human-readable name for credits ("Equal Earth", or the PROJ string).
    package var name: String
    /// The preset, when the projection is one.
    package var preset: ProjectionPreset?
    /// The PROJ definition applied to the rotated sphere: its centre meridian is 0, the map's
    /// centre longitude being the stream's rotation.
    package var definition: String
    /// The map's centre (degrees); the sphere is rotated so it comes to the origin before clipping.
    package var center: LonLat
    /// Whether the definition tilts to the centre's latitude itself (its own `+lat_0`, as an
    /// ellipsoidal azimuthal projection must): the stream's tilt is then undone before PROJ.
    package var tiltsInPROJ = false
    package var clip: SphereClipKind
    /// Latitude (degrees) beyond which points are clamped (projections with a pole at infinity).
    package var latitudeLimit: Double?
    /// The whole-world fit target: the sphere outline, or a latitude band (Mercator).
    package var worldLatitudeBand: Double?
    /// Plain longitude/latitude (e.g. EPSG:4326): projected as the identity.
    package var isLongLat: Bool

    /// Resolves a preset at a centre. Azimuthal presets use `center` as their point of tangency;
    /// the others use its longitude only. `latitudes` sets a conic's standard parallels.
    package static func preset(_ p: ProjectionPreset, center: LonLat, latitudes: ClosedRange<Double> = 20...50) -> ProjectionSetup {
        let c = p.isAzimuthal ? center : LonLat(lon: center.lon, lat: 0)
        var s = ProjectionSetup(name: p.title, preset: p, definition: p.definition(centerLatitude: c.lat, latitudes: latitudes),
                                center: c, clip: .antimeridian, latitudeLimit: nil, worldLatitudeBand: nil, isLongLat: false)
        s.tiltsInPROJ = p.tiltsInPROJ
        switch p {
        case .orthographic: s.clip = .circle(90)
        // Keep clear of the antipode, where the ellipsoidal projection has its cut locus.
        case .azimuthalEquidistant: s.clip = .circle(179)
        case .mercator: s.latitudeLimit = 89.5; s.worldLatitudeBand = 85.0511
        case .lambertConformal: s.latitudeLimit = 89.5
        default: break
        }
        return s
    }

    /// Whether `text` is an authority and a code, as "EPSG:3857" or "ESRI:54030".
    static func isAuthorityCode(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts[0].unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        let word: (Substring) -> Bool = { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") } }
        return word(parts[0]) && word(parts[1])
    }

    /// Resolves a PROJ string ("+proj=…") or a CRS code ("EPSG:3857"). A given `center`
    /// replaces the definition's own `lon_0` (and `lat_0` for azimuthal projections). The centre
    /// meridian becomes the stream's rotation (PROJ's `lon_0` is a plain offset of longitude, so
    /// this is exact); an azimuthal `lat_0` stays with PROJ, which tilts on its own ellipsoid.
    package static func custom(_ text: String, center: LonLat?) throws -> ProjectionSetup {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var string = trimmed
        if !trimmed.hasPrefix("+") {
            // Only a code goes to PROJ's database: a bare word would start its search of every
            // CRS name (seconds, and a silent match: "co" was some CRS).
            guard Self.isAuthorityCode(trimmed), let s = ProjTransform.projString(of: trimmed) else {
                throw ProjectionError.unknown("unknown projection \"\(text)\" (expected a preset name, a PROJ string such as \"+proj=eqearth\", or a code such as \"EPSG:3857\")")
            }
            string = s
        }
        var params = ProjParameters(string)
        guard let proj = params["proj"] else {
            throw ProjectionError.invalid("PROJ string \"\(text)\" has no +proj= (expected e.g. \"+proj=robin\")")
        }
        let azimuthalRadius: [String: Double] = ["ortho": 90, "aeqd": 179, "laea": 179, "stere": 150, "gnom": 60, "nsper": 80]
        let isLongLat = ["longlat", "latlong", "lonlat", "latlon"].contains(proj)
        if let c = center {
            params["lon_0"] = "\(c.lon)"
            if azimuthalRadius[proj] != nil { params["lat_0"] = "\(c.lat)" }
        }
        params.remove("type")
        if !params.has("over") { params.setFlag("over") }
        let lon0 = Double(params["lon_0"] ?? "0") ?? 0
        let lat0 = Double(params["lat_0"] ?? "0") ?? 0
        if lon0 != 0 { params["lon_0"] = "0" }
        var s = ProjectionSetup(name: trimmed, preset: nil, definition: params.string, center: LonLat(lon: lon0, lat: 0),
                                clip: .antimeridian, latitudeLimit: nil, worldLatitudeBand: nil, isLongLat: isLongLat)
        if let r = azimuthalRadius[proj] {
            s.clip = .circle(r)
            s.center = LonLat(lon: lon0, lat: lat0)
            s.tiltsInPROJ = true
        }
        if ["merc", "lcc", "tmerc", "utm", "webmerc"].contains(proj) {
            s.latitudeLimit = 89.5
            if proj == "merc" || proj == "webmerc" { s.worldLatitudeBand = 85.0511 }
        }
        // Check PROJ accepts it now, so a bad string fails before any drawing starts.
        if !isLongLat {
            do { _ = try ProjTransform(definition: s.definition) } catch {
                throw ProjectionError.invalid("PROJ cannot use the projection \"\(trimmed)\" (expected a valid PROJ string such as \"+proj=robin\", or a code such as \"EPSG:3857\")")
            }
        }
        return s
    }

    /// The rotation that brings the centre to the origin before clipping.
    package var rotation: SphereRotation {
        switch clip {
        case .antimeridian: return SphereRotation(centeringOn: center, oblique: false)
        case .circle: return SphereRotation(centeringOn: center, oblique: true)
        }
    }
}

/// The `+key=value` parameters of a PROJ string, in order.
struct ProjParameters {
    private var items: [(String, String?)] = []

    init(_ string: String) {
        for token in string.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var t = Substring(token)
            if t.hasPrefix("+") { t = t.dropFirst() }
            guard !t.isEmpty else { continue }
            if let eq = t.firstIndex(of: "=") {
                items.append((String(t[..<eq]), String(t[t.index(after: eq)...])))
            } else {
                items.append((String(t), nil))
            }
        }
    }

    subscript(key: String) -> String? {
        get { items.first { $0.0 == key }?.1 }
        set {
            if let i = items.firstIndex(where: { $0.0 == key }) { items[i].1 = newValue } else { items.append((key, newValue)) }
        }
    }

    func has(_ key: String) -> Bool { items.contains { $0.0 == key } }
    mutating func setFlag(_ key: String) { items.append((key, nil)) }
    mutating func remove(_ key: String) { items.removeAll { $0.0 == key } }

    var string: String {
        items.map { key, value in value.map { "+\(key)=\($0)" } ?? "+\(key)" }.joined(separator: " ")
    }
}
