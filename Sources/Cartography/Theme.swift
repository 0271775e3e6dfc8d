import MapScene

/// The colours and line treatments of one look (light, dark or print).
package struct Theme: Sendable {
    package var name: ThemeName
    package var background: Color
    package var ocean: Color
    package var graticule: Color
    package var land: Color
    /// Tint of the countries that host a partner.
    package var partnerCountry: Color
    package var border: Color
    package var coast: Color
    package var text: Color
    package var mutedText: Color
    package var halo: Color
    /// Thin light line under each arc so arcs leaving the hub together stay apart.
    package var arcCasing: Color
    /// Width of a soft glow drawn under arcs (dark theme), in arc widths; 0 for none.
    package var arcGlow: Double
    package var panel: Color
    package var panelEdge: Color
    /// Colour for partners with no known year, and other neutral marks.
    package var neutral: Color
    package var hub: Color
    /// Whether colours must carry no meaning (print): line styles and lightness do instead.
    package var greyscale: Bool

    package static func named(_ name: ThemeName) -> Theme {
        switch name {
        case .light:
            return Theme(name: name, background: hex("#F4F2EE"), ocean: hex("#DCE5EC"), graticule: hex("#FFFFFF").withAlpha(0.65),
                         land: hex("#E4DFD6"), partnerCountry: hex("#D9CDB8"), border: hex("#FFFFFF"), coast: hex("#B8B1A5"),
                         text: hex("#1D1D1F"), mutedText: hex("#5A5A5F"), halo: hex("#FFFFFF").withAlpha(0.9),
                         arcCasing: hex("#FFFFFF").withAlpha(0.75), arcGlow: 0, panel: hex("#FFFFFF").withAlpha(0.88),
                         panelEdge: hex("#B8B1A5"), neutral: hex("#7F7F7F"), hub: hex("#1D1D1F"), greyscale: false)
        case .dark:
            return Theme(name: name, background: hex("#0A0F1C"), ocean: hex("#10203A"), graticule: hex("#2A3C5C").withAlpha(0.8),
                         land: hex("#2B313B"), partnerCountry: hex("#3C4452"), border: hex("#1A1F28"), coast: hex("#4D5766"),
                         text: hex("#EDF1F7"), mutedText: hex("#A8B3C4"), halo: hex("#0A0F1C").withAlpha(0.85),
                         arcCasing: hex("#0A0F1C").withAlpha(0.6), arcGlow: 3.5, panel: hex("#0E1626").withAlpha(0.9),
                         panelEdge: hex("#3A4A66"), neutral: hex("#9AA3B0"), hub: hex("#FFFFFF"), greyscale: false)
        case .print:
            return Theme(name: name, background: hex("#FFFFFF"), ocean: hex("#F2F2F2"), graticule: hex("#FFFFFF"),
                         land: hex("#DCDCDC"), partnerCountry: hex("#C4C4C4"), border: hex("#FFFFFF"), coast: hex("#9C9C9C"),
                         text: hex("#000000"), mutedText: hex("#4A4A4A"), halo: hex("#FFFFFF").withAlpha(0.95),
                         arcCasing: hex("#FFFFFF").withAlpha(0.9), arcGlow: 0, panel: hex("#FFFFFF").withAlpha(0.95),
                         panelEdge: hex("#7A7A7A"), neutral: hex("#8C8C8C"), hub: hex("#000000"), greyscale: true)
        }
    }

    private static func hex(_ s: String) -> Color { Color(hex: s)! }
}
