/// Finds where a value is in JSON text, for error messages: follows a decoder's coding path through
/// the bytes (without building anything) and turns a byte offset into a line and column.
struct JSONLocator {
    let bytes: [UInt8]

    /// A coding key for building paths by hand: an object member, or an array index named as
    /// decoders name them.
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?

        init(_ name: String) { stringValue = name }
        init(index: Int) { stringValue = "Index \(index)"; intValue = index }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { self.init(index: intValue) }
    }

    /// Where the text starts: after a UTF-8 byte order mark, if there is one.
    private var start: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// The offset of the value at `path`, or nil when the text does not lead there.
    func offset(of path: [any CodingKey]) -> Int? {
        var index = start
        skipSpace(&index)
        for key in path {
            guard index < bytes.count else { return nil }
            if let position = JSONLocator.index(of: key) {
                guard bytes[index] == UInt8(ascii: "[") else { return nil }
                index += 1
                for _ in 0..<position {
                    skipSpace(&index)
                    guard skipValue(&index) else { return nil }
                    skipSpace(&index)
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                    index += 1
                }
            } else {
                guard bytes[index] == UInt8(ascii: "{") else { return nil }
                index += 1
                let wanted = Array(key.stringValue.utf8)
                while true {
                    skipSpace(&index)
                    let start = index + 1
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), skipValue(&index) else { return nil }
                    let name = bytes[start..<(index - 1)]
                    skipSpace(&index)
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    skipSpace(&index)
                    if name.elementsEqual(wanted) { break }
                    guard skipValue(&index) else { return nil }
                    skipSpace(&index)
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
                    index += 1
                }
            }
            skipSpace(&index)
        }
        return index < bytes.count ? index : nil
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset; CR, LF and CRLF end a line.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for index in start..<max(start, min(offset, bytes.count)) {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                if index == 0 || bytes[index - 1] != UInt8(ascii: "\r") { line += 1; column = 1 }
            } else if byte == UInt8(ascii: "\r") {
                line += 1; column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// The array index a coding key stands for (decoders name them `Index N`), or nil for an object key.
    static func index(of key: any CodingKey) -> Int? {
        guard let value = key.intValue, key.stringValue == "Index \(value)" else { return nil }
        return value
    }

    private func skipSpace(_ index: inout Int) {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// Moves past one value (string, number, literal, array or object); false at malformed text.
    private func skipValue(_ index: inout Int) -> Bool {
        guard index < bytes.count else { return false }
        var depth = 0
        repeat {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < bytes.count else { return false }
                index += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard depth > 0 else { return false }
                depth -= 1
                index += 1
            default:
                if depth == 0 {
                    let start = index
                    while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
                    return index > start
                }
                index += 1
            }
        } while depth > 0
        return true
    }
}
