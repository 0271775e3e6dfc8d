/// Checks that text is JSON as RFC 8259 has it, and says where and what the first mistake is.
///
/// Foundation's parsers say "not valid JSON" without a place, or give one only for some mistakes,
/// and take trailing commas; this check runs first, so every syntax error gets a line and column.
/// It is strict where GeoJSON needs it: no trailing commas, comments, NaN or infinities, no number
/// a double cannot hold, no nesting deeper than `JSONDecoder` reads. A UTF-8 byte order mark is
/// skipped.
enum JSONSyntax {
    /// How deep arrays and objects may nest: as deep as `JSONDecoder` reads.
    static let maxDepth = 512

    /// The byte offset and description of the first syntax error, or nil when the text is JSON.
    static func firstError(in bytes: [UInt8]) -> (offset: Int, message: String)? {
        var scanner = Scanner(bytes: bytes)
        do {
            try scanner.document()
            return nil
        } catch {
            return (error.offset, error.message)
        }
    }
}

private struct SyntaxError: Error {
    var offset: Int
    var message: String
}

private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func fail(_ message: String, at offset: Int? = nil) -> SyntaxError {
        SyntaxError(offset: offset ?? index, message: message)
    }

    /// One value and nothing after it but white space. Arrays and objects are followed with a
    /// stack of their opening brackets rather than by recursion, so any nesting is safe.
    mutating func document() throws(SyntaxError) {
        var open: [UInt8] = []
        var wantValue = true
        while true {
            skipSpace()
            if wantValue {
                switch byte ?? 0 {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard open.count < JSONSyntax.maxDepth else {
                        throw fail("more than \(JSONSyntax.maxDepth) arrays and objects inside each other")
                    }
                    let bracket = bytes[index]
                    open.append(bracket)
                    index += 1
                    skipSpace()
                    if byte == (bracket == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        open.removeLast()
                        index += 1
                        wantValue = false
                    } else if bracket == UInt8(ascii: "{") {
                        try memberName()
                    }
                    continue
                case UInt8(ascii: "\""): try string()
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
                default: try literal()
                }
                wantValue = false
                continue
            }
            guard let container = open.last else {
                guard byte == nil else { throw fail("expected the end of the file after the JSON value, found \(found())") }
                return
            }
            let isObject = container == UInt8(ascii: "{")
            if byte == UInt8(ascii: ",") {
                index += 1
                if isObject { try memberName() }
                wantValue = true
            } else if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                open.removeLast()
                index += 1
            } else {
                throw fail(isObject ? "expected ',' or '}' after an object member, found \(found())"
                                    : "expected ',' or ']' after an array element, found \(found())")
            }
        }
    }

    /// `"name":` of an object member.
    private mutating func memberName() throws(SyntaxError) {
        skipSpace()
        guard byte == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes, found \(found())") }
        try string()
        skipSpace()
        guard byte == UInt8(ascii: ":") else { throw fail("expected ':' after the member name, found \(found())") }
        index += 1
    }

    private mutating func string() throws(SyntaxError) {
        let start = index
        index += 1
        while let byte {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                try escape()
            case 0..<0x20:
                throw fail("control character U+\(hex(byte, digits: 4)) in a string (write it as an escape such as \\n)")
            case 0x80...:
                try utf8Sequence()
            default:
                index += 1
            }
        }
        throw fail("string not closed before the end of the file", at: start)
    }

    private mutating func escape() throws(SyntaxError) {
        let start = index
        index += 1
        guard let letter = byte else { throw fail("string not closed before the end of the file", at: start) }
        guard letter == UInt8(ascii: "u") else {
            guard "\"\\/bfnrt".utf8.contains(letter) else {
                let shown = (0x21...0x7E).contains(letter) ? "\\" + String(UnicodeScalar(letter)) : "with byte 0x\(hex(letter, digits: 2))"
                throw fail("invalid escape \(shown) in a string", at: start)
            }
            index += 1
            return
        }
        let unit = try hexUnit(at: start)
        if (0xDC00...0xDFFF).contains(unit) { throw fail("\\u\(hex(unit, digits: 4)) is half of a surrogate pair without its first half", at: start) }
        guard (0xD800...0xDBFF).contains(unit) else { return }
        let second = index
        guard bytes[second...].starts(with: Array("\\u".utf8)) else {
            throw fail("\\u\(hex(unit, digits: 4)) begins a surrogate pair that no \\uDC00…\\uDFFF completes", at: start)
        }
        index += 1
        let low = try hexUnit(at: second)
        guard (0xDC00...0xDFFF).contains(low) else {
            throw fail("\\u\(hex(unit, digits: 4)) begins a surrogate pair that no \\uDC00…\\uDFFF completes", at: start)
        }
    }

    /// The four hex digits after `\u` (at `index`, on the `u`).
    private mutating func hexUnit(at start: Int) throws(SyntaxError) -> Int {
        index += 1
        var value = 0
        for _ in 0..<4 {
            guard let byte, let digit = Int(String(UnicodeScalar(byte)), radix: 16) else {
                throw fail("\\u needs four hex digits", at: start)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// One multi-byte UTF-8 character (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
    private mutating func utf8Sequence() throws(SyntaxError) {
        let lead = bytes[index]
        let (length, second): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0...0)
        }
        guard length > 0, index + length <= bytes.count, second.contains(bytes[index + 1]),
              bytes[(index + 2)..<(index + length)].allSatisfy({ (0x80...0xBF).contains($0) }) else {
            throw fail("not UTF-8 (byte 0x\(hex(lead, digits: 2)) does not begin a character)")
        }
        index += length
    }

    private mutating func number() throws(SyntaxError) {
        let start = index
        if byte == UInt8(ascii: "-") {
            index += 1
            if let byte, isLetter(byte) {
                index = start
                return try literal()
            }
        }
        func digits() -> Int {
            let first = index
            while let byte, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
            return index - first
        }
        if byte == UInt8(ascii: "0") {
            index += 1
            if let byte, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { throw fail("number with a leading zero", at: start) }
        } else if digits() == 0 {
            throw fail("expected a digit after '-', found \(found())")
        }
        if byte == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail("expected a digit after the decimal point, found \(found())") }
        }
        if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            index += 1
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("expected a digit in the exponent, found \(found())") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw fail("number \(text) is too large for a double", at: start) }
    }

    /// `true`, `false` or `null`; anything else where a value should be is an error.
    private mutating func literal() throws(SyntaxError) {
        let start = index
        let word = self.word()
        guard !["true", "false", "null"].contains(word) else {
            index += word.utf8.count
            return
        }
        if ["nan", "-nan", "infinity", "-infinity", "inf", "-inf"].contains(word.lowercased()) {
            throw fail("\(word) is not a JSON value: JSON has no NaN or infinity", at: start)
        }
        throw fail("expected a value (object, array, string, number, true, false or null), found \(found())", at: start)
    }

    /// The letters, digits and signs from `index`: a misspelt literal as the user wrote it.
    private func word() -> String {
        var end = index
        while end < bytes.count, end - index < 20, isLetter(bytes[end]) || bytes[end] == UInt8(ascii: "-")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// What is at `index`, for "expected …, found …".
    private func found() -> String {
        guard let byte else { return "the end of the file" }
        let scalar = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
        if isLetter(byte) { return "'\(word())'" }
        if (0x21...0x7E).contains(byte) { return "'\(UnicodeScalar(byte))'" }
        switch byte {
        case 0x0A, 0x0D: return "a line break"
        case 0x09: return "a tab"
        case 0x20: return "a space"
        default:
            guard byte >= 0x80, let scalar, scalar != "\u{FFFD}", !scalar.properties.isWhitespace else { return "byte 0x\(hex(byte, digits: 2))" }
            return "'\(scalar)'"
        }
    }

    private mutating func skipSpace() {
        while let byte, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private func hex(_ value: some BinaryInteger, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
