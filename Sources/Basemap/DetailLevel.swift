/// How much geometric detail a basemap level carries: `low` (1:110m-like), `medium` (1:50m-like), `high` (full source).
public enum DetailLevel: String, Sendable, CaseIterable {
    case low, medium, high

    /// Device pixels per degree of longitude below which `low` is chosen.
    ///
    /// 1:110m data puts about 1 mm of paper on a degree and still reads well at twice that: a
    /// whole-world map up to about 2,500 pixels wide (a full-HD screen map or an animation frame),
    /// where the denser levels only add sub-pixel wiggles that cost drawing time.
    public static let lowBelowPixelsPerDegree = 8.0
    /// Device pixels per degree of longitude below which `medium` is chosen (and at or above which `high` is).
    ///
    /// 1:50m data is about 2.2 times denser than 1:110m and holds up to roughly 5 times the 1:110m
    /// threshold: a 10,800-pixel-wide world poster, or a continent-sized view on a 2,000-pixel screen.
    public static let mediumBelowPixelsPerDegree = 30.0

    /// Automatic choice from the output scale in device pixels per degree of longitude at the map centre:
    /// `low` below 8 px/°, `medium` from 8 to below 30 px/°, `high` from 30 px/°; `low` for a scale that
    /// is not a positive finite number.
    public static func automatic(pixelsPerDegree: Double) -> DetailLevel {
        guard pixelsPerDegree.isFinite, pixelsPerDegree > 0 else { return .low }
        if pixelsPerDegree < lowBelowPixelsPerDegree { return .low }
        if pixelsPerDegree < mediumBelowPixelsPerDegree { return .medium }
        return .high
    }

    /// The level's code in the compact format.
    var code: UInt8 {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    init?(code: UInt8) {
        switch code {
        case 0: self = .low
        case 1: self = .medium
        case 2: self = .high
        default: return nil
        }
    }
}
