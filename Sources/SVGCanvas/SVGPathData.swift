import MapScene

/// A scene path as SVG path data: each subpath an absolute `M` and then relative line steps
/// between points rounded to hundredths (steps between rounded points, so no error builds up
/// along a coastline), `z` when closed.
enum SVGPathData {
    static func of(_ path: Path) -> String {
        var d = ""
        for i in 0..<path.subpathCount {
            let points = path.subpath(i)
            guard let first = points.first else { continue }
            var x = SVGNumber.hundredths(first.x), y = SVGNumber.hundredths(first.y)
            d += "M" + SVGNumber.text(hundredths: x) + separated(y)
            var steps = 0
            for p in points.dropFirst() {
                let px = SVGNumber.hundredths(p.x), py = SVGNumber.hundredths(p.y)
                guard px != x || py != y else { continue }
                d += (steps == 0 ? "l" + SVGNumber.text(hundredths: px - x) : separated(px - x)) + separated(py - y)
                x = px; y = py
                steps += 1
            }
            // A subpath that rounds to one point still draws its round cap, as in the raster.
            if steps == 0, points.count > 1 { d += "l0 0" }
            if path.closed[i] { d += "z" }
        }
        return d
    }

    /// A number after another: a minus sign separates it, else a space.
    private static func separated(_ h: Int) -> String { (h < 0 ? "" : " ") + SVGNumber.text(hundredths: h) }
}
