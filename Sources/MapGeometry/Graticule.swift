/// Meridians and parallels as densified lines (degrees).
package enum Graticule {
    /// Meridians every `step` degrees and parallels every `step` degrees between ±`maxLatitude`.
    /// Meridians stop at ±`meridianLimit` except every 90°, which run pole to pole, so azimuthal
    /// views do not gather a knot of lines at the poles.
    package static func lines(step: Double = 30, meridianLimit: Double = 80, maxLatitude: Double = 80,
                             within box: GeoBox? = nil) -> [[LonLat]] {
        let precision = 2.5
        let b = box ?? .world
        let (w, s, n) = (b.west, b.south, b.north)
        var lines: [[LonLat]] = []
        var lon = (w / step).rounded(.up) * step
        let east = b.unwrappedEast
        while lon < east || (box == nil && lon < 180) {
            let full = lon.truncatingRemainder(dividingBy: 90) == 0
            let lim = full ? 90 : meridianLimit
            let lo = max(s, -lim), hi = min(n, lim)
            if lo < hi {
                let wrapped = lon > 180 ? lon - 360 : lon
                lines.append(samples(lo, hi, precision).map { LonLat(lon: wrapped, lat: $0) })
            }
            lon += step
        }
        var lat = (max(s, -maxLatitude) / step).rounded(.up) * step
        while lat <= min(n, maxLatitude) {
            lines.append(samples(w, east, precision).map { LonLat(lon: $0 > 180 ? $0 - 360 : $0, lat: lat) })
            lat += step
        }
        return lines
    }

    private static func samples(_ a: Double, _ b: Double, _ step: Double) -> [Double] {
        let n = max(1, Int(((b - a) / step).rounded(.up)))
        return (0...n).map { a + (b - a) * Double($0) / Double(n) }
    }
}
