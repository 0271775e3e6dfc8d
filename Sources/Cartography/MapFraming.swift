import Foundation
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
    /// A route reaching this latitude (either way) counts as crossing the polar cap.
    static let polarRouteLatitude = 80.0

    /// A regional map may leave out this share of the partners (the farthest), reaching them
    /// with continuation marks at its edge.
    static let farShare = 0.25
    /// Farther from the hub than this (metres), a partner cannot share a regional map with it.
    static let regionalReach = 8_000_000.0
    /// A regional map spans at least this many degrees of latitude (about 220 km): partners in
    /// the hub's own city, or at its very place, get a map of the hub's surroundings rather than
    /// a few metres blown up to the page.
    static let smallestRegionalSpan = 2.0

    /// `box` grown about its centre to the smallest regional map, when it is smaller.
    static func atLeastSmallestRegion(_ box: GeoBox) -> GeoBox {
        let lat = max(0, (smallestRegionalSpan - box.height) / 2)
        let cos = Swift.max(0.2, Foundation.cos(box.center.lat * .pi / 180))
        let lon = max(0, (smallestRegionalSpan / cos - box.width) / 2)
        return lat > 0 || lon > 0 ? box.expanded(lon: lon, lat: lat, latitudeLimit: 89) : box
    }

    /// `arcs`, `points` and `distances` (metres from the hub) are the partners', in one order.
    static func choose(spec: MapSpec, hub: City, arcs allArcs: [[LonLat]], points: [LonLat], distances: [Double],
                       edgeCost: ((Double) -> Double)?) throws -> MapFraming {
        let hubPoint = LonLat(lon: hub.lon, lat: hub.lat)
        let arcs = allArcs.filter { !$0.isEmpty }
        var lines = arcs + points.map { [$0] } + [[hubPoint]]
        let bounds = AutoFrame.bounds(lines: lines, margin: 0)
        func regional(_ b: GeoBox?) -> GeoBox? { b.flatMap { $0.width <= regionalLonSpan && $0.height <= regionalLatSpan ? $0 : nil } }
        let regionalBox: GeoBox?
        switch spec.extent {
        case .world: regionalBox = nil
        case let .box(b): regionalBox = b
        case .auto:
            if let b = regional(bounds) {
                let grown = atLeastSmallestRegion(b)
                if grown != b { lines.append(grown.ring(pointsPerSide: 2)) }
                regionalBox = grown
            } else if let core = core(hub: hubPoint, arcs: allArcs, points: points, distances: distances) {
                regionalBox = core.box
                lines = core.lines
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
            if case .preset(let p) = spec.projection {
                preset = p
            } else if regionalBox != nil {
                preset = .lambertConformal
            } else {
                // Routes over a pole would run along a flat pole line: a world centred on the
                // hub (azimuthal equidistant) draws every route as a straight line from it.
                preset = arcs.contains { $0.contains { abs($0.lat) >= polarRouteLatitude } } ? .azimuthalEquidistant : .equalEarth
            }
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

    /// The nearest partners that fit a regional map, when all but at most `farShare` of them
    /// (and at least three) do: their box and the lines a map of them fits.
    private static func core(hub: LonLat, arcs: [[LonLat]], points: [LonLat], distances: [Double]) -> (box: GeoBox, lines: [[LonLat]])? {
        let n = points.count
        let least = max(3, Int((Double(n) * (1 - farShare)).rounded(.up)))
        guard n > least else { return nil }
        let order = points.indices.sorted { (distances[$0], $0) < (distances[$1], $1) }
        // A partner this far away never fits a regional map with the hub.
        guard distances[order[least - 1]] <= regionalReach else { return nil }
        func attempt(_ k: Int) -> (box: GeoBox, lines: [[LonLat]])? {
            let near = order.prefix(k)
            let lines = near.map { arcs[$0] }.filter { !$0.isEmpty } + near.map { [points[$0]] } + [[hub]]
            guard let b = AutoFrame.bounds(lines: lines, margin: 0), b.width <= regionalLonSpan, b.height <= regionalLatSpan else { return nil }
            return (b, lines)
        }
        // More partners only ever need a larger box: the largest k that fits, by bisection.
        guard attempt(least) != nil else { return nil }
        var lo = least, hi = n
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if attempt(mid) != nil { lo = mid } else { hi = mid }
        }
        // Of the counts that fit, the one before the largest jump in distance (the region's
        // own partners, not the nearest of the far ones), the largest on a tie.
        let d: [Double] = order.map { max(distances[$0], 1) }
        func jump(_ k: Int) -> Double { d[k] / d[k - 1] }
        var best = lo
        for k in stride(from: lo, through: least, by: -1) where jump(k) > jump(best) { best = k }
        return attempt(best)
    }
}
