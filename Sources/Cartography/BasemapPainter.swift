import Basemap
import MapGeometry
import MapScene

/// Projected basemap geometry for one map: land, partner countries, borders and coasts.
struct ProjectedBasemap: Sendable {
    var land: Path
    var partnerCountries: Path
    var borders: Path
    var coasts: Path

    /// Projects a basemap level; `highlight` names the ISO codes of countries to tint. Rings
    /// smaller than `minRingArea` (output units²; about one device pixel) are left out: at this
    /// scale they are specks that only blur the coast.
    /// With a `region`, features entirely outside it are skipped, and the rest cut to it, before projecting.
    init(_ level: BasemapLevel, projection: MapProjection, highlight: Set<String>, minRingArea: Double, region: RegionFilter? = nil) {
        // Points a pixel apart (at the largest scale a regional conic reaches across its box,
        // a quarter above the centre's) are thinned before projecting, as the sink would after.
        let clip = region?.clip(minStep: 2 * projection.tolerance / (1.25 * projection.pixelsPerDegree))
        func polygons(_ set: PolygonSet, _ r: some Sequence<Int>) -> Path {
            let chosen = region?.polygons(of: set, among: r) ?? r.map { set.polygons[$0] }
            guard let clip else { return projection.polygonsPath(points: set.points, rings: set.rings, polygons: chosen) }
            let cut = clip.polygons(points: set.points, rings: set.rings, polygons: chosen)
            return projection.polygonsPath(points: cut.points, rings: cut.rings, polygons: cut.polygons)
        }
        func lines(_ set: LineSet) -> Path {
            let chosen = region?.lines(of: set) ?? set.lines
            guard let clip else { return projection.linesPath(points: set.points, lines: chosen) }
            let cut = clip.lines(points: set.points, lines: chosen)
            return projection.linesPath(points: cut.points, lines: cut.lines)
        }
        land = polygons(level.land, level.land.polygons.indices).droppingRings(smallerThan: minRingArea)
        let countries = PolygonSet(points: level.points, rings: level.rings, polygons: level.polygons)
        var tinted = Path()
        for f in level.features where highlight.contains(f.attributes.iso2) {
            tinted.append(polygons(countries, f.polygons))
        }
        partnerCountries = tinted.droppingRings(smallerThan: minRingArea)
        borders = lines(level.borders)
        coasts = lines(level.coastlines)
    }
}

extension ProjectedBasemap {
    /// The same geometry with every point moved by `f`.
    func mapped(_ f: (Point) -> Point) -> ProjectedBasemap {
        var b = self
        b.land = land.mapped(f)
        b.partnerCountries = partnerCountries.mapped(f)
        b.borders = borders.mapped(f)
        b.coasts = coasts.mapped(f)
        return b
    }
}

/// Scene items for the base layers of a map.
struct BasemapPainter {
    let theme: Theme
    let sizing: Sizing

    func sphere(_ outline: Path) -> [SceneItem] {
        outline.isEmpty ? [] : [.fill(outline, theme.ocean, .evenOdd)]
    }

    func graticule(_ lines: Path, rings: Path) -> [SceneItem] {
        var items: [SceneItem] = [.stroke(lines, Stroke(color: theme.graticule, width: sizing.line(0.45)))]
        if !rings.isEmpty {
            items.append(.stroke(rings, Stroke(color: theme.mutedText.withAlpha(0.55), width: sizing.line(0.5),
                                               dash: [3 * sizing.u, 2 * sizing.u])))
        }
        return items
    }

    func land(_ b: ProjectedBasemap) -> [SceneItem] {
        [.fill(b.land, theme.land, .evenOdd)]
    }

    func countries(_ b: ProjectedBasemap) -> [SceneItem] {
        b.partnerCountries.isEmpty ? [] : [.fill(b.partnerCountries, theme.partnerCountry, .evenOdd)]
    }

    /// Country borders (each shared border once) and coastlines.
    func borders(_ b: ProjectedBasemap) -> [SceneItem] {
        [.stroke(b.borders, Stroke(color: theme.border, width: sizing.line(0.45))),
         .stroke(b.coasts, Stroke(color: theme.coast, width: sizing.line(0.35)))]
    }
}

extension Path {
    /// This path without its closed subpaths of area below `minArea` (open ones are kept).
    func droppingRings(smallerThan minArea: Double) -> Path {
        guard minArea > 0 else { return self }
        var out = Path()
        for i in 0..<subpathCount {
            let pts = subpath(i)
            if closed[i] {
                var a = 0.0
                var prev = pts.last!
                for p in pts { a += prev.x * p.y - p.x * prev.y; prev = p }
                if abs(a) / 2 < minArea { continue }
            }
            var sub = Path(polyline: Array(pts))
            if closed[i] { sub.close() }
            out.append(sub)
        }
        return out
    }
}
