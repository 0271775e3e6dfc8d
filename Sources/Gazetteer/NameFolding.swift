import Foundation

/// Folds a name to the key the gazetteer finds it by, so that case, diacritics, width, spaces and
/// punctuation do not matter: "Hải Phòng", "HAI PHONG", "Haiphong" and "ｈａｉｐｈｏｎｇ" are all
/// `haiphong`. `scripts/fetch-gazetteer.sh` folds every name of the file the same way (a test checks
/// that this code and the script agree on every place's name):
///
/// 1. NFKD (compatibility forms, full-width letters and ligatures become plain ones), lower case,
///    NFKD again;
/// 2. drop the combining diacritical marks (U+0300–036F, 1AB0–1AFF, 1DC0–1DFF, 20D0–20FF,
///    FE20–FE2F) and what is left of the spacing modifier letters (U+02B0–02FF: apostrophes, primes,
///    the okina); Thai, Indic and other scripts' marks stay, they spell the word;
/// 3. replace the Latin letters that do not decompose (ß ss, đ d, ð d, ø o, ł l, æ ae, œ oe, þ th,
///    ı i, ħ h, ŧ t) and the final sigma ς σ;
/// 4. keep letters, marks and digits only, then NFC.
package enum NameFolding {
    /// The compact key: the folded name without spaces or punctuation.
    package static func key(_ text: String) -> String {
        if let ascii = asciiKey(text) { return ascii }
        var kept = String.UnicodeScalarView()
        if forEachPlain(text, { if let s = $0 { kept.append(s) } }) { return String(kept) }
        return foldedKey(text)
    }

    /// `key` the long way, through Unicode normalization, whatever the text.
    static func foldedKey(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        forEachFolded(text) { scalar in
            if let scalar { kept.append(scalar) }
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }

    /// The folded words, split where anything but a letter, mark or digit stood
    /// ("Thành phố Hải Phòng" → thanh, pho, hai, phong).
    package static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var plain = true
        func take(_ scalar: Unicode.Scalar?) {
            if let scalar {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(plain ? String(current) : String(current).precomposedStringWithCanonicalMapping)
                current = String.UnicodeScalarView()
            }
        }
        if !forEachPlain(text, take) {
            plain = false
            forEachFolded(text, take)
        }
        take(nil)
        return words
    }

    /// Plain ASCII folds to its lower-case letters and digits; nil for any other text.
    private static func asciiKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case 0x80...: return nil
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Text of ASCII, CJK unified ideographs and Thai folds without normalization: none of these
    /// decomposes but Thai SARA AM (U+0E33, to U+0E4D U+0E32), and only ASCII has case. Calls
    /// `body` as `forEachFolded` would and returns true, or returns false without calling it when
    /// the text holds anything else.
    private static func forEachPlain(_ text: String, _ body: (Unicode.Scalar?) -> Void) -> Bool {
        guard text.unicodeScalars.allSatisfy({ s in
            switch s.value {
            case 0...0x7F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xE01...0xE5B: return true
            default: return false
            }
        }) else { return false }
        for s in text.unicodeScalars {
            switch s.value {
            case 0x41...0x5A: body(Unicode.Scalar(s.value + 32)!)
            case 0x61...0x7A, 0x30...0x39: body(s)
            case 0xE33: body("\u{E4D}"); body("\u{E32}")
            case 0...0x7F: body(nil)
            default: body(isKept(s) ? s : nil)
            }
        }
        return true
    }

    /// Calls `body` with each kept scalar of the folded text, and with nil where a separator stood.
    private static func forEachFolded(_ text: String, _ body: (Unicode.Scalar?) -> Void) {
        let decomposed = text.decomposedStringWithCompatibilityMapping.lowercased().decomposedStringWithCompatibilityMapping
        for scalar in decomposed.unicodeScalars where !isDropped(scalar) {
            if let replacement = replacements[scalar] {
                for r in replacement.unicodeScalars { body(r) }
            } else if isKept(scalar) {
                body(scalar)
            } else {
                body(nil)
            }
        }
    }

    private static let replacements: [Unicode.Scalar: String] = [
        "ß": "ss", "đ": "d", "ð": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th",
        "ı": "i", "ħ": "h", "ŧ": "t", "ς": "σ",
    ]

    private static func isDropped(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F, 0x2B0...0x2FF: return true
        default: return false
        }
    }

    /// Letters, marks and numbers (Unicode general categories L, M and N).
    private static func isKept(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
