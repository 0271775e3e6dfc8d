import Basemap
import Foundation
import MapGeometry
import MapScene
import OptionModel

// How the text of each look option (MapSpec.options, beside the fields in MapSpec.swift) becomes its value.

extension ColorScheme: ChoiceOption {}
extension ThemeName: ChoiceOption {}
extension LabelLanguage: ChoiceOption {}
extension InsetPosition: ChoiceOption {}
extension DetailLevel: ChoiceOption {}
extension UndatedPolicy: ChoiceOption {}

extension ProjectionChoice: OptionValue {
    /// A preset's name, or a PROJ string or code that PROJ accepts (checked now, so a spec check
    /// and the command line refuse what a render would).
    package init(optionText: String) throws {
        self.init(parsing: optionText)
        if case .custom(let text) = self {
            do { _ = try ProjectionSetup.custom(text, center: nil) } catch { throw OptionError("\(error)") }
        }
    }
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
    package static var takesCommaList: Bool { true }
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
        case .auto: return "auto"
        case .asean: return "asean"
        case .box(let b): return b.optionText
        }
    }
}

extension Set<MapLayer>: OptionValue {
    package static var takesCommaList: Bool { true }
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
