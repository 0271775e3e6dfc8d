import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A character encoding a CSV or TSV table may be saved in: what spreadsheets write by default
/// in the languages the tool labels in (Excel's "CSV UTF-8", its "Unicode text", which is
/// UTF-16LE with tabs, and its plain "CSV", which is GB18030/GBK on Chinese Windows and
/// Windows-1252 on Western Windows).
public enum TableEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// GB18030, a superset of GBK and GB2312 (decoded by glibc's iconv).
    case gb18030 = "gb18030"
    case windows1252 = "windows-1252"

    /// The encoding a name means, ignoring case, spaces, `-` and `_`: `utf8`, `UTF-16` (little
    /// endian unless a byte order mark says otherwise), `gbk`, `gb2312`, `cp936`, `cp1252`, `latin1`…
    public init?(name: String) {
        let key = String(name.lowercased().unicodeScalars.filter { !" -_".unicodeScalars.contains($0) })
        switch key {
        case "utf8", "utf8bom", "utf8sig": self = .utf8
        case "utf16", "utf16le", "unicode", "ucs2", "ucs2le": self = .utf16LE
        case "utf16be", "ucs2be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936", "ms936", "windows936", "euccn": self = .gb18030
        case "windows1252", "cp1252", "latin1", "iso88591", "ansi", "l1": self = .windows1252
        default: return nil
        }
    }

    /// The name as messages print it.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        case .windows1252: "Windows-1252"
        }
    }

    /// The encoding of `bytes`, judged in this order: a byte order mark (UTF-8, UTF-16LE or
    /// BE); UTF-16 without one (every other byte of ASCII text zero); valid UTF-8; valid GB18030
    /// unless it reads as Windows-1252 more than as Chinese (`looksChinese`); else Windows-1252,
    /// which every byte string is. Valid GB18030 is a strong sign already: an accented letter
    /// before a space, a comma, a digit or the line end is not, and Western names have them.
    static func detect(_ bytes: [UInt8]) -> TableEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        if let utf16 = unmarkedUTF16(bytes) { return utf16 }
        if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
        if case .success = GB18030.decode(bytes), GB18030.looksChinese(bytes) { return .gb18030 }
        return .windows1252
    }

    /// UTF-16 without a byte order mark: in the first 512 bytes, ASCII text has a zero byte in
    /// every pair, on the same side each time (and UTF-8 or the 8-bit encodings have none).
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> TableEncoding? {
        let pairs = min(bytes.count, 512) / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in 0..<pairs {
            if bytes[2 * i] == 0 { evenZeros += 1 }
            if bytes[2 * i + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs * 7 && evenZeros == 0 { return .utf16LE }
        if evenZeros * 10 >= pairs * 7 && oddZeros == 0 { return .utf16BE }
        return nil
    }

    /// The text of `bytes` in this encoding, a leading byte order mark kept (it takes no
    /// column), or the position of the first byte sequence it cannot decode.
    func decode(_ bytes: [UInt8]) -> Result<String, UndecodableText> {
        switch self {
        case .utf8:
            return TableFile.decodeUTF8(Data(bytes)).mapError { UndecodableText(position: $0.position) }
        case .utf16LE, .utf16BE:
            // A byte order mark wins over the name (Excel's "Unicode text" has one).
            let bigEndian = bytes.starts(with: [0xFE, 0xFF]) || (self == .utf16BE && !bytes.starts(with: [0xFF, 0xFE]))
            return Self.decodeUTF16(bytes, bigEndian: bigEndian)
        case .gb18030:
            return GB18030.decode(bytes)
        case .windows1252:
            return .success(Self.decodeWindows1252(bytes))
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> Result<String, UndecodableText> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        let decoded = LocatedDecoding.decode(UTF16.self, units.makeIterator())
        // An odd byte at the end is half a character.
        guard !decoded.failed, bytes.count % 2 == 0 else { return .failure(UndecodableText(position: decoded.position)) }
        return .success(decoded.text)
    }

    /// Windows-1252: Latin-1 but for 0x80–0x9F, which hold typographic quotes, dashes, € and
    /// a few letters; its five unassigned bytes become the C1 controls of the same value (as
    /// browsers decode them), which the table rules then refuse in text cells.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var text = String.UnicodeScalarView()
        text.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            text.append(Unicode.Scalar(value)!)
        }
        return String(text)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

/// Where a table's bytes stop being text in the encoding they are read in.
struct UndecodableText: Error, Equatable {
    var position: SourcePosition
}

/// GB18030 (and so GBK and GB2312) through glibc's iconv.
enum GB18030 {
    static func decode(_ bytes: [UInt8]) -> Result<String, UndecodableText> {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return .failure(UndecodableText(position: .start)) }
        defer { iconv_close(converter) }
        var input = bytes
        // GB18030 takes at most 4 bytes per character, UTF-8 at most 4 too: the same length is enough
        // but for 2-byte characters that become 3 bytes; twice the input always is.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 4)
        var failed = false
        let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outLeft = outBuffer.count
                if inLeft > 0, iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 { failed = true }
                if !failed && iconv(converter, nil, nil, &outPointer, &outLeft) == -1 { failed = true }
                return outBuffer.count - outLeft
            }
        }
        let text = String(decoding: output[..<written], as: UTF8.self)
        guard failed else { return .success(text) }
        var position = SourcePosition.start
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            position.advance(past: scalar, previous: previous)
            previous = scalar
        }
        return .failure(UndecodableText(position: position))
    }

    /// Whether `bytes`, valid GB18030, read as Chinese rather than as Windows-1252 text whose
    /// accented letters happen to pair with the letters after them (`Zürich` is valid GBK: `Z`,
    /// a rare ideograph, `ich`). Windows-1252 shows in a high byte followed by an ASCII letter inside
    /// a word (an ASCII letter before it, or a second after the first: `ür`, `Év-r`); Chinese in
    /// two-byte GB2312 characters (both bytes 0xA1–0xFE, the first at most 0xF7), where common
    /// Chinese text lies and which two accented letters in a row would have to make. Chinese
    /// wins ties, so that GBK is not taken for Windows-1252 when nothing tells them apart.
    static func looksChinese(_ bytes: [UInt8]) -> Bool {
        func isLetter(_ i: Int) -> Bool {
            guard bytes.indices.contains(i) else { return false }
            let b = bytes[i] | 0x20
            return b >= 0x61 && b <= 0x7A
        }
        var latin = 0
        for i in bytes.indices where bytes[i] >= 0x80 && isLetter(i + 1) && (isLetter(i - 1) || isLetter(i + 2)) {
            latin += 1
        }
        var gb2312 = 0, i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 { i += 1; continue }
            guard i + 1 < bytes.count else { break }
            let next = bytes[i + 1]
            if (0xA1...0xF7).contains(byte) && (0xA1...0xFE).contains(next) { gb2312 += 1 }
            // A four-byte character has a digit second.
            i += (0x30...0x39).contains(next) ? 4 : 2
        }
        return gb2312 >= latin
    }
}

/// What separates the fields of a text table.
public enum TableSeparator: String, Sendable, CaseIterable {
    case comma, semicolon, tab

    /// `,` `;` or a tab, or their names (`comma`, `semicolon`, `tab`, `\t`), ignoring case.
    public init?(name: String) {
        switch name.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "tab", "\\t", "tsv": self = .tab
        default: return nil
        }
    }

    var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }

    /// `','`, `';'` or `tab`, as notes and messages print it.
    public var displayName: String {
        switch self {
        case .comma: "','"
        case .semicolon: "';'"
        case .tab: "tab"
        }
    }

    /// The separator of a table whose text is `text`: the one of `,` `;` and tab that its header
    /// line (the first line with more than spaces, up to its end outside quotes) holds most often
    /// outside quotes; comma when none (a table of one column) or on a tie with it.
    static func detect(_ text: String) -> TableSeparator {
        var counts: [TableSeparator: Int] = [:]
        var quoted = false, content = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); content = true; continue }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" {
                if content { break }
                counts = [:]
                continue
            }
            if let separator = allCases.first(where: { Unicode.Scalar($0.byte) == scalar }) {
                counts[separator, default: 0] += 1
                if separator != .tab { content = true }
            } else if scalar != " " && scalar != "\u{FEFF}" {
                content = true
            }
        }
        return allCases.reduce(TableSeparator.comma) { (counts[$1] ?? 0) > (counts[$0] ?? 0) ? $1 : $0 }
    }
}
