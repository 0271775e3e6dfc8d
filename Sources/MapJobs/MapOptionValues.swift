/// Map options as given on the command line or in a spec file, before they are checked.
/// Every field is optional: nil means "not given", and the default applies.
public struct MapOptionValues: Sendable {
    public var size: String?
    public var paper: String?
    public var landscape: Bool?
    public var widthMM: Double?
    public var heightMM: Double?
    public var dpi: Double?
    public var projection: String?
    public var center: String?
    public var extent: String?
    public var layers: String?
    public var background: String?
    public var color: String?
    public var theme: String?
    public var lang: String?
    public var insets: [String]?
    public var insetPosition: String?
    public var title: String?
    public var subtitle: String?
    public var detail: String?
    public var highlightCountries: Bool?
    public var gradient: Bool?
    public var tolerance: Double?

    public init() {}

    /// These values with every value `other` gives laid over them (command line over spec file).
    public func overridden(by other: MapOptionValues) -> MapOptionValues {
        var r = self
        r.size = other.size ?? size
        r.paper = other.paper ?? paper
        r.landscape = other.landscape ?? landscape
        r.widthMM = other.widthMM ?? widthMM
        r.heightMM = other.heightMM ?? heightMM
        r.dpi = other.dpi ?? dpi
        r.projection = other.projection ?? projection
        r.center = other.center ?? center
        r.extent = other.extent ?? extent
        r.layers = other.layers ?? layers
        r.background = other.background ?? background
        r.color = other.color ?? color
        r.theme = other.theme ?? theme
        r.lang = other.lang ?? lang
        r.insets = other.insets ?? insets
        r.insetPosition = other.insetPosition ?? insetPosition
        r.title = other.title ?? title
        r.subtitle = other.subtitle ?? subtitle
        r.detail = other.detail ?? detail
        r.highlightCountries = other.highlightCountries ?? highlightCountries
        r.gradient = other.gradient ?? gradient
        r.tolerance = other.tolerance ?? tolerance
        return r
    }
}
