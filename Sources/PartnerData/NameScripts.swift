import Foundation

/// A name written in the script of another language than its column says goes to that
/// language's column when it is empty: a generic `Name` or `City` column (read as `name_en`)
/// holding `河内` or `เชียงใหม่` holds a Chinese or Thai name, not an English one. Only scripts that
/// make the language certain for a map's four languages count: Han is Chinese, Thai is Thai; a
/// Latin-script name in `name_zh` is English (a list's romanised name). Latin letters with
/// Vietnamese marks stay where they are: "Hà Nội" is also how English text may write it.
enum NameScripts {
    static func sorted(_ names: inout [NameLanguage: String]) {
        if let en = names[.en], names[.zh] == nil, isHan(en) { names[.zh] = en; names[.en] = nil }
        if let en = names[.en], names[.th] == nil, isThai(en) { names[.th] = en; names[.en] = nil }
        if let zh = names[.zh], names[.en] == nil, isLatin(zh) { names[.en] = zh; names[.zh] = nil }
    }

    /// Letters all Han (spaces, dots and hyphens aside), with at least one.
    static func isHan(_ s: String) -> Bool { only(s) { $0.properties.isIdeographic || $0 == "〇" } }

    static func isThai(_ s: String) -> Bool { only(s) { (0x0E00...0x0E7F).contains($0.value) } }

    static func isLatin(_ s: String) -> Bool {
        only(s) { $0.isASCII ? $0.properties.isAlphabetic : (0x00C0...0x024F).contains($0.value) || (0x1E00...0x1EFF).contains($0.value) || $0.properties.generalCategory == .nonspacingMark }
    }

    private static func only(_ s: String, _ letter: (Unicode.Scalar) -> Bool) -> Bool {
        var any = false
        for scalar in s.unicodeScalars {
            if letter(scalar) { any = true; continue }
            if scalar.properties.isWhitespace || " -·.'’()（）,，\n".unicodeScalars.contains(scalar) || scalar.properties.numericType != nil { continue }
            return false
        }
        return any
    }
}
