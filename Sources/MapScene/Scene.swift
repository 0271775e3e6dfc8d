/// How a stroke ends and turns.
package enum LineCap: Hashable, Sendable { case butt, round, square }
package enum LineJoin: Hashable, Sendable { case miter, round, bevel }

/// Stroke style for lines.
package struct Stroke: Hashable, Sendable {
    package var color: Color
    package var width: Double
    package var dash: [Double]
    package var cap: LineCap
    package var join: LineJoin
    package init(color: Color, width: Double, dash: [Double] = [], cap: LineCap = .round, join: LineJoin = .round) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// Which points are inside a filled path.
package enum FillRule: Hashable, Sendable { case nonZero, evenOdd }

/// One drawing instruction of a scene.
package indirect enum SceneItem: Hashable, Sendable {
    case fill(Path, Color, FillRule)
    case stroke(Path, Stroke)
    /// A line whose colour runs from `from` (at the path start) to `to` (at its end), along the straight
    /// line between the two given points.
    case gradientStroke(Path, Stroke, start: Point, end: Point, from: Color, to: Color)
    case circle(center: Point, radius: Double, fill: Color?, stroke: Stroke?)
    case text(TextBlock)
    /// Items drawn with everything outside `clip` masked off.
    case clipped(Rect, [SceneItem])
    /// Items drawn only inside a path (filled by `rule`), e.g. the map less its insets.
    case clippedToPath(Path, FillRule, [SceneItem])
    /// Items drawn shifted by (dx, dy): a whole picture placed in a panel of a larger one.
    case translated(dx: Double, dy: Double, [SceneItem])
    /// Items drawn into a group and composited with `opacity`.
    case group(opacity: Double, [SceneItem])
    /// Items that look the same wherever they recur (a label, a title): a canvas drawing many
    /// pictures may render them once, inside `bounds`, under `key`, and reuse the result.
    case cached(key: String, bounds: Rect, [SceneItem])
    /// Items that together draw one feature (a city's marker, a partner's arc), drawn as they are.
    case tagged(ItemTag, [SceneItem])
}

/// A named layer of items, drawn in order.
package struct Layer: Hashable, Sendable {
    package var name: String
    package var items: [SceneItem]
    package init(name: String, items: [SceneItem] = []) { self.name = name; self.items = items }
}

/// Document metadata: a PDF's Info dictionary (Title, Author, Subject, Keywords, Creator), a
/// PNG's text chunks (Title, Author, Description, Copyright, Software, Source); empty fields are left out.
package struct SceneMetadata: Sendable {
    package var title: String
    package var subject: String
    package var creator: String
    package var author: String
    package var keywords: String
    package var copyright: String
    /// Where the data came from (the table's file name).
    package var source: String
    package init(title: String = "", subject: String = "", creator: String = "partnermap", author: String = "",
                 keywords: String = "", copyright: String = "", source: String = "") {
        self.title = title; self.subject = subject; self.creator = creator; self.author = author
        self.keywords = keywords; self.copyright = copyright; self.source = source
    }
}

/// Everything a canvas needs to draw one picture: size, background and layers in paint order.
package struct Scene: Sendable {
    /// Size in output units (pixels at `dpi`).
    package var size: Size
    /// Resolution of the output units; a PDF page is `size / dpi` inches.
    package var dpi: Double
    /// Painted under everything; nil leaves the picture transparent.
    package var background: Color?
    package var layers: [Layer]
    package var metadata: SceneMetadata
    /// The finished page inside the picture, for print (PDF TrimBox); nil: the whole picture.
    package var trimBox: Rect?
    /// The page with its bleed (PDF BleedBox); nil: no bleed.
    package var bleedBox: Rect?
    /// How many leading layers are the base: what maps of one framing share (sea, graticule, land,
    /// borders, the insets' basemaps), which a canvas may draw once for them all.
    package var baseLayers = 0
    /// The layers of each page after this one (a poster's table continued), of the same size,
    /// background and boxes. Only a PDF has pages; other outputs show the first alone.
    package var followingPages: [[Layer]] = []
    package init(size: Size, dpi: Double = 96, background: Color?, layers: [Layer] = [], metadata: SceneMetadata = SceneMetadata()) {
        self.size = size; self.dpi = dpi; self.background = background; self.layers = layers; self.metadata = metadata
    }

    /// Output units per PDF point.
    package var unitsPerPoint: Double { dpi / 72 }
}
