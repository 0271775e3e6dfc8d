import ArgumentParser
import MapJobs

/// Options that pick the data: the table, the hub and the basemap.
struct DataArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Partner table (CSV). Default: the Nanning table shipped in geodata/.", valueName: "file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Id of the hub row (needed when the table has no single hub).", valueName: "id"))
    var hub: String?

    @Option(name: .long, help: ArgumentHelp("Basemap name in geodata/basemap, or a path to one made by `basemap import`.", valueName: "name|path"))
    var basemap: String?

    var options: DataOptions { DataOptions(table: data, hubID: hub, basemap: basemap ?? "naturalearth") }
}

/// Options that decide how a map looks; shared by render, frames and poster.
struct MapArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Output size in pixels (default 1920x1080).", valueName: "WxH"))
    var size: String?

    @Option(help: ArgumentHelp("Paper size: A4, A3, A2, A1 or A0 (instead of --size).", valueName: "A0…A4"))
    var paper: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Landscape paper (--no-landscape: portrait).")
    var landscape: Bool?

    @Flag(help: "Portrait paper (same as --no-landscape).")
    var portrait = false

    @Option(name: .customLong("width-mm"), help: ArgumentHelp("Page width in millimetres.", valueName: "mm"))
    var widthMM: Double?

    @Option(name: .customLong("height-mm"), help: ArgumentHelp("Page height in millimetres.", valueName: "mm"))
    var heightMM: Double?

    @Option(help: ArgumentHelp("Resolution: pixels per inch of PNG output (written into the file); 96 for --size, 150 for paper.", valueName: "dpi"))
    var dpi: Double?

    @Option(help: ArgumentHelp("Projection: equal-earth, robinson, natural-earth, winkel-tripel, mollweide, equirectangular, mercator, azimuthal-equidistant, orthographic, lambert-conformal, albers, a PROJ string (\"+proj=...\") or a code (\"EPSG:3857\"). Default: equal-earth for world maps, lambert-conformal for regional ones.", valueName: "name"))
    var projection: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Map centre: longitude, or longitude,latitude for azimuthal views. Default: chosen from the data so arcs do not cross the map edge.", valueName: "lon[,lat]"))
    var center: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("What the map shows: world, auto (world or regional, to fit the network) or W,S,E,N.", valueName: "world|auto|W,S,E,N"))
    var extent: String?

    @Option(help: ArgumentHelp("Layers to draw, comma-separated, from: sphere, graticule, land, countries, borders, arcs, cities, inset, labels, legend, title, credits. Default: all but countries.", valueName: "list"))
    var layers: String?

    @Option(help: ArgumentHelp("Background colour (#RRGGBB) or none for a transparent PNG. Default: the theme's.", valueName: "color|none"))
    var background: String?

    @Option(help: ArgumentHelp("Colour arcs by continent, year or relation.", valueName: "continent|year|relation"))
    var color: String?

    @Option(help: ArgumentHelp("Look: light (reports), dark (screens), print (greyscale-safe).", valueName: "light|dark|print"))
    var theme: String?

    @Option(help: ArgumentHelp("Language of labels and titles: en, zh, vi, th or zh+en.", valueName: "lang"))
    var lang: String?

    @Option(name: .customLong("inset"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Focus inset: asean (default), none, or a region W,S,E,N. Repeat for a second inset.", valueName: "asean|none|W,S,E,N"))
    var insets: [String] = []

    @Option(name: .customLong("inset-position"), help: ArgumentHelp("Where the inset goes: auto (where it hides least), top-left, top-right, bottom-left, bottom-right.", valueName: "position"))
    var insetPosition: String?

    @Option(help: "Title (default: the hub's partner cities, in the map's language).")
    var title: String?

    @Option(help: "Subtitle (default: years, number of partners and continents).")
    var subtitle: String?

    @Option(help: ArgumentHelp("Basemap detail: auto (from the output scale), low, medium or high.", valueName: "level"))
    var detail: String?

    @Flag(name: .customLong("highlight-countries"), help: "Tint the countries that host a partner.")
    var highlightCountries = false

    @Flag(help: "Shade each arc from the hub's colour to the partner's.")
    var gradient = false

    @Option(help: ArgumentHelp("Curve resampling tolerance in output pixels (default 0.5).", valueName: "px"))
    var tolerance: Double?

    var values: MapOptionValues {
        var v = MapOptionValues()
        v.size = size
        v.paper = paper
        v.landscape = portrait ? false : landscape
        v.widthMM = widthMM
        v.heightMM = heightMM
        v.dpi = dpi
        v.projection = projection
        v.center = center
        v.extent = extent
        v.layers = layers
        v.background = background
        v.color = color
        v.theme = theme
        v.lang = lang
        v.insets = insets.isEmpty ? nil : insets
        v.insetPosition = insetPosition
        v.title = title
        v.subtitle = subtitle
        v.detail = detail
        v.highlightCountries = highlightCountries ? true : nil
        v.gradient = gradient ? true : nil
        v.tolerance = tolerance
        return v
    }
}
