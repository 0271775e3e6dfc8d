import MapScene

/// Sizes that grow with the output: one unit `u` is the shorter side / 600 (in output units),
/// so a 1920×1080 screen map, an A4 page and an A0 poster each get their own proportions.
/// Text never shrinks below a legible minimum on small outputs.
package struct Sizing: Sendable {
    package let u: Double
    /// Smallest text size (output units): 6.5 pt at the output resolution.
    package let minText: Double

    package init(size: Size, dpi: Double) {
        u = min(size.width, size.height) / 600
        minText = 6.5 * dpi / 72
    }

    package func text(_ k: Double) -> Double { max(k * u, minText) }
    package func line(_ k: Double) -> Double { max(k * u, 0.35) }

    package var title: Double { text(16) }
    package func title(_ k: Double) -> Double { text(k) }
    package var subtitle: Double { text(9) }
    package var label: Double { text(7.5) }
    package var hubLabel: Double { text(9.5) }
    package var legendText: Double { text(7) }
    package var credits: Double { text(5.5) }
    package var arcWidth: Double { line(1.0) }
    package var hubRadius: Double { max(5 * u, 3.5) }
    package var partnerRadius: Double { max(2.5 * u, 2) }
    package var halo: Double { max(1.5 * u, 1.2) }
    package var margin: Double { 12 * u }
}
