/// ISO 216 paper sizes: the A series and the B series (posters, B1 and B2 in particular).
public enum PaperSize: String, Sendable, CaseIterable {
    case a0 = "A0", a1 = "A1", a2 = "A2", a3 = "A3", a4 = "A4"
    case b0 = "B0", b1 = "B1", b2 = "B2", b3 = "B3", b4 = "B4", b5 = "B5"

    /// Width and height in millimetres, portrait.
    public var portraitMM: (width: Double, height: Double) {
        switch self {
        case .a0: return (841, 1189)
        case .a1: return (594, 841)
        case .a2: return (420, 594)
        case .a3: return (297, 420)
        case .a4: return (210, 297)
        case .b0: return (1000, 1414)
        case .b1: return (707, 1000)
        case .b2: return (500, 707)
        case .b3: return (353, 500)
        case .b4: return (250, 353)
        case .b5: return (176, 250)
        }
    }
}
