import Basemap
import MapGeometry
import MapScene

/// Projected basemap geometry for one map: land, partner countries, borders and coasts.
struct ProjectedBasemap {
    var land: Path
    var partnerCountries: Path
    var borders: Path
    var coasts: Path

    /// Projects a basemap level; `highlight` names the ISO codes of countries to tint.
    init(_ level: BasemapLevel, projection: MapProjection, highlight: Set<String>) {
        land = projection.polygonsPath(points: level.points, rings: level.rings, polygons: level.polygons)
        var tinted = Path()
        for f in level.features where highlight.contains(f.attributes.iso2) {
            tinted.append(projection.polygonsPath(points: level.points, rings: level.rings, polygons: level.polygons[f.polygons]))
        }
        partnerCountries = tinted
        borders = projection.linesPath(points: level.borders.points, lines: level.borders.lines)
        coasts = projection.linesPath(points: level.coastlines.points, lines: level.coastlines.lines)
    }
}

/// Scene items for the base layers of a map.
struct BasemapPainter {
    let theme: Theme
    let sizing: Sizing

    func sphere(_ outline: Path) -> [SceneItem] {
        outline.isEmpty ? [] : [.fill(outline, theme.ocean, .evenOdd)]
    }

    func graticule(_ lines: Path) -> [SceneItem] {
        [.stroke(lines, Stroke(color: theme.graticule, width: sizing.line(0.45)))]
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
