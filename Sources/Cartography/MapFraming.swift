import MapGeometry
import PartnerData

/// The projection and fit of a map, decided from the options and the data.
struct MapFraming {
    var setup: ProjectionSetup
    var fit: FitTarget
    /// Whether the map shows the whole world (else a region).
    var isWorld: Bool
    /// The region a regional map shows (nil for world maps).
    var region: GeoBox?

    /// Networks whose arcs span more than this (degrees of longitude or latitude) get a world map.
    static let regionalLonSpan = 100.0
    static let regionalLatSpan = 70.0

    static func choose(spec: MapSpec, hub: City, arcs: [[LonLat]], points: [LonLat],
                       edgeCost: ((Double) -> Double)?) throws -> MapFraming {
        let hubPoint = LonLat(lon: hub.lon, lat: hub.lat)
        let lines = arcs + points.map { [$0] } + [[hubPoint]]
        let bounds = AutoFrame.bounds(lines: lines, margin: 0)
        let regionalBox: GeoBox?
        switch spec.extent {
        case .world: regionalBox = nil
        case let .box(b): regionalBox = b
        case .auto:
            if let b = bounds {
                regionalBox = b.width <= regionalLonSpan && b.height <= regionalLatSpan ? b : nil
            } else {
                regionalBox = nil
            }
        }
        let latitudes: ClosedRange<Double> = {
            if let r = regionalBox { return r.south...r.north }
            if let b = bounds { return b.south...b.north }
            return 20...50
        }()

        var setup: ProjectionSetup
        switch spec.projection {
        case .custom(let text):
            let c = spec.centerLon.map { LonLat(lon: $0, lat: spec.centerLat ?? 0) }
            setup = try .custom(text, center: c)
        case .automatic, .preset:
            let preset: ProjectionPreset
            if case .preset(let p) = spec.projection { preset = p } else { preset = regionalBox == nil ? .equalEarth : .lambertConformal }
            let center: LonLat
            if preset.isAzimuthal {
                center = LonLat(lon: spec.centerLon ?? hub.lon, lat: spec.centerLat ?? hub.lat)
            } else if let lon = spec.centerLon {
                center = LonLat(lon: lon, lat: spec.centerLat ?? 0)
            } else if let r = regionalBox {
                center = r.center
            } else {
                center = LonLat(lon: AutoFrame.centerLongitude(lines: arcs, points: points + [hubPoint], edgeCost: edgeCost), lat: 0)
            }
            setup = .preset(preset, center: center, latitudes: latitudes)
        }

        let fit: FitTarget
        if let r = regionalBox {
            if case .box = spec.extent {
                fit = .box(r)
            } else {
                fit = .content(lines: lines, margin: 0.08)
            }
        } else if setup.preset?.isConic == true {
            // A conic cannot show the whole world (a pole is at infinity): fit the network.
            fit = .content(lines: lines, margin: 0.06)
        } else {
            fit = .world
        }
        return MapFraming(setup: setup, fit: fit, isWorld: regionalBox == nil, region: regionalBox)
    }
}
