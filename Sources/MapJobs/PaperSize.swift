/// ISO 216 A-series paper sizes.
public enum PaperSize: String, Sendable, CaseIterable {
    case a0 = "A0", a1 = "A1", a2 = "A2", a3 = "A3", a4 = "A4"

    /// Width and height in millimetres, portrait.
    public var portraitMM: (width: Double, height: Double) {
        switch self {
        case .a0: return (841, 1189)
        case .a1: return (594, 841)
        case .a2: return (420, 594)
        case .a3: return (297, 420)
        case .a4: return (210, 297)
        }
    }
}
