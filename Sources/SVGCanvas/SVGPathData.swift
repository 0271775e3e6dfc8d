import MapScene

/// A scene path as SVG path data: each subpath an `M` and then `L` to each point, in absolute
/// coordinates rounded to hundredths (what every SVG tool and script reads alike), `Z` when closed.
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
                d += (steps == 0 ? "L" + SVGNumber.text(hundredths: px) : separated(px)) + separated(py)
                x = px; y = py
                steps += 1
            }
            // A subpath that rounds to one point still draws its round cap, as in the raster.
            if steps == 0, points.count > 1 { d += "L" + SVGNumber.text(hundredths: x) + separated(y) }
            if path.closed[i] { d += "Z" }
        }
        return d
    }

    /// A number after another: a minus sign separates it, else a space.
    private static func separated(_ h: Int) -> String { (h < 0 ? "" : " ") + SVGNumber.text(hundredths: h) }
}
