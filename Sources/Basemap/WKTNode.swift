/// One node of a Well-Known Text coordinate system (`KEYWORD["name", value, CHILD[...], ...]`),
/// as `.prj` files and PROJ write them (WKT1, ESRI WKT and WKT2 share this shape).
struct WKTNode: Equatable {
    /// The keyword in upper case (`GEOGCS`, `PROJCRS`, `DATUM`, ...).
    var keyword: String
    /// Quoted strings, numbers and bare words in order, as text.
    var values: [String]
    var children: [WKTNode]

    /// The first quoted value, which WKT uses as the node's name.
    var name: String? { values.first }

    /// The first child with one of the keywords.
    func child(_ keywords: String...) -> WKTNode? { children.first { keywords.contains($0.keyword) } }

    /// Coordinate systems nest about six levels (GEOGCRS, DATUM, ELLIPSOID, LENGTHUNIT, ...); the
    /// parser recurses once a level, so text nested deeper is not taken for one.
    static let maxDepth = 32

    /// Parses a whole WKT text; nil when it is not WKT (or nests deeper than `maxDepth`).
    static func parse(_ text: String) -> WKTNode? {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        guard let node = parser.node() else { return nil }
        parser.skipSpace()
        return parser.index == parser.scalars.count ? node : nil
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func skipSpace() {
            while index < scalars.count, scalars[index].properties.isWhitespace || scalars[index] == "\u{FEFF}" { index += 1 }
        }

        mutating func word() -> String {
            let start = index
            while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "_"
                || ("0"..."9").contains(scalars[index]) || scalars[index] == "." || scalars[index] == "-" || scalars[index] == "+" {
                index += 1
            }
            return String(String.UnicodeScalarView(scalars[start..<index]))
        }

        /// `"text"` with `""` standing for one quote.
        mutating func quoted() -> String? {
            index += 1
            var text = String.UnicodeScalarView()
            while index < scalars.count {
                if scalars[index] == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        text.append("\"")
                        index += 2
                        continue
                    }
                    index += 1
                    return String(text)
                }
                text.append(scalars[index])
                index += 1
            }
            return nil
        }

        mutating func node(depth: Int = 1) -> WKTNode? {
            guard depth <= WKTNode.maxDepth else { return nil }
            skipSpace()
            let keyword = word()
            skipSpace()
            guard !keyword.isEmpty, index < scalars.count, scalars[index] == "[" || scalars[index] == "(" else { return nil }
            let close: Unicode.Scalar = scalars[index] == "[" ? "]" : ")"
            index += 1
            var result = WKTNode(keyword: keyword.uppercased(), values: [], children: [])
            while true {
                skipSpace()
                guard index < scalars.count else { return nil }
                if scalars[index] == close, result.values.isEmpty, result.children.isEmpty { index += 1; return result }
                if scalars[index] == "\"" {
                    guard let text = quoted() else { return nil }
                    result.values.append(text)
                } else {
                    let start = index
                    let item = word()
                    skipSpace()
                    if index < scalars.count, scalars[index] == "[" || scalars[index] == "(" {
                        index = start
                        guard let child = node(depth: depth + 1) else { return nil }
                        result.children.append(child)
                    } else {
                        guard !item.isEmpty else { return nil }
                        result.values.append(item)
                    }
                }
                skipSpace()
                guard index < scalars.count else { return nil }
                if scalars[index] == "," { index += 1; continue }
                guard scalars[index] == close else { return nil }
                index += 1
                return result
            }
        }
    }
}
