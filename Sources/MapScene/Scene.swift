/// How a stroke ends and turns.
public enum LineCap: Sendable { case butt, round, square }
public enum LineJoin: Sendable { case miter, round, bevel }

/// Stroke style for lines.
public struct Stroke: Sendable {
    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var cap: LineCap
    public var join: LineJoin
    public init(color: Color, width: Double, dash: [Double] = [], cap: LineCap = .round, join: LineJoin = .round) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// Which points are inside a filled path.
public enum FillRule: Sendable { case nonZero, evenOdd }

/// One drawing instruction of a scene.
public indirect enum SceneItem: Sendable {
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
}

/// A named layer of items, drawn in order.
public struct Layer: Sendable {
    public var name: String
    public var items: [SceneItem]
    public init(name: String, items: [SceneItem] = []) { self.name = name; self.items = items }
}

/// Document metadata written into PDF (and SVG title).
public struct SceneMetadata: Sendable {
    public var title: String
    public var subject: String
    public var creator: String
    public init(title: String = "", subject: String = "", creator: String = "partnermap") {
        self.title = title; self.subject = subject; self.creator = creator
    }
}

/// Everything a canvas needs to draw one picture: size, background and layers in paint order.
public struct Scene: Sendable {
    /// Size in output units (pixels at `dpi`).
    public var size: Size
    /// Resolution of the output units; a PDF page is `size / dpi` inches.
    public var dpi: Double
    /// Painted under everything; nil leaves the picture transparent.
    public var background: Color?
    public var layers: [Layer]
    public var metadata: SceneMetadata
    /// The finished page inside the picture, for print (PDF TrimBox); nil: the whole picture.
    public var trimBox: Rect?
    /// The page with its bleed (PDF BleedBox); nil: no bleed.
    public var bleedBox: Rect?
    public init(size: Size, dpi: Double = 96, background: Color?, layers: [Layer] = [], metadata: SceneMetadata = SceneMetadata()) {
        self.size = size; self.dpi = dpi; self.background = background; self.layers = layers; self.metadata = metadata
    }

    /// Output units per PDF point.
    public var unitsPerPoint: Double { dpi / 72 }
}
