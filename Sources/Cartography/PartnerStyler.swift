import MapScene
import PartnerData

/// How each partner's arc and marker look under the chosen colour scheme and theme.
struct PartnerStyler {
    let scheme: ColorScheme
    let theme: Theme
    let years: ClosedRange<Int>?
    let sizing: Sizing

    func color(_ c: City) -> Color {
        if theme.greyscale { return grey(c) }
        let base = hue(c)
        // On the dark theme arcs are lifted a little so they glow against the navy sea.
        return theme.name == .dark ? base.mixed(with: .white, 0.18) : base
    }

    private func hue(_ c: City) -> Color {
        switch scheme {
        case .continent:
            let col = ContinentPalette.color(c.continent)
            return theme.name == .dark && c.continent == .antarctica ? .white : col
        case .year:
            guard let y = c.year, let r = years else { return theme.neutral }
            return YearScale.color(year: y, range: r, light: theme.name != .dark)
        case .relation:
            return c.relation == .friendlyExchange ? Color(hex: "#D55E00")! : Color(hex: "#0072B2")!
        }
    }

    private func grey(_ c: City) -> Color {
        switch scheme {
        case .continent:
            let g = ContinentPalette.printStyle(c.continent).grey
            return Color(r: g, g: g, b: g)
        case .year:
            guard let y = c.year, let r = years else { return theme.neutral }
            let t = Double(y - r.lowerBound) / Double(max(1, r.upperBound - r.lowerBound))
            let g = 0.62 * t
            return Color(r: g, g: g, b: g)
        case .relation:
            return c.relation == .friendlyExchange ? Color(r: 0.4, g: 0.4, b: 0.4) : .black
        }
    }

    /// Dash pattern of the arc: friendly-exchange ties are dashed in every scheme; in print the
    /// continent scheme also encodes continents by pattern.
    func dash(_ c: City) -> [Double] {
        let w = sizing.arcWidth
        if theme.greyscale && scheme == .continent {
            // Dash patterns carry the continent; friendly-exchange ties are thinner instead.
            return ContinentPalette.printStyle(c.continent).dash.map { $0 * w }
        }
        return c.relation == .friendlyExchange ? [4.5 * w, 2.5 * w] : []
    }

    /// Arc width: in print, friendly-exchange ties are also thinner.
    func width(_ c: City) -> Double {
        theme.greyscale && c.relation == .friendlyExchange && scheme == .continent ? sizing.arcWidth * 0.7 : sizing.arcWidth
    }
}
