import MapScene

/// Fits text into a width: by shrinking it (down to a least size), then by breaking it into lines.
struct TextFitting {
    let measurer: TextMeasurer

    /// `s` broken into lines no wider than `maxWidth` in `font`: after spaces and hyphens where
    /// it has them, between any two characters where it has none (Chinese, Thai).
    func wrapped(_ s: String, _ font: Font, _ maxWidth: Double) -> String {
        func width(_ t: String) -> Double { measurer.measure(t, font: font, alignment: .left).width }
        guard width(s) > maxWidth else { return s }
        var pieces: [String] = []
        var piece = ""
        for ch in s {
            piece.append(ch)
            if ch == " " || ch == "-" || ch == "‐" { pieces.append(piece); piece = "" }
        }
        if !piece.isEmpty { pieces.append(piece) }
        if pieces.count == 1 { pieces = s.map(String.init) }
        var lines: [String] = []
        var line = ""
        for p in pieces {
            if !line.isEmpty && width((line + p).trimmingCharacters(in: .whitespaces)) > maxWidth {
                lines.append(line.trimmingCharacters(in: .whitespaces))
                line = ""
            }
            line += p
        }
        if !line.isEmpty { lines.append(line.trimmingCharacters(in: .whitespaces)) }
        return lines.joined(separator: "\n")
    }

    /// `s` in the largest font from `font(size)` for `size` between `largest` and `least` that
    /// fits `maxWidth` on one line; failing that, at `least`, wrapped.
    func fitted(_ s: String, maxWidth: Double, largest: Double, least: Double, font: (Double) -> Font) -> (text: String, font: Font) {
        var size = largest
        while size > least {
            let f = font(size)
            if measurer.measure(s, font: f, alignment: .left).width <= maxWidth { return (s, f) }
            size = max(least, size * 0.92)
        }
        let f = font(least)
        return (wrapped(s, f, maxWidth), f)
    }
}
