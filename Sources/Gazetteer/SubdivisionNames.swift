import Foundation
import PartnerData

/// Extra search names for places of the gazetteer: the shipped
/// `geodata/gazetteer/subdivision-names.csv`, translations of ISO 3166-2 subdivision names (from
/// the iso-codes project, LGPL-2.1, see `geodata/gazetteer/subdivision-names-SOURCE.md`) lent to
/// the place that shares the subdivision's English name (宿务 for Cebu City, 波尔图 for Porto).
/// `scripts/fetch-subdivision-names.sh` builds the file and documents the rule.
///
/// A name is a search key only: it finds its place as an alternate name does (never as the
/// place's own name) and is never shown as the place's zh/vi/th name.
///
/// The file is UTF-8 CSV with the header `geonames_id,key,language,subdivision` and one row per
/// key: a GeoNames id, the name (no comma, quote or line break), `zh`, `vi` or `th`, and the ISO
/// 3166-2 code of the subdivision it comes from (`PH-CEB`).
package struct SubdivisionNames: Sendable {
    package struct Entry: Sendable, Equatable {
        package var geonameID: Int
        /// The name as the translation writes it.
        package var name: String
        /// `NameFolding.key` of the name.
        package var key: String
        package var language: NameLanguage
        /// The ISO 3166-2 code; its part before "-" is the country's ISO 3166-1 alpha-2 code.
        package var subdivision: String
        /// The line of the file it was read from, for messages.
        package var line: Int

        package var countryCode: Substring { subdivision.prefix(2) }
    }

    /// The file, as the caller named it ("" for `.empty`).
    package private(set) var file: String = ""
    package private(set) var entries: [Entry] = []

    package static let empty = SubdivisionNames()
    package static let header = "geonames_id,key,language,subdivision"

    package init(file: String = "", entries: [Entry] = []) {
        self.file = file
        self.entries = entries
    }

    /// Reads the file at `path`; a malformed file is an error naming FILE:LINE.
    package static func read(path: String) throws -> SubdivisionNames {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError("\(path): error: cannot read the subdivision names")
        }
        return try parse(data, file: path)
    }

    /// Reads the table from `data`; `file` names it in messages. It splits the bytes (a comma or
    /// line end is never part of a UTF-8 sequence), which is many times faster than splitting
    /// Characters.
    package static func parse(_ data: Data, file: String) throws -> SubdivisionNames {
        func fail(_ line: Int, _ message: String) -> GazetteerError {
            GazetteerError("\(file):\(line): error: \(message)")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        // Checked once for the whole file, so that each field decodes without checking.
        if String(validating: bytes, as: UTF8.self) == nil {
            let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            throw fail(bad + 1, "the line is not UTF-8")
        }
        func text(_ b: ArraySlice<UInt8>) -> String { String(decoding: b, as: UTF8.self) }
        guard let first = lines.first, text(first.last == UInt8(ascii: "\r") ? first.dropLast() : first) == header else {
            throw fail(1, "expected the header \(header)")
        }
        let languages: [String: NameLanguage] = ["zh": .zh, "vi": .vi, "th": .th]
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count - 1)
        for (n, raw) in lines.enumerated().dropFirst() {
            let lineNumber = n + 1
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            let f = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map(text)
            guard f.count == 4 else {
                throw fail(lineNumber, "expected 4 fields (\(header)), found \(f.count)")
            }
            guard let id = Int(f[0]), id > 0 else { throw fail(lineNumber, "\"\(f[0])\" is not a GeoNames id") }
            guard !f[1].utf8.contains(UInt8(ascii: "\"")) else { throw fail(lineNumber, "a name holds no quote") }
            let key = NameFolding.key(f[1])
            guard !key.isEmpty else { throw fail(lineNumber, "the name \"\(f[1])\" has no letter or digit") }
            guard let language = languages[f[2]] else { throw fail(lineNumber, "language \"\(f[2])\" is not zh, vi or th") }
            let code = f[3].utf8
            guard code.count >= 4, code.dropFirst(2).first == UInt8(ascii: "-"),
                  code.prefix(2).allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
                  code.dropFirst(3).allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                throw fail(lineNumber, "\"\(f[3])\" is not an ISO 3166-2 code (like PH-CEB)")
            }
            entries.append(Entry(geonameID: id, name: f[1], key: key, language: language, subdivision: f[3], line: lineNumber))
        }
        return SubdivisionNames(file: file, entries: entries)
    }
}
