import Foundation

/// A JSON value written the same bytes every time: members in the order given, numbers with a
/// fixed number of decimals (trailing zeros dropped), strings as UTF-8 with only what must be
/// escaped escaped.
package indirect enum JSONText: Sendable {
    case null
    case bool(Bool)
    /// A number as written (see `number(_:decimals:)`).
    case number(String)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    /// `value` rounded to `decimals` places, without trailing zeros and never "-0".
    package static func number(_ value: Double, decimals: Int) -> JSONText {
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return .number(text == "-0" ? "0" : text)
    }

    /// An optional string: null when nil.
    package static func string(_ value: String?) -> JSONText { value.map { .string($0) } ?? .null }

    /// The value as compact JSON text.
    package var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    package func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                Self.quote(key, into: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F || (0x2028...0x2029).contains(u.value):
                out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}
