/// Decodes code units scalar by scalar, counting lines and columns (a byte order mark at the
/// start takes no column), so that text that stops being valid names where it stops.
enum LocatedDecoding {
    /// The text of `units` in `codec`'s encoding and the position after it; or, as `failed`, the
    /// position of the first unit that is no part of a scalar.
    static func decode<Codec: UnicodeCodec, Units: IteratorProtocol>(_ codec: Codec.Type, _ units: Units)
        -> (text: String, position: SourcePosition, failed: Bool) where Units.Element == Codec.CodeUnit {
        var decoder = Codec()
        var iterator = units
        var text = String.UnicodeScalarView()
        var position = SourcePosition.start
        var previous: Unicode.Scalar?
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if !(scalar == "\u{FEFF}" && previous == nil) { position.advance(past: scalar, previous: previous) }
                previous = scalar
                text.append(scalar)
            case .emptyInput:
                return (String(text), position, false)
            case .error:
                return (String(text), position, true)
            }
        }
    }
}
