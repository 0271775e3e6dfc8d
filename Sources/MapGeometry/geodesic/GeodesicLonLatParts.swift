import CProj

extension Geodesic {
    /// The shortest path from `a` to `b` as lines on the plane of longitude and latitude, as
    /// GeoJSON (RFC 7946) wants it: points no more than `spacing` metres apart, both ends
    /// included, longitudes in [-180, 180] and never more than 180° apart from one point to the
    /// next. Where the path crosses the antimeridian it is cut there, the crossing found on the
    /// geodesic itself and given at 180 on one side and -180 on the other; where it passes over
    /// a pole (as it does to the antipode) it is cut at the pole. An end at a pole takes the
    /// longitude of its neighbour on the path.
    package func lonLatParts(_ a: LonLat, _ b: LonLat, spacing: Double = 50_000) -> [[LonLat]] {
        let line = UnrolledLine(self, a, b)
        guard line.length > 0 else { return [[a, b]] }
        let count = max(1, Int((line.length / spacing).rounded(.up)))
        var samples = (0...count).map { line.at(line.length * Double($0) / Double(count)) }
        samples[0].lon = a.lon
        samples[0].lat = a.lat
        if abs(a.lat) == 90 { samples[0].lon = samples[1].lon }
        let end = samples[count].lon
        samples[count].lat = b.lat
        samples[count].lon = abs(b.lat) == 90 ? samples[count - 1].lon : b.lon + 360 * ((end - b.lon) / 360).rounded()
        var refined = [samples[0]]
        for (p, q) in zip(samples, samples.dropFirst()) { line.refine(p, q, into: &refined) }
        return line.cut(refined)
    }
}

/// A position on a geodesic: its distance from the start and its longitude unrolled (counting
/// whole turns round the Earth instead of wrapping at ±180).
private struct Sample {
    var s: Double
    var lon: Double
    var lat: Double
}

/// A geodesic whose positions carry unrolled longitudes, cut into GeoJSON's lines.
private struct UnrolledLine {
    var line = geod_geodesicline()
    var length: Double

    /// Neighbouring points whose longitudes differ by more than `largestStep` get points between
    /// them until they do not; a pair still that far apart when `poleGap` metres of path apart
    /// lies on either side of a pole.
    static let largestStep = 10.0
    static let poleGap = 0.01

    init(_ geodesic: Geodesic, _ a: LonLat, _ b: LonLat) {
        var g = geodesic.geod
        geod_inverseline(&line, &g, a.lat, a.lon, b.lat, b.lon,
                         GEOD_LATITUDE.rawValue | GEOD_LONGITUDE.rawValue | GEOD_DISTANCE_IN.rawValue)
        length = line.s13
    }

    func at(_ s: Double) -> Sample {
        var l = line
        var lat = 0.0, lon = 0.0
        _ = geod_genposition(&l, GEOD_LONG_UNROLL.rawValue, s, &lat, &lon, nil, nil, nil, nil, nil, nil)
        return Sample(s: s, lon: lon, lat: lat)
    }

    /// Appends the points from `p` (already there) to `q`, with more between them where the
    /// longitude turns fast (near a pole).
    func refine(_ p: Sample, _ q: Sample, into out: inout [Sample]) {
        if abs(q.lon - p.lon) > Self.largestStep && q.s - p.s > Self.poleGap {
            let m = at((p.s + q.s) / 2)
            refine(p, m, into: &out)
            refine(m, q, into: &out)
        } else {
            out.append(q)
        }
    }

    /// The lines of `samples` with longitudes in [-180, 180], cut at the antimeridian and the poles.
    func cut(_ samples: [Sample]) -> [[LonLat]] {
        var parts: [[LonLat]] = []
        var part: [LonLat] = []
        var shift = 0.0
        func start(_ lon: Double, _ lat: Double) {
            shift = lon - lon.remainder(dividingBy: 360)
            part = [LonLat(lon: lon - shift, lat: lat)]
        }
        start(samples[0].lon, samples[0].lat)
        for (p, q) in zip(samples, samples.dropFirst()) {
            if abs(q.lon - p.lon) > Self.largestStep {
                let pole: Double = p.lat + q.lat > 0 ? 90 : -90
                part.append(LonLat(lon: p.lon - shift, lat: pole))
                parts.append(part)
                start(q.lon, pole)
                part.append(LonLat(lon: q.lon - shift, lat: q.lat))
                continue
            }
            let x = q.lon - shift
            if x > 180 || x < -180 {
                let edge: Double = x > 180 ? 180 : -180
                if part.count == 1 && part[0].lon == edge {
                    // The line starts on the antimeridian and leaves it eastward (or westward):
                    // its first point is given on the side it goes to.
                    part[0].lon = -edge
                } else {
                    let lat = crossing(p, q, lon: shift + edge)
                    if part[part.count - 1].lon != edge { part.append(LonLat(lon: edge, lat: lat)) }
                    parts.append(part)
                    part = [LonLat(lon: -edge, lat: lat)]
                }
                shift += 2 * edge
            }
            part.append(LonLat(lon: q.lon - shift, lat: q.lat))
        }
        parts.append(part)
        return parts
    }

    /// The latitude where the geodesic between `p` and `q` reaches the unrolled longitude `lon`.
    func crossing(_ p: Sample, _ q: Sample, lon: Double) -> Double {
        var lo = p, hi = q
        for _ in 0..<64 where hi.s - lo.s > 1e-7 {
            let m = at((lo.s + hi.s) / 2)
            if (m.lon - lon) * (p.lon - lon) > 0 { lo = m } else { hi = m }
        }
        guard hi.lon != lo.lon else { return hi.lat }
        return lo.lat + (hi.lat - lo.lat) * (lon - lo.lon) / (hi.lon - lo.lon)
    }
}
