import Basemap
import Cartography
import MapScene

/// Checks map option values and turns them into a MapSpec, with a clear message for each bad one.
public enum SpecBuilder {
    /// Pixels per inch of `--size` when nothing else says (CSS pixels).
    public static let screenDPI = 96.0
    /// Resolution of paper-sized PNG output when `--dpi` is not given.
    public static let paperDPI = 150.0

    public static func build(_ v: MapOptionValues, defaultLandscape: Bool = true) throws -> MapSpec {
        var spec = MapSpec()
        let paperLike = v.paper != nil || v.widthMM != nil || v.heightMM != nil
        if v.size != nil && paperLike {
            throw JobError("--size (pixels) and --paper/--width-mm/--height-mm (paper) cannot be combined; give one")
        }
        if let dpi = v.dpi, !(dpi >= 10 && dpi <= 2400) {
            throw JobError("--dpi \(dpi) is out of range (expected 10 to 2400)")
        }
        spec.dpi = v.dpi ?? (paperLike ? paperDPI : screenDPI)
        if let s = v.size {
            spec.size = try parseSize(s)
        } else if paperLike {
            var mm: (Double, Double)
            if let p = v.paper {
                guard let paper = PaperSize(name: p) else {
                    throw JobError("unknown paper \"\(p)\" (expected one of \(PaperSize.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                let pm = paper.portraitMM
                mm = (v.landscape ?? defaultLandscape) ? (pm.height, pm.width) : (pm.width, pm.height)
            } else {
                mm = (v.widthMM ?? v.heightMM.map { $0 * 16 / 9 } ?? 297, v.heightMM ?? v.widthMM.map { $0 * 9 / 16 } ?? 210)
            }
            if let w = v.widthMM { mm.0 = w }
            if let h = v.heightMM { mm.1 = h }
            guard mm.0 >= 20, mm.1 >= 20, mm.0 <= 5000, mm.1 <= 5000 else {
                throw JobError("paper size \(mm.0)×\(mm.1) mm is out of range (expected 20 to 5000 mm each way)")
            }
            spec.size = Size(mm.0 / 25.4 * spec.dpi, mm.1 / 25.4 * spec.dpi)
        } else if let dpi = v.dpi {
            spec.size = Size(1920 * dpi / screenDPI, 1080 * dpi / screenDPI)
        }
        guard spec.size.width.rounded() <= 32_767, spec.size.height.rounded() <= 32_767 else {
            throw JobError("output of \(Int(spec.size.width))×\(Int(spec.size.height)) pixels is too large (at most 32767 each way; lower --dpi)")
        }
        if let p = v.projection { spec.projection = ProjectionChoice(parsing: p) }
        if let c = v.center {
            let parts = c.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(parts.count), let lon = parts[0], (-180...180).contains(lon),
                  parts.count == 1 || (parts[1].map { (-90...90).contains($0) } ?? false) else {
                throw JobError("--center \"\(c)\" is not a position (expected LON or LON,LAT in degrees, e.g. 150 or 108.3,22.8)")
            }
            spec.centerLon = lon
            spec.centerLat = parts.count == 2 ? parts[1] : nil
        }
        do {
            if let e = v.extent { spec.extent = try ExtentChoice(parsing: e) }
            if let l = v.layers { spec.layers = try MapLayer.parseList(l) }
            if let insets = v.insets {
                spec.insets = try insets.filter { $0 != "none" }.map(InsetChoice.init(parsing:))
                if insets.contains("none") && insets.count > 1 {
                    throw JobError("--inset none cannot be combined with other insets")
                }
            }
        } catch let e as SpecError {
            throw JobError(e.description)
        }
        if let b = v.background {
            if b == "none" || b == "transparent" {
                spec.useThemeBackground = false
                spec.background = nil
            } else if let c = Color(hex: b) {
                spec.useThemeBackground = false
                spec.background = c
            } else {
                throw JobError("--background \"\(b)\" is not a colour (expected #RRGGBB, #RRGGBBAA or none)")
            }
        }
        spec.colorScheme = try choice(v.color, "--color", default: spec.colorScheme)
        spec.theme = try choice(v.theme, "--theme", default: spec.theme)
        spec.language = try choice(v.lang, "--lang", default: spec.language)
        spec.insetPosition = try choice(v.insetPosition, "--inset-position", default: spec.insetPosition)
        if let d = v.detail {
            if d != "auto" { spec.detail = try choice(d, "--detail", default: DetailLevel.low) }
        }
        spec.title = v.title
        spec.subtitle = v.subtitle
        spec.highlightCountries = v.highlightCountries ?? false
        spec.gradientArcs = v.gradient ?? false
        if let t = v.tolerance {
            guard t >= 0.05 && t <= 20 else { throw JobError("--tolerance \(t) is out of range (expected 0.05 to 20 pixels)") }
            spec.tolerance = t
        }
        return spec
    }

    /// Parses "WIDTHxHEIGHT" in pixels.
    public static func parseSize(_ s: String) throws -> Size {
        let parts = s.lowercased().split(separator: "x").map { Int($0) }
        guard parts.count == 2, let w = parts[0], let h = parts[1], (16...32_767).contains(w), (16...32_767).contains(h) else {
            throw JobError("--size \"\(s)\" is not a size (expected WIDTHxHEIGHT in pixels, each 16 to 32767, e.g. 1920x1080)")
        }
        return Size(Double(w), Double(h))
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ raw: String?, _ option: String, default d: T) throws -> T where T.RawValue == String {
        guard let raw else { return d }
        guard let v = T(rawValue: raw) else {
            throw JobError("\(option) \"\(raw)\" is not known (expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return v
    }
}
