import Basemap
import Foundation
import MapGeometry
import MapScene
import OptionModel

extension MapSpec {
    /// The options that decide how a map looks, each declared once: the command line, YAML
    /// specs, help, completion and the example spec are made from this list.
    package static let options: [Option<MapSpec>] = [
        .value("projection", \.projection, "name",
               help: "Projection: a preset, a PROJ string (\"+proj=...\") or a code (\"EPSG:3857\"). auto: equal-earth for world maps, lambert-conformal for regional ones."),
        Option(key: "center", valueName: "lon[,lat]",
               help: "Map centre: longitude, or longitude,latitude for azimuthal views. Default: chosen from the data so arcs do not cross the map edge.",
               kind: .single, choices: [],
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
        Option(key: "inset", aliases: ["insets"], valueName: "asean|none|W,S,E,N",
               help: "Focus inset: asean, none, or a region W,S,E,N. Repeat for a second inset.",
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
        Option(key: "detail", valueName: "level", help: "Basemap detail: auto (from the output scale), low, medium or high.",
               kind: .single, choices: ["auto"] + DetailLevel.optionChoices,
               assign: { spec, values in
                   let v = values.last ?? ""
                   spec.detail = v.lowercased() == "auto" ? nil : try DetailLevel(optionText: v)
               },
               show: { spec in spec.detail?.rawValue ?? "auto" }),
        .flag("highlight-countries", \.highlightCountries, help: "Tint the countries that host a partner."),
        .flag("gradient", \.gradientArcs, help: "Shade each arc from the hub's colour to the partner's."),
        .value("tolerance", \.tolerance, "px", help: "Curve resampling tolerance in output pixels.", check: within(0.05...20, "pixels")),
    ]
}

extension ColorScheme: ChoiceOption {}
extension ThemeName: ChoiceOption {}
extension LabelLanguage: ChoiceOption {}
extension InsetPosition: ChoiceOption {}
extension DetailLevel: ChoiceOption {}
extension UndatedPolicy: ChoiceOption {}

extension ProjectionChoice: OptionValue {
    package init(optionText: String) { self.init(parsing: optionText) }
    package static var optionChoices: [String] { ["auto"] + ProjectionPreset.allCases.map(\.rawValue) }
    package var optionText: String {
        switch self {
        case .automatic: return "auto"
        case .preset(let p): return p.rawValue
        case .custom(let s): return s
        }
    }
}

extension ExtentChoice: OptionValue {
    package init(optionText: String) throws {
        do { try self.init(parsing: optionText) } catch let e as SpecError { throw OptionError(e.description) }
    }
    package var optionText: String {
        switch self {
        case .world: return "world"
        case .auto: return "auto"
        case .box(let b): return b.optionText
        }
    }
}

extension InsetChoice: OptionValue {
    package init(optionText: String) throws {
        do { try self.init(parsing: optionText) } catch let e as SpecError { throw OptionError(e.description) }
    }
    package var optionText: String {
        switch self {
        case .asean: return "asean"
        case .box(let b): return b.optionText
        }
    }
}

extension Set<MapLayer>: OptionValue {
    package init(optionText: String) throws {
        do { self = try MapLayer.parseList(optionText) } catch let e as SpecError { throw OptionError(e.description) }
    }
    package static var optionChoices: [String] { MapLayer.allCases.map(\.rawValue) }
    package var optionText: String { sorted().map(\.rawValue).joined(separator: ",") }
}

/// A map centre as `--center` gives it: a longitude, and a latitude for azimuthal views.
package struct MapCenter: OptionValue, Equatable {
    package var lon: Double
    package var lat: Double?
    package init(lon: Double, lat: Double?) { self.lon = lon; self.lat = lat }

    package init(optionText: String) throws {
        let parts = optionText.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), let lon = parts[0], (-180...180).contains(lon),
              parts.count == 1 || (parts[1].map { (-90...90).contains($0) } ?? false) else {
            throw OptionError("\"\(optionText)\" is not a position (expected LON or LON,LAT in degrees, e.g. 150 or 108.3,22.8)")
        }
        self.lon = lon
        self.lat = parts.count == 2 ? parts[1] : nil
    }

    package var optionText: String { lat.map { "\(lon.optionText),\($0.optionText)" } ?? lon.optionText }
}

/// A background as `--background` gives it: a colour, or none (transparent).
package struct BackgroundChoice: OptionValue, Equatable {
    package var color: Color?
    package init(color: Color?) { self.color = color }

    package init(optionText: String) throws {
        if optionText == "none" || optionText == "transparent" {
            color = nil
        } else if let c = Color(hex: optionText) {
            color = c
        } else {
            throw OptionError("\"\(optionText)\" is not a colour (expected #RRGGBB, #RRGGBBAA or none)")
        }
    }

    package var optionText: String { color?.hexString ?? "none" }
}

extension GeoBox {
    /// The box as `--extent` and `--inset` give it: "W,S,E,N".
    var optionText: String { [west, south, east, north].map(\.optionText).joined(separator: ",") }
}
