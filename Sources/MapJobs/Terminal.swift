import Foundation

/// What the tool prints, on stdout and stderr, with every control character but the line end
/// shown as a Swift string literal writes it (`\u{1B}`, `\t`, `\u{009B}`; the form messages use
/// for the values they quote), so that a city name, file name or spec value echoed in a list, a
/// warning or an error cannot move the cursor, recolour or retitle the terminal, or ring its bell.
package enum Terminal {
    /// Prints `text` to stdout.
    package static func output(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((escaped(text) + terminator).utf8))
    }

    /// Prints `text` to stderr, ending it with a line feed if it has none.
    package static func error(_ text: String) {
        let line = escaped(text)
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// `text` with its C0 controls but the line feed (and a carriage return right before one, which
    /// ends CSV's lines and can hide nothing), DEL and C1 controls escaped.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let endsLine = scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
            if isEscaped(scalar) && !endsLine { out.append(contentsOf: scalar.escaped(asASCII: true).unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}
