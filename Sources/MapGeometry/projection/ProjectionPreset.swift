/// The projections partnermap knows by name.
public enum ProjectionPreset: String, Sendable, CaseIterable {
    case equalEarth = "equal-earth"
    case robinson
    case naturalEarth = "natural-earth"
    case winkelTripel = "winkel-tripel"
    case mollweide
    case equirectangular
    case mercator
    case azimuthalEquidistant = "azimuthal-equidistant"
    case orthographic
    case lambertConformal = "lambert-conformal"
    case albers

    /// Mean Earth radius (IUGG) for the projections PROJ defines on the sphere only.
    static let sphereRadius = "+R=6371008.8"

    /// Whether the preset is centred on a point (hub) rather than a meridian.
    public var isAzimuthal: Bool { self == .azimuthalEquidistant || self == .orthographic }

    /// Whether the preset suits a regional extent only (a conic: the far pole is at infinity).
    public var isConic: Bool { self == .lambertConformal || self == .albers }

    /// One-line description for `--help` and credits.
    public var title: String {
        switch self {
        case .equalEarth: return "Equal Earth"
        case .robinson: return "Robinson"
        case .naturalEarth: return "Natural Earth"
        case .winkelTripel: return "Winkel tripel"
        case .mollweide: return "Mollweide"
        case .equirectangular: return "Equirectangular"
        case .mercator: return "Mercator"
        case .azimuthalEquidistant: return "Azimuthal equidistant"
        case .orthographic: return "Orthographic"
        case .lambertConformal: return "Lambert conformal conic"
        case .albers: return "Albers equal-area conic"
        }
    }

    /// Whether PROJ tilts to the centre's latitude itself (`+lat_0`, on the ellipsoid, which a
    /// rotation of the sphere cannot do exactly); every other preset takes the rotated sphere as
    /// it is, at `lon_0 = 0`.
    var tiltsInPROJ: Bool { self == .azimuthalEquidistant }

    /// The PROJ definition applied to the rotated sphere (the centre at longitude 0): for conics,
    /// the latitude range to fit; for a preset that tilts in PROJ, the centre's latitude.
    func definition(centerLatitude: Double, latitudes: ClosedRange<Double>) -> String {
        switch self {
        case .equalEarth: return "+proj=eqearth +ellps=WGS84 +over"
        case .robinson: return "+proj=robin \(Self.sphereRadius) +over"
        case .naturalEarth: return "+proj=natearth \(Self.sphereRadius) +over"
        case .winkelTripel: return "+proj=wintri \(Self.sphereRadius) +over"
        case .mollweide: return "+proj=moll \(Self.sphereRadius) +over"
        case .equirectangular: return "+proj=eqc \(Self.sphereRadius) +over"
        case .mercator: return "+proj=merc +ellps=WGS84 +over"
        case .azimuthalEquidistant: return "+proj=aeqd +ellps=WGS84 +lat_0=\(centerLatitude) +over"
        case .orthographic: return "+proj=ortho \(Self.sphereRadius) +over"
        case .lambertConformal, .albers:
            let p = Self.standardParallels(latitudes)
            let name = self == .albers ? "aea" : "lcc"
            return "+proj=\(name) +ellps=WGS84 +lat_1=\(p.0) +lat_2=\(p.1) +lat_0=\((p.0 + p.1) / 2) +over"
        }
    }

    /// Standard parallels by the one-sixth rule, kept off the equator's symmetric degenerate case.
    static func standardParallels(_ lat: ClosedRange<Double>) -> (Double, Double) {
        let s = max(-85, lat.lowerBound), n = min(85, lat.upperBound)
        var p1 = s + (n - s) / 6, p2 = n - (n - s) / 6
        if abs(p1 + p2) < 2 || abs(p2 - p1) < 0.5 {
            let mid = (s + n) / 2
            let sign: Double = mid < 0 ? -1 : 1
            let base = max(abs(mid), 10)
            p1 = sign * max(1, base - 10); p2 = sign * min(80, base + 10)
        }
        return ((p1 * 1000).rounded() / 1000, (p2 * 1000).rounded() / 1000)
    }
}
