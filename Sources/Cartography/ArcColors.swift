import MapScene
import PartnerData

/// Okabe–Ito colours for continents, safe for colour-blind readers.
package enum ContinentPalette {
    package static func color(_ c: Continent) -> Color {
        switch c {
        case .asia: return Color(hex: "#D55E00")!
        case .europe: return Color(hex: "#0072B2")!
        case .africa: return Color(hex: "#E69F00")!
        case .northAmerica: return Color(hex: "#009E73")!
        case .southAmerica: return Color(hex: "#CC79A7")!
        case .oceania: return Color(hex: "#56B4E9")!
        case .antarctica: return Color(hex: "#000000")!
        }
    }

    /// Greyscale-safe stand-ins for print: lightness and dash pattern carry the continent.
    package static func printStyle(_ c: Continent) -> (grey: Double, dash: [Double]) {
        switch c {
        case .asia: return (0.0, [])
        case .europe: return (0.35, [])
        case .africa: return (0.0, [4, 2])
        case .northAmerica: return (0.35, [4, 2])
        case .southAmerica: return (0.0, [1, 2])
        case .oceania: return (0.35, [1, 2])
        case .antarctica: return (0.55, [6, 2, 1, 2])
        }
    }
}

/// Viridis, a perceptually uniform sequential scale, for agreement years.
package enum YearScale {
    private static let stops: [Color] = [
        "#440154", "#482475", "#414487", "#355F8D", "#2A788E", "#21918C",
        "#22A884", "#44BF70", "#7AD151", "#BDDF26", "#FDE725",
    ].map { Color(hex: $0)! }

    /// The colour at `t` in 0…1 (clamped).
    package static func color(_ t: Double) -> Color {
        let x = min(max(t, 0), 1) * Double(stops.count - 1)
        let i = min(Int(x), stops.count - 2)
        return stops[i].mixed(with: stops[i + 1], x - Double(i))
    }

    /// The colour of `year` on a scale from `range` (the light theme stops short of the pale end).
    package static func color(year: Int, range: ClosedRange<Int>, light: Bool) -> Color {
        let span = Double(max(range.upperBound - range.lowerBound, 1))
        let t = Double(year - range.lowerBound) / span
        return color(light ? t * 0.88 : 0.1 + t * 0.9)
    }
}
