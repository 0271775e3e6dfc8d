import MapScene

/// Sizes that grow with the output: one unit `u` is the shorter side / 600 (in output units),
/// so a 1920×1080 screen map, an A4 page and an A0 poster each get their own proportions.
/// Text never shrinks below a legible minimum on small outputs.
public struct Sizing: Sendable {
    public let u: Double
    /// Smallest text size (output units): 6.5 pt at the output resolution.
    public let minText: Double

    public init(size: Size, dpi: Double) {
        u = min(size.width, size.height) / 600
        minText = 6.5 * dpi / 72
    }

    public func text(_ k: Double) -> Double { max(k * u, minText) }
    public func line(_ k: Double) -> Double { max(k * u, 0.35) }

    public var title: Double { text(16) }
    public func title(_ k: Double) -> Double { text(k) }
    public var subtitle: Double { text(9) }
    public var label: Double { text(7.5) }
    public var hubLabel: Double { text(9.5) }
    public var legendText: Double { text(7) }
    public var credits: Double { text(5.5) }
    public var arcWidth: Double { line(1.0) }
    public var hubRadius: Double { max(5 * u, 3.5) }
    public var partnerRadius: Double { max(2.5 * u, 2) }
    public var halo: Double { max(1.5 * u, 1.2) }
    public var margin: Double { 12 * u }
}
