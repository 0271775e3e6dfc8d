import Basemap
import MapGeometry
import MapScene
import OptionModel

/// Which projection a map uses.
public enum ProjectionChoice: Sendable, Equatable {
    /// Equal Earth for world maps, Lambert conformal conic for regional ones.
    case automatic
    case preset(ProjectionPreset)
    /// A PROJ string or CRS code, used as given.
    case custom(String)

    /// Parses a preset name, a PROJ string or an `EPSG:` code.
    public init(parsing text: String) {
        if text == "auto" || text == "automatic" { self = .automatic } else if let p = ProjectionPreset(rawValue: text) { self = .preset(p) } else { self = .custom(text) }
    }
}

/// How much of the world a map shows.
public enum ExtentChoice: Sendable, Equatable {
    case world
    /// World or regional, whichever fits the network (its arcs included).
    case auto
    case box(GeoBox)

    /// Parses `world`, `auto` or `W,S,E,N`.
    public init(parsing text: String) throws {
        switch text {
        case "world": self = .world
        case "auto": self = .auto
        default:
            self = .box(try parseBox(text, what: "extent"))
        }
    }
}

/// Parses "W,S,E,N" in degrees (GeoBox decides what a box may be).
func parseBox(_ text: String, what: String) throws -> GeoBox {
    let v = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard v.count == 4, let w = v[0], let s = v[1], let e = v[2], let n = v[3],
          let box = GeoBox(west: w, south: s, east: e, north: n) else {
        throw SpecError("\(what) \"\(text)\" is not a box (expected W,S,E,N in degrees, e.g. 95,-10,130,25, with S < N)")
    }
    return box
}

/// What colours the arcs and markers.
public enum ColorScheme: String, Sendable, CaseIterable {
    case continent, year, relation
}

/// The look of the map.
public enum ThemeName: String, Sendable, CaseIterable {
    case light, dark, print
}

/// The language of labels, title and legend.
public enum LabelLanguage: String, Sendable, CaseIterable {
    case en, zh, vi, th
    case zhEn = "zh+en"
}

/// A focus inset.
public enum InsetChoice: Sendable, Equatable {
    /// Wherever partners are too dense to label at the main map's scale (none when no place is).
    case auto
    /// Southeast Asia (the ASEAN member states).
    case asean
    case box(GeoBox)

    /// Parses `auto`, `asean` or `W,S,E,N`.
    public init(parsing text: String) throws {
        if text == "auto" { self = .auto; return }
        if text == "asean" { self = .asean; return }
        self = .box(try parseBox(text, what: "inset"))
    }

    /// The region the inset shows, when the choice names one (`auto` finds its regions in the data).
    var fixedRegion: InsetRegion? {
        switch self {
        case .auto: return nil
        case .asean: return InsetRegion(box: NamedRegion.southeastAsia.box, name: .southeastAsia)
        case let .box(b): return InsetRegion(box: b, name: NamedRegion.naming(b))
        }
    }
}

/// Where an inset goes in the map frame, when chosen by hand.
public enum InsetPosition: String, Sendable, CaseIterable {
    case auto
    case topLeft = "top-left", topRight = "top-right", bottomLeft = "bottom-left", bottomRight = "bottom-right"
}

/// Everything that decides how a map looks: size, projection, framing, layers, colours, language.
public struct MapSpec: Sendable {
    /// Output size in pixels at `dpi` (PDF and SVG pages are this size at `dpi`).
    public var size = Size(1920, 1080)
    public var dpi: Double = 96
    public var projection: ProjectionChoice = .automatic
    /// Centre longitude (and latitude for azimuthal views); nil lets the data decide.
    public var centerLon: Double?
    public var centerLat: Double?
    public var extent: ExtentChoice = .auto
    public var layers: Set<MapLayer> = MapLayer.defaults
    /// Painted under everything; nil: transparent. `useThemeBackground` takes the theme's colour.
    public var background: Color?
    public var useThemeBackground = true
    public var colorScheme: ColorScheme = .continent
    public var theme: ThemeName = .light
    public var language: LabelLanguage = .en
    public var insets: [InsetChoice] = [.auto]
    public var insetPosition: InsetPosition = .auto
    public var title: String?
    public var subtitle: String?
    /// The credit line in place of the one built from the data, basemap and projection used.
    public var credits: String?
    /// The author named in the file's metadata (PDF Author, PNG Author).
    public var author: String?
    /// A copyright notice for the file's metadata (PNG Copyright; PDF Keywords have none).
    public var copyright: String?
    /// Basemap level of detail; nil chooses from the output scale.
    public var detail: DetailLevel?
    public var highlightCountries = false
    /// Refuse the map when any name would have to stand in the key (or be left out).
    public var strictLabels = false

    /// Whether the map draws a layer (`countries` comes with `highlightCountries` too).
    public func draws(_ layer: MapLayer) -> Bool {
        layers.contains(layer) || (layer == .countries && highlightCountries && layers.contains(.land))
    }
    public var gradientArcs = false
    /// Resampling tolerance in output pixels.
    public var tolerance: Double = 0.5

    /// Space between the output's edge and the map (nil: a margin that grows with the output).
    public var frameMargin: Double?
    /// The size type and line widths are scaled from (nil: this output's size); a poster's panels
    /// take the paper's, so every panel has the same type.
    public var sizingBase: Size?
    /// Which overlay blocks the map has (title, legend, credits). Unlike `layers`, which only
    /// says what is drawn, this decides what takes room, so labels avoid the same places
    /// whatever is drawn; a poster's panels have none or only a caption.
    public var overlays: Set<MapLayer> = [.title, .legend, .credits]
    /// Size of the title in type units (a poster's panel captions are smaller than a map's title).
    public var titleSize: Double = 16
    /// Regions shown in insets outside this map (a poster's panels): the map outlines them and
    /// leaves their partners to be labelled there.
    var externalInsets: [InsetRegion] = []
    /// The number the key starts at, whether this map places the key, and names another panel
    /// keyed that its key lists too (a poster has one key for all its panels).
    var keyStart = 1
    /// Whether partners beyond the map are named where their arcs leave it (not on a poster's
    /// inset panels, whose far partners the main panel shows).
    var namesBeyond = true
    var placesKey = true
    var keyedElsewhere: [PlacedLabel] = []
    /// Reserve a band along the bottom for an animation's timeline and year counter.
    public var timelineBand = false

    public init() {}

    /// Longest segment of a projected arc (16 screen pixels), its points on the true curve: no
    /// arc is drawn as a chord, however straight it runs (azimuthal maps from the hub). Points
    /// closer than that were most of the cost of thousands of arcs (projected, then drawn).
    var arcStep: Double { 16 * dpi / 96 }

    /// Area (output units²) below which land is a speck, not drawn: one pixel at the output resolution.
    var speckArea: Double { 1 }
}

extension MapSpec {
    /// The options that decide how a map looks, each declared once: the command line, YAML
    /// specs, help, completion and the example spec are made from this list.
    package static let options: [Option<MapSpec>] = [
        .value("projection", \.projection, "name",
               help: "Projection: a preset, a PROJ string (\"+proj=...\") or a code (\"EPSG:3857\"). auto: equal-earth for world maps, lambert-conformal for regional ones."),
        Option(key: "center", valueName: "lon[,lat]",
               help: "Map centre: longitude, or longitude,latitude for azimuthal views. Default: chosen from the data so arcs do not cross the map edge.",
               kind: .single, choices: [], takesCommaList: true,
               assign: { spec, values in
                   let c = try MapCenter(optionText: values.last ?? "")
                   spec.centerLon = c.lon
                   spec.centerLat = c.lat
               },
               show: { spec in spec.centerLon.map { MapCenter(lon: $0, lat: spec.centerLat).optionText } }),
        .value("extent", \.extent, "world|auto|W,S,E,N", help: "What the map shows: world, auto (world or regional, to fit the network) or a box."),
        .value("layers", \.layers, "list", help: "Layers to draw, comma-separated. Default: all but countries."),
        Option(key: "background", valueName: "color|none",
               help: "Background colour (#RRGGBB) or none for a transparent PNG. Default: the theme's.",
               kind: .single, choices: [],
               assign: { spec, values in
                   let b = try BackgroundChoice(optionText: values.last ?? "")
                   spec.useThemeBackground = false
                   spec.background = b.color
               },
               show: { spec in spec.useThemeBackground ? nil : BackgroundChoice(color: spec.background).optionText }),
        .value("color", \.colorScheme, "scheme", help: "Colour arcs and markers by continent, year or relation."),
        .value("theme", \.theme, "theme", help: "Look: light (reports), dark (screens), print (greyscale-safe)."),
        .value("lang", \.language, "lang", help: "Language of labels, title and legend."),
        Option(key: "inset", aliases: ["insets"], valueName: "auto|asean|none|W,S,E,N",
               help: "Focus insets: auto (where partners are too dense to label, named after their region), asean, none, or a region W,S,E,N (may cross 180°). Repeat for a second inset.",
               kind: .list, choices: [],
               assign: { spec, values in
                   if values.contains("none") {
                       guard values.count == 1 else { throw OptionError("none cannot be combined with other insets") }
                       spec.insets = []
                   } else {
                       spec.insets = try values.map { try InsetChoice(optionText: $0) }
                   }
               },
               show: { spec in spec.insets.isEmpty ? "none" : spec.insets.map(\.optionText).joined(separator: " ") }),
        .value("inset-position", \.insetPosition, "position", help: "Where an inset goes: auto (where it hides least) or a corner."),
        .optional("title", \.title, "text", help: "Title. Default: the hub's partner cities, in the map's language."),
        .optional("subtitle", \.subtitle, "text", help: "Subtitle. Default: years, number of partners and continents."),
        .optional("credits", \.credits, "text",
                  help: "Credit line. Default: built from what was used: the table (and its sources when rows give them), GeoNames when the gazetteer placed a city, the basemap's source, the projection."),
        .optional("author", \.author, "name", help: "Author written into the file's metadata (PDF Author, PNG Author). Default: none."),
        .optional("copyright", \.copyright, "text", help: "Copyright notice written into a PNG's metadata. Default: none."),
        Option(key: "detail", valueName: "level", help: "Basemap detail: auto (from the output scale), low, medium or high.",
               kind: .single, choices: ["auto"] + DetailLevel.optionChoices,
               assign: { spec, values in
                   let v = values.last ?? ""
                   spec.detail = v.lowercased() == "auto" ? nil : try DetailLevel(optionText: v)
               },
               show: { spec in spec.detail?.rawValue ?? "auto" }),
        .flag("highlight-countries", \.highlightCountries, help: "Tint the countries that host a partner."),
        .flag("strict-labels", \.strictLabels,
              help: "Fail, writing nothing, when any name would have to be numbered and listed in the key for want of room."),
        .flag("gradient", \.gradientArcs, help: "Shade each arc from the hub's colour to the partner's."),
        .value("tolerance", \.tolerance, "px", help: "Curve resampling tolerance in output pixels.", check: within(0.05...20, "pixels")),
    ]
}
