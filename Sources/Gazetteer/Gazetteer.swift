import CSystemZlib
import Foundation
import PartnerData

/// An offline gazetteer: the GeoNames populated places of the shipped `cities500.pmg` (every place
/// of 500 people or more, and the seats of administrative divisions), found by any of their names
/// in any script.
///
/// ```swift
/// let gazetteer = try Gazetteer(path: path, countryNames: try CountryNames.read(path: csv))
/// switch try gazetteer.resolve(name: "Hải Phòng", country: "Việt Nam") {
/// case .unique(let place): print(place.geonameID, place.latitude, place.longitude, place.names)
/// case .ambiguous(let places): print("which one?", places)
/// case .unknown: print("no such place")
/// }
/// ```
///
/// Matching folds case, diacritics, width, spaces and punctuation (`NameFolding`), tries the name
/// as written before forms without administrative words (`QueryForms`), and reads the country as a
/// code or a name in en/zh/vi/th (`country(_:)`). `resolve` decides between the places found by the
/// rule documented there. Loading maps the file and checks its checksum and tables; the key and
/// name blocks are inflated when a lookup needs them. Safe to share between threads.
package final class Gazetteer: Sendable {
    /// The file, as the caller named it.
    package let file: String
    /// Where the data comes from and its licence, as the file says.
    package let source: String
    package let placeCount: Int
    package let countries: [GazetteerCountry]

    /// The top place is unique when it weighs at least this many times the next one (see
    /// `resolve`): Changsha, Hunan's capital, over the Guangdong town of that name a fifth its size.
    package static let dominance = 4
    /// A place whose own GeoNames name matched weighs this many times its population.
    package static let ownNameWeight = 5
    /// ... or this many times, when it is its country's capital and the next one is not.
    package static let capitalDominance = 2
    /// Places that fit comparably but lie at most this far from the weightiest are not ambiguous:
    /// on a map of partner cities they are one spot.
    package static let sameSpotKilometres = 25.0
    /// At most this many places in an `.ambiguous` resolution.
    package static let ambiguityListLimit = 10

    private let bytes: GazetteerBytes
    private let resolver: CountryResolver
    private let divisions: [Division]
    private let keyCount: Int
    private let keyBlockCount: Int
    private let keysPerBlock: Int
    private let placesPerNameBlock: Int
    private let sections: [Range<Int>]
    /// The places each key of the subdivision names finds (as alternate names): folded keys as
    /// UTF-8, sorted, with their places (a binary search of bytes: hashing non-ASCII strings
    /// normalizes them, which costs more at load than the search does).
    private let extraKeys: [(key: [UInt8], places: [Int])]

    private struct Division: Sendable {
        var country: Int
        var code: String
        var name: String?
    }

    /// Maps and checks the gazetteer file at `path`; `countryNames` (the shipped
    /// `country-names.csv`) adds the zh/vi/th country names `country(_:)` reads, and
    /// `subdivisionNames` (the shipped `gazetteer/subdivision-names.csv`) extra search names that
    /// find their places as alternate names do. A subdivision name whose place is not in the file,
    /// or not in the subdivision's country, is an error naming its FILE:LINE.
    package convenience init(path: String, countryNames: CountryNames = .empty, subdivisionNames: SubdivisionNames = .empty) throws {
        try self.init(bytes: GazetteerBytes(path: path), file: path, countryNames: countryNames, subdivisionNames: subdivisionNames)
    }

    /// Reads a gazetteer from memory; `name` names it in messages.
    package convenience init(bytes: [UInt8], name: String, countryNames: CountryNames = .empty,
                             subdivisionNames: SubdivisionNames = .empty) throws {
        try self.init(bytes: GazetteerBytes(copying: bytes), file: name, countryNames: countryNames, subdivisionNames: subdivisionNames)
    }

    private init(bytes: GazetteerBytes, file: String, countryNames: CountryNames, subdivisionNames: SubdivisionNames) throws {
        self.bytes = bytes
        self.file = file
        let b = bytes.buffer
        func corrupt(_ message: String, at offset: Int) -> GazetteerError { GazetteerError.corrupt(file, message, at: offset) }
        guard b.count >= GazetteerFormat.headerSize, Array(b[0..<4]) == GazetteerFormat.magic else {
            throw corrupt("it does not start with the gazetteer magic \"PMGZ\"", at: 0)
        }
        let version = bytes.u32(4)
        guard version == GazetteerFormat.version else {
            throw corrupt("format version \(version), this program reads version \(GazetteerFormat.version) (rebuild it with scripts/fetch-gazetteer.sh)", at: 4)
        }
        guard bytes.u32(12) == b.count else { throw corrupt("the header says \(bytes.u32(12)) bytes, the file has \(b.count)", at: 12) }
        // The checksum covers everything before the key blocks, whose start must lie in the file.
        let blocksAt = 48 + 8 * GazetteerFormat.Section.keyBlocks.rawValue
        let blocksStart = bytes.u32(blocksAt)
        guard blocksStart >= GazetteerFormat.headerSize, blocksStart <= b.count else {
            throw corrupt("the key blocks start at \(blocksStart), outside the file", at: blocksAt)
        }
        let stored = bytes.u32(GazetteerFormat.checksumOffset)
        let checksum = Self.checksum(UnsafeRawBufferPointer(rebasing: b[0..<blocksStart]))
        guard stored == checksum else {
            throw corrupt("checksum \(String(stored, radix: 16)) does not match the contents (\(String(checksum, radix: 16))): the file is damaged", at: GazetteerFormat.checksumOffset)
        }
        placeCount = bytes.u32(16)
        keyCount = bytes.u32(20)
        keyBlockCount = bytes.u32(24)
        let nameBlockCount = bytes.u32(28)
        keysPerBlock = bytes.u32(32)
        placesPerNameBlock = bytes.u32(36)
        let countryCount = bytes.u32(40)
        let divisionCount = bytes.u32(44)
        var sections: [Range<Int>] = []
        for i in 0..<GazetteerFormat.sectionCount {
            let at = 48 + 8 * i
            let start = bytes.u32(at), count = bytes.u32(at + 4)
            guard start >= GazetteerFormat.headerSize, start <= b.count, count <= b.count - start,
                  i >= GazetteerFormat.Section.keyBlocks.rawValue || start + count <= blocksStart else {
                throw corrupt("section \(i) (\(start), \(count) bytes) lies outside the file or its checked part", at: at)
            }
            sections.append(start..<(start + count))
        }
        self.sections = sections
        typealias S = GazetteerFormat.Section
        guard keysPerBlock > 0, placesPerNameBlock > 0,
              keyBlockCount == (keyCount + keysPerBlock - 1) / keysPerBlock,
              nameBlockCount == (placeCount + placesPerNameBlock - 1) / placesPerNameBlock,
              sections[S.places.rawValue].count == placeCount * GazetteerFormat.placeBytes,
              sections[S.headEnds.rawValue].count == (keyBlockCount + 1) * 4,
              sections[S.blockEnds.rawValue].count == (keyBlockCount + 1) * 4,
              sections[S.nameEnds.rawValue].count == (nameBlockCount + 1) * 4,
              countryCount <= 255, divisionCount <= 1 << 13 else {
            throw corrupt("the counts of places, keys and blocks do not fit the sections", at: 16)
        }
        for (ends, data) in [(S.headEnds, S.keyHeads), (S.blockEnds, S.keyBlocks), (S.nameEnds, S.nameBlocks)] {
            let table = sections[ends.rawValue]
            var previous = 0
            for at in stride(from: table.lowerBound, to: table.upperBound, by: 4) {
                let end = bytes.u32(at)
                guard end >= previous, end <= sections[data.rawValue].count, at > table.lowerBound || end == 0 else {
                    throw corrupt("block offset \(end) is out of order or outside its section", at: at)
                }
                previous = end
            }
            guard previous == sections[data.rawValue].count else { throw corrupt("the last block does not end its section", at: table.upperBound - 4) }
        }

        func lines(_ section: S) throws -> [[Substring]] {
            let range = sections[section.rawValue]
            let text = String(decoding: b[range], as: UTF8.self)
            guard text.utf8.count == range.count, text.isEmpty || text.hasSuffix("\n") else {
                throw corrupt("the \(section) table is not UTF-8 lines", at: range.lowerBound)
            }
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                $0.split(separator: "\t", omittingEmptySubsequences: false)
            }
        }
        let continents: [Substring: Continent] = ["AF": .africa, "AN": .antarctica, "AS": .asia, "EU": .europe,
                                                  "NA": .northAmerica, "OC": .oceania, "SA": .southAmerica]
        var countries: [GazetteerCountry] = []
        let countryLines = try lines(.countries)
        guard countryLines.count == countryCount else { throw corrupt("\(countryLines.count) countries, the header says \(countryCount)", at: sections[0].lowerBound) }
        for f in countryLines {
            guard f.count == 5, f[0].count == 2, f[1].count == 3, let continent = continents[f[2]] else {
                throw corrupt("country line \(countries.count + 1) is not ISO2, ISO3, continent, name, capital", at: sections[0].lowerBound)
            }
            if !f[4].isEmpty {
                guard let capital = Int(f[4]), capital < placeCount else { throw corrupt("country \(f[0]) has capital \(f[4]), not a place", at: sections[0].lowerBound) }
            }
            countries.append(GazetteerCountry(iso2: String(f[0]), iso3: String(f[1]), continent: continent, name: String(f[3])))
        }
        var divisions: [Division] = []
        let divisionLines = try lines(.divisions)
        guard divisionLines.count == divisionCount else { throw corrupt("\(divisionLines.count) divisions, the header says \(divisionCount)", at: sections[1].lowerBound) }
        for f in divisionLines {
            guard f.count == 3, let country = Int(f[0]), country < countryCount else {
                throw corrupt("division line \(divisions.count + 1) is not country, code, name", at: sections[1].lowerBound)
            }
            divisions.append(Division(country: country, code: String(f[1]), name: f[2].isEmpty ? nil : String(f[2])))
        }
        self.countries = countries
        self.divisions = divisions
        let places = sections[S.places.rawValue]
        // The places the subdivision names name, found in the same pass as the records are checked.
        // A filter of 2^16 bits (by the id's low 16 bits) keeps the dictionary out of most of the loop.
        var wanted: [Int: Int] = [:]
        var filter = [UInt64](repeating: 0, count: subdivisionNames.entries.isEmpty ? 0 : 1 << 10)
        for e in subdivisionNames.entries {
            wanted[e.geonameID] = -1
            filter[(e.geonameID >> 6) & 0x3FF] |= 1 << UInt64(e.geonameID & 63)
        }
        for i in 0..<placeCount {
            let at = places.lowerBound + i * GazetteerFormat.placeBytes
            let w0 = bytes.u64(at), w1 = bytes.u64(at + 8)
            guard Int((w0 >> 49) & 0xFF) < countryCount, Int(w1 >> 51) < divisionCount,
                  (w0 >> 24) & 0x1FF_FFFF <= 18_000_000, w1 & 0x3FF_FFFF <= 36_000_000,
                  divisions[Int(w1 >> 51)].country == Int((w0 >> 49) & 0xFF) else {
                throw corrupt("place \(i) has a country, division or coordinates out of range", at: at)
            }
            let id = Int(w0 & 0xFF_FFFF)
            if !filter.isEmpty, filter[(id >> 6) & 0x3FF] & (1 << UInt64(id & 63)) != 0, wanted[id] != nil { wanted[id] = i }
        }
        var extra: [(key: [UInt8], place: Int)] = []
        extra.reserveCapacity(subdivisionNames.entries.count)
        for e in subdivisionNames.entries {
            guard let place = wanted[e.geonameID], place >= 0 else {
                throw GazetteerError("\(subdivisionNames.file):\(e.line): error: GeoNames id \(e.geonameID) is not a place of \(file)")
            }
            let country = countries[Int((bytes.u64(places.lowerBound + place * GazetteerFormat.placeBytes) >> 49) & 0xFF)].iso2
            guard country == e.countryCode else {
                throw GazetteerError("\(subdivisionNames.file):\(e.line): error: place \(e.geonameID) is in \(country), not in the country of \(e.subdivision)")
            }
            extra.append((Array(e.key.utf8), place))
        }
        extra.sort { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.place < $1.place }
        var extraKeys: [(key: [UInt8], places: [Int])] = []
        for e in extra {
            if let last = extraKeys.last, last.key == e.key {
                if last.places.last != e.place { extraKeys[extraKeys.count - 1].places.append(e.place) }
            } else {
                extraKeys.append((e.key, [e.place]))
            }
        }
        self.extraKeys = extraKeys
        source = String(decoding: b[sections[S.source.rawValue]], as: UTF8.self).trimmingWhitespace
        resolver = CountryResolver(countries: countries, names: countryNames)
    }

    /// zlib's CRC-32 of every byte of `b` but the checksum's own four.
    private static func checksum(_ b: UnsafeRawBufferPointer) -> Int {
        let field = GazetteerFormat.checksumOffset..<(GazetteerFormat.checksumOffset + 4)
        var crc = crc32_z(0, nil, 0)
        for part in [0..<field.lowerBound, field.upperBound..<b.count] where !part.isEmpty {
            crc = crc32_z(crc, b.baseAddress!.advanced(by: part.lowerBound).assumingMemoryBound(to: Bytef.self), part.count)
        }
        return Int(UInt32(truncatingIfNeeded: crc))
    }

    // MARK: Countries

    /// The ISO 3166-1 alpha-2 code of the country `text` names (a code or a name in en/zh/vi/th,
    /// see `CountryResolver`), or nil.
    package func country(_ text: String) -> String? { resolver.index(text).map { countries[$0].iso2 } }

    /// The country with ISO 3166-1 alpha-2 code `iso2`.
    package func countryInfo(_ iso2: String) -> GazetteerCountry? { resolver.index(iso2).map { countries[$0] } }

    // MARK: Lookup

    /// The place with GeoNames id `geonameID`, if the gazetteer has it.
    package func place(geonameID: Int) throws -> Candidate? {
        for i in 0..<placeCount where record(i).id == geonameID {
            return try candidate(Hit(place: i, match: .name, isName: true, matchesAdmin: false, record: record(i)))
        }
        return nil
    }

    /// Every place that `name` may mean, best first: matches of the name as written before those
    /// without administrative words, then places in the division the `admin` hint (or a
    /// qualifier of the name) names, then the weightiest (see `resolve`). `country`, when given, is a code or
    /// name that `country(_:)` reads, and limits the places to that country (a country it cannot
    /// read matches nothing).
    package func candidates(name: String, country: String? = nil, admin: String? = nil, limit: Int = 10) throws -> [Candidate] {
        guard let found = try lookup(name: name, country: country, admin: admin) else { return [] }
        return try found.hits.sorted(by: Self.ranked).prefix(max(0, limit)).map(candidate)
    }

    /// What `name` resolves to (see `candidates` for `country` and `admin`):
    ///
    /// - the places considered are those that match the name as written, or, when none does,
    ///   those that match without administrative words; of these, those in the division the admin
    ///   hint names, when any is;
    /// - each weighs its population, five times (`ownNameWeight`) when the name is its own GeoNames
    ///   name rather than only an alternate name;
    /// - one place is `.unique`; of several, the weightiest is `.unique` when it weighs at least
    ///   `dominance` (4) times the next, or `capitalDominance` (2) times when it is its country's
    ///   capital and the next is not;
    /// - also `.unique`, the weightiest, when all the places that weigh at least a quarter of it lie
    ///   within `sameSpotKilometres` (25 km) of it: a district and its seat are one spot on a map;
    /// - otherwise `.ambiguous`, listing the places that weigh at least a quarter of the top
    ///   (Springfield, US: Missouri, Massachusetts, Illinois, Oregon, Ohio, ...);
    /// - also `.ambiguous` when the name as written matches only places far lighter (a quarter or
    ///   less) than one it matches without administrative words, unless the admin hint decided;
    /// - `.unknown` when nothing matches.
    package func resolve(name: String, country: String? = nil, admin: String? = nil) throws -> Resolution {
        guard let found = try lookup(name: name, country: country, admin: admin), !found.hits.isEmpty else { return .unknown }
        let bestMatch: Candidate.Match = found.hits.contains { $0.match == .name } ? .name : .withoutAffixes
        var pool = found.hits.filter { $0.match == bestMatch }
        let adminDecided = pool.contains { $0.matchesAdmin }
        if adminDecided { pool = pool.filter(\.matchesAdmin) }
        pool.sort(by: Self.byProminence)
        let top = pool[0]
        if bestMatch == .name, !adminDecided,
           let bigger = found.hits.filter({ $0.match == .withoutAffixes }).sorted(by: Self.byProminence).first,
           bigger.weight >= Self.dominance * max(1, top.weight) {
            return .ambiguous(try [top, bigger].map(candidate))
        }
        guard pool.count > 1 else { return .unique(try candidate(top)) }
        let next = pool[1]
        let p = top.weight, q = next.weight
        let capitalDecides = top.record.isCapital && !next.record.isCapital && p >= Self.capitalDominance * q
        if p > q, p >= Self.dominance * q || capitalDecides { return .unique(try candidate(top)) }
        let close = pool.prefix { Self.dominance * $0.weight >= p }
        let listed = close.count >= 2 ? Array(close) : Array(pool.prefix(2))
        // Places so near each other that a map cannot tell them apart are one answer: the district
        // and its seat, a town and its namesake suburb.
        if listed.allSatisfy({ Self.kilometres(top.record, $0.record) <= Self.sameSpotKilometres }) { return .unique(try candidate(top)) }
        return .ambiguous(try listed.prefix(Self.ambiguityListLimit).map(candidate))
    }

    /// What a row with several names (its English, Chinese, Vietnamese and Thai names, say)
    /// resolves to: each name is resolved alone and names that match nothing are ignored; when
    /// the others agree on one place (a unique resolution that every ambiguous one lists) it is
    /// `.unique`, when they point at different places `.ambiguous`, and `.unknown` when no name
    /// matches.
    package func resolve(names: [String], country: String? = nil, admin: String? = nil) throws -> Resolution {
        let resolutions = try names.filter { !$0.trimmingWhitespace.isEmpty }.map { try resolve(name: $0, country: country, admin: admin) }
        var uniques: [Candidate] = []
        var lists: [[Candidate]] = []
        for r in resolutions {
            switch r {
            case .unique(let c): if !uniques.contains(where: { $0.geonameID == c.geonameID }) { uniques.append(c) }
            case .ambiguous(let cs): lists.append(cs)
            case .unknown: break
            }
        }
        if uniques.count > 1 { return .ambiguous(uniques) }
        if let only = uniques.first {
            if lists.allSatisfy({ $0.contains { $0.geonameID == only.geonameID } }) { return .unique(only) }
            return .ambiguous([only] + lists.flatMap { $0 }.filter { $0.geonameID != only.geonameID })
        }
        guard var common = lists.first else { return .unknown }
        for list in lists.dropFirst() {
            let ids = Set(list.map(\.geonameID))
            common = common.filter { ids.contains($0.geonameID) }
        }
        if common.count == 1 { return .unique(common[0]) }
        return .ambiguous(common.isEmpty ? lists[0] : common)
    }

    // MARK: Inside

    /// A place's fixed-width record.
    struct Record: Sendable {
        var id: Int
        var latitudeE5: Int
        var longitudeE5: Int
        var country: Int
        var isCapital: Bool
        var population: Int
        var division: Int
    }

    struct Hit: Sendable {
        var place: Int
        var match: Candidate.Match
        /// Whether the place's own GeoNames name matched (not only an alternate name).
        var isName: Bool
        var matchesAdmin: Bool
        var record: Record

        /// The population, counted `ownNameWeight` times when the place's own name matched: a place
        /// called so outweighs one that only some alternate name calls so (Nanning, not Qujing,
        /// one of whose old names was Nanning).
        var weight: Int { record.population * (isName ? Gazetteer.ownNameWeight : 1) }
    }

    func record(_ i: Int) -> Record {
        let at = sections[GazetteerFormat.Section.places.rawValue].lowerBound + i * GazetteerFormat.placeBytes
        let w0 = bytes.u64(at), w1 = bytes.u64(at + 8)
        return Record(id: Int(w0 & 0xFF_FFFF), latitudeE5: Int((w0 >> 24) & 0x1FF_FFFF) - 9_000_000,
                      longitudeE5: Int(w1 & 0x3FF_FFFF) - 18_000_000, country: Int((w0 >> 49) & 0xFF),
                      isCapital: (w0 >> 57) & 1 == 1, population: Int((w1 >> 26) & 0x1FF_FFFF), division: Int(w1 >> 51))
    }

    /// Great-circle distance between two places, on a sphere of 6371 km.
    static func kilometres(_ a: Record, _ b: Record) -> Double {
        let p = Double.pi / 180 / 100_000
        let (la, lb) = (Double(a.latitudeE5) * p, Double(b.latitudeE5) * p)
        let dl = Double(b.longitudeE5 - a.longitudeE5) * p
        let h = pow(sin((lb - la) / 2), 2) + cos(la) * cos(lb) * pow(sin(dl / 2), 2)
        return 12742 * asin(min(1, h.squareRoot()))
    }

    /// Larger weight first, then capitals, then the lower GeoNames id (so the order never depends on chance).
    static func byProminence(_ a: Hit, _ b: Hit) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.record.isCapital != b.record.isCapital { return a.record.isCapital }
        return a.record.id < b.record.id
    }

    static func ranked(_ a: Hit, _ b: Hit) -> Bool {
        if a.match != b.match { return a.match == .name }
        if a.matchesAdmin != b.matchesAdmin { return a.matchesAdmin }
        return byProminence(a, b)
    }

    private struct Found {
        var hits: [Hit]
    }

    /// The places `name` matches, in the country given or named by a qualifier, marked with how
    /// they matched and whether they lie in the division the hint names; nil when `country` is
    /// given and cannot be read.
    private func lookup(name: String, country: String?, admin: String?) throws -> Found? {
        var countryIndex: Int?
        if let country, !country.trimmingWhitespace.isEmpty {
            guard let i = resolver.index(country) else { return nil }
            countryIndex = i
        }
        // A Chinese name is also looked up in the other script: GeoNames often has only 河內 for Hanoi, 西雅圖 for Seattle.
        let written = [QueryForms(name)] + QueryForms.hanVariants(name).map(QueryForms.init)
        let forms = written[0]
        var matches: [Int: (match: Candidate.Match, isName: Bool)] = [:]
        for form in written {
            for p in try places(forKey: form.exact) where matches[p.place] == nil { matches[p.place] = (.name, p.isName) }
        }
        for key in written.flatMap(\.stripped) {
            for p in try places(forKey: key) where matches[p.place] == nil { matches[p.place] = (.withoutAffixes, p.isName) }
        }
        var hits = matches.map {
            Hit(place: $0.key, match: $0.value.match, isName: $0.value.isName, matchesAdmin: false, record: record($0.key))
        }
        var hints = [admin].compactMap { $0 }.filter { !$0.trimmingWhitespace.isEmpty }
        if let countryIndex {
            hits = hits.filter { $0.record.country == countryIndex }
            hints += forms.qualifiers
        } else {
            // A qualifier that names a country limits the places to it, when that leaves any
            // ("Córdoba (Spain)"); otherwise it is a division hint ("Atlanta (Georgia)").
            for q in forms.qualifiers {
                if let i = resolver.index(q), hits.contains(where: { $0.record.country == i }) {
                    hits = hits.filter { $0.record.country == i }
                } else {
                    hints.append(q)
                }
            }
        }
        // A hint names a division by its code or name, alone or after the country's code ("US-IL").
        let hintKeys = Set(hints.map(NameFolding.key).filter { !$0.isEmpty })
        if !hintKeys.isEmpty {
            var matching: [Int: Bool] = [:]
            for i in hits.indices {
                let d = hits[i].record.division
                if matching[d] == nil {
                    let division = divisions[d]
                    let keys = [division.code, division.name].compactMap { $0 }.map(NameFolding.key).filter { !$0.isEmpty }
                    let iso = countries[division.country].iso2.lowercased()
                    matching[d] = keys.contains { hintKeys.contains($0) || hintKeys.contains(iso + $0) }
                }
                hits[i].matchesAdmin = matching[d]!
            }
            // When no division is called so (the data names only the US states), a hint may name
            // a place in it, its seat say: "Tomioka (Fukushima)" is the Tomioka in the division of
            // the most populous Fukushima of Japan.
            if !hits.contains(where: \.matchesAdmin) {
                let countries = Set(hits.map(\.record.country))
                var hinted: Set<Int> = []
                for key in hintKeys {
                    var largest: [Int: Record] = [:]
                    for p in try places(forKey: key) {
                        let r = record(p.place)
                        if countries.contains(r.country), largest[r.country].map({ r.population > $0.population }) ?? true { largest[r.country] = r }
                    }
                    hinted.formUnion(largest.values.map(\.division))
                }
                for i in hits.indices where hinted.contains(hits[i].record.division) { hits[i].matchesAdmin = true }
            }
        }
        return Found(hits: hits)
    }

    /// The places whose name or an alternate name folds to `key`, and for each whether it is its
    /// own name (GeoNames' name, not an alternate one) that does: the file's, then those that a
    /// subdivision name alone finds, as an alternate name.
    func places(forKey key: String) throws -> [(place: Int, isName: Bool)] {
        let indexed = try indexedPlaces(forKey: key)
        guard !extraKeys.isEmpty else { return indexed }
        let k = Array(key.utf8)
        var lo = 0, hi = extraKeys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if extraKeys[mid].key.lexicographicallyPrecedes(k) { lo = mid + 1 } else { hi = mid }
        }
        guard lo < extraKeys.count, extraKeys[lo].key == k else { return indexed }
        return indexed + extraKeys[lo].places.filter { p in !indexed.contains { $0.place == p } }.map { ($0, false) }
    }

    /// The places the file's index has for `key` (see `places(forKey:)`).
    func indexedPlaces(forKey key: String) throws -> [(place: Int, isName: Bool)] {
        let k = Array(key.utf8)
        guard !k.isEmpty, keyBlockCount > 0 else { return [] }
        let heads = sections[GazetteerFormat.Section.keyHeads.rawValue]
        let headEnds = sections[GazetteerFormat.Section.headEnds.rawValue].lowerBound
        func head(_ i: Int) -> UnsafeRawBufferPointer.SubSequence {
            bytes.buffer[(heads.lowerBound + bytes.u32(headEnds + 4 * i))..<(heads.lowerBound + bytes.u32(headEnds + 4 * i + 4))]
        }
        // The last block whose first key is at most `key`.
        var lo = 0, hi = keyBlockCount
        while lo < hi {
            let mid = (lo + hi) / 2
            if !k.lexicographicallyPrecedes(head(mid)) { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return [] }
        let block = lo - 1
        let ends = sections[GazetteerFormat.Section.blockEnds.rawValue].lowerBound
        let data = sections[GazetteerFormat.Section.keyBlocks.rawValue]
        let range = (data.lowerBound + bytes.u32(ends + 4 * block))..<(data.lowerBound + bytes.u32(ends + 4 * block + 4))
        var reader = BlockReader(try bytes.inflate(range, file: file))
        func corrupt() -> GazetteerError { GazetteerError.corrupt(file, "key block \(block) is malformed", at: range.lowerBound) }
        var current: [UInt8] = []
        var entries = 0
        while !reader.atEnd {
            entries += 1
            guard entries <= keysPerBlock, let shared = reader.varint(), let more = reader.varint(),
                  shared <= current.count, more <= reader.bytes.count - reader.position else { throw corrupt() }
            current.removeSubrange(shared...)
            current += reader.bytes[reader.position..<(reader.position + more)]
            reader.position += more
            guard let count = reader.varint(), count >= 1, count <= placeCount else { throw corrupt() }
            if current == k {
                var out: [(place: Int, isName: Bool)] = []
                out.reserveCapacity(count)
                var posting = 0
                for n in 0..<count {
                    guard let step = reader.varint() else { throw corrupt() }
                    posting = n == 0 ? step : posting + step
                    guard posting / 2 < placeCount, n == 0 || step > 0 else { throw corrupt() }
                    out.append((posting / 2, posting % 2 == 1))
                }
                return out
            }
            if k.lexicographicallyPrecedes(current) { return [] }
            for _ in 0..<count { guard reader.varint() != nil else { throw corrupt() } }
        }
        return []
    }

    /// Calls `body` with every key of the file in order and its postings (each block inflated once).
    func forEachKey(_ body: (_ key: [UInt8], _ postings: [(place: Int, isName: Bool)]) throws -> Void) throws {
        let ends = sections[GazetteerFormat.Section.blockEnds.rawValue].lowerBound
        let data = sections[GazetteerFormat.Section.keyBlocks.rawValue]
        for block in 0..<keyBlockCount {
            let range = (data.lowerBound + bytes.u32(ends + 4 * block))..<(data.lowerBound + bytes.u32(ends + 4 * block + 4))
            var reader = BlockReader(try bytes.inflate(range, file: file))
            let corrupt = GazetteerError.corrupt(file, "key block \(block) is malformed", at: range.lowerBound)
            var current: [UInt8] = []
            while !reader.atEnd {
                guard let shared = reader.varint(), let more = reader.varint(), shared <= current.count,
                      more <= reader.bytes.count - reader.position else { throw corrupt }
                current.removeSubrange(shared...)
                current += reader.bytes[reader.position..<(reader.position + more)]
                reader.position += more
                guard let count = reader.varint() else { throw corrupt }
                var postings: [(place: Int, isName: Bool)] = []
                var posting = 0
                for n in 0..<count {
                    guard let step = reader.varint() else { throw corrupt }
                    posting = n == 0 ? step : posting + step
                    postings.append((posting / 2, posting % 2 == 1))
                }
                try body(current, postings)
            }
        }
    }

    /// Every place's names in place order (see `names`), each block inflated once.
    func allNames() throws -> [(name: String, zh: String, th: String, vi: String)] {
        var out: [(name: String, zh: String, th: String, vi: String)] = []
        out.reserveCapacity(placeCount)
        let ends = sections[GazetteerFormat.Section.nameEnds.rawValue].lowerBound
        let data = sections[GazetteerFormat.Section.nameBlocks.rawValue]
        for block in 0..<((placeCount + placesPerNameBlock - 1) / placesPerNameBlock) {
            let range = (data.lowerBound + bytes.u32(ends + 4 * block))..<(data.lowerBound + bytes.u32(ends + 4 * block + 4))
            var reader = BlockReader(try bytes.inflate(range, file: file))
            for _ in 0..<min(placesPerNameBlock, placeCount - block * placesPerNameBlock) {
                guard let name = reader.string(), let zh = reader.string(), let th = reader.string(), let vi = reader.string() else {
                    throw GazetteerError.corrupt(file, "name block \(block) is malformed", at: range.lowerBound)
                }
                out.append((name, zh, th, vi))
            }
        }
        return out
    }

    /// The names of place `i`: GeoNames' name, and the zh, th and vi names ("" where none).
    func names(_ i: Int) throws -> (name: String, zh: String, th: String, vi: String) {
        let block = i / placesPerNameBlock
        let ends = sections[GazetteerFormat.Section.nameEnds.rawValue].lowerBound
        let data = sections[GazetteerFormat.Section.nameBlocks.rawValue]
        let range = (data.lowerBound + bytes.u32(ends + 4 * block))..<(data.lowerBound + bytes.u32(ends + 4 * block + 4))
        var reader = BlockReader(try bytes.inflate(range, file: file))
        for _ in 0..<(4 * (i % placesPerNameBlock)) {
            guard let n = reader.varint(), n <= reader.bytes.count - reader.position else {
                throw GazetteerError.corrupt(file, "name block \(block) is malformed", at: range.lowerBound)
            }
            reader.position += n
        }
        guard let name = reader.string(), let zh = reader.string(), let th = reader.string(), let vi = reader.string(), !name.isEmpty else {
            throw GazetteerError.corrupt(file, "name block \(block) is malformed", at: range.lowerBound)
        }
        return (name, zh, th, vi)
    }

    func candidate(_ hit: Hit) throws -> Candidate {
        let r = hit.record
        let n = try names(hit.place)
        var names: [NameLanguage: String] = [.en: n.name]
        if !n.zh.isEmpty { names[.zh] = n.zh }
        if !n.th.isEmpty { names[.th] = n.th }
        if !n.vi.isEmpty { names[.vi] = n.vi }
        let country = countries[r.country]
        let division = divisions[r.division]
        return Candidate(geonameID: r.id, name: n.name, names: names, population: r.population,
                         latitude: Double(r.latitudeE5) / 1e5, longitude: Double(r.longitudeE5) / 1e5,
                         countryCode: country.iso2, countryISO3: country.iso3, countryName: country.name,
                         continent: country.continent, admin1Code: division.code, admin1Name: division.name,
                         isCapital: r.isCapital, match: hit.match, matchesOwnName: hit.isName, matchesAdmin: hit.matchesAdmin)
    }
}
