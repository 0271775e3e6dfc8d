import Foundation

/// The keys a queried name is looked up by: the name as written, folded (it always wins when it
/// matches), and forms without the administrative words that tables add to a place's name but
/// GeoNames does not ("Cebu City", "Bogor Regency", "Kota Bogor", "Thành phố Hải Phòng", "Kobe-shi",
/// "Fengxian District", "奉贤区", "南宁市", "Frankfurt (Hessen)", "Springfield, Illinois"). A word is dropped only as a whole word
/// at the start or the end, and only when something is left, and such forms are tried only after
/// the name as written: "Kota Kinabalu" and "George Town" are found as they are.
struct QueryForms {
    /// The key of the whole name as written.
    var exact: String
    /// Keys of the name without administrative words or qualifiers, most specific first, without `exact`.
    var stripped: [String]
    /// What stood in parentheses or after a comma ("Hessen", "Illinois"): a hint at the country
    /// or first-level division.
    var qualifiers: [String]

    /// Words dropped from the start (folded, as word sequences).
    static let prefixes: [[String]] = [
        ["city", "of"], ["kota"], ["kabupaten"], ["thanh", "pho"], ["tinh"], ["tp"], ["thi", "xa"],
        ["municipality", "of"], ["prefecture", "of"],
    ]
    /// Words dropped from the end.
    static let suffixes: [[String]] = [
        ["city"], ["regency"], ["prefecture"], ["municipality"], ["shi"], ["si"],
        ["metropolitan", "city"], ["special", "city"],
        ["district"], ["county"], ["oblast"], ["province"],
    ]
    /// Dropped from the start of a word that is a whole Thai name.
    static let thaiPrefixes = ["จังหวัด", "เทศบาลนคร", "เทศบาลเมือง"]
    /// Dropped from the end of a Han name: 市 (city), 区 (district), 县 (county) and the Japanese 県
    /// and 府 (prefecture).
    static let hanSuffixes: [Character] = ["市", "区", "县", "県", "府"]

    init(_ name: String) {
        exact = NameFolding.key(name)
        var base = name
        qualifiers = []
        // Parenthesised qualifiers, ASCII or full-width: "Frankfurt (Oder)", "Córdoba（AR）".
        while let open = base.lastIndex(where: { $0 == "(" || $0 == "（" }),
              let close = base[open...].firstIndex(where: { $0 == ")" || $0 == "）" }) {
            let inner = base[base.index(after: open)..<close].trimmingWhitespace
            if !inner.isEmpty { qualifiers.append(inner) }
            base = String(base[..<open]) + String(base[base.index(after: close)...])
        }
        // "Springfield, Illinois": what follows the first comma qualifies the name.
        if let comma = base.firstIndex(where: { $0 == "," || $0 == "，" || $0 == "、" }) {
            for part in base[base.index(after: comma)...].split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }) {
                let p = String(part).trimmingWhitespace
                if !p.isEmpty { qualifiers.append(p) }
            }
            base = String(base[..<comma])
        }
        var seen: Set<String> = [exact]
        var found: [String] = []
        // The name without its qualifiers first, then as written ("San Atenógenes (La Villita) City").
        var queue = [NameFolding.words(base), NameFolding.words(name)]
        while !queue.isEmpty {
            let words = queue.removeFirst()
            guard !words.isEmpty else { continue }
            let key = words.joined()
            if !seen.contains(key) {
                seen.insert(key)
                found.append(key)
            }
            queue += Self.shorter(words).filter { !seen.contains($0.joined()) }
        }
        // A Han name without 市 is also looked for with it: GeoNames may have only 海防市 for Haiphong.
        let words = NameFolding.words(base)
        if words.count == 1, let only = words.first, only.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }), !only.hasSuffix("市") {
            let key = NameFolding.key(only + "市")
            if !seen.contains(key) { found.append(key) }
        }
        stripped = found
    }

    /// A name with Han characters in the other Chinese script: traditional for simplified
    /// (`河内` → `河內`), simplified for traditional, by ICU's transliterators; none for other names.
    static func hanVariants(_ name: String) -> [String] {
        guard name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { return [] }
        var out: [String] = []
        for id in ["Hans-Hant", "Hant-Hans"] {
            if let variant = name.applyingTransform(StringTransform(id), reverse: false), variant != name, !out.contains(variant) {
                out.append(variant)
            }
        }
        return out
    }

    /// Each way to drop one administrative word (sequence) from `words`.
    private static func shorter(_ words: [String]) -> [[String]] {
        var out: [[String]] = []
        for p in prefixes where words.count > p.count && Array(words.prefix(p.count)) == p {
            out.append(Array(words.dropFirst(p.count)))
        }
        for s in suffixes where words.count > s.count && Array(words.suffix(s.count)) == s {
            out.append(Array(words.dropLast(s.count)))
        }
        if let first = words.first {
            for p in thaiPrefixes where first.hasPrefix(p) && first.count > p.count {
                out.append([String(first.dropFirst(p.count))] + words.dropFirst())
            }
        }
        if let last = words.last, let end = last.last, hanSuffixes.contains(end), last.count > 1,
           last.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }) {
            out.append(words.dropLast() + [String(last.dropLast())])
        }
        return out
    }
}

extension StringProtocol {
    /// Without the spaces, tabs and line breaks at either end.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
