/// Numbers as an SVG writes them: rounded to hundredths, without trailing zeros, so the same
/// scene always gives the same bytes.
enum SVGNumber {
    /// A value in whole hundredths (0 for a value that is not finite).
    static func hundredths(_ v: Double) -> Int { v.isFinite ? Int((v * 100).rounded()) : 0 }

    /// Hundredths as a decimal: 1250 is "12.5", -5 is "-0.05".
    static func text(hundredths h: Int) -> String {
        let whole = String(h.magnitude / 100), frac = Int(h.magnitude % 100)
        let sign = h < 0 ? "-" : ""
        if frac == 0 { return sign + whole }
        if frac % 10 == 0 { return sign + whole + "." + String(frac / 10) }
        return sign + whole + (frac < 10 ? ".0" : ".") + String(frac)
    }

    static func text(_ v: Double) -> String { text(hundredths: hundredths(v)) }
}
