/// Layout of a basemap level file (`NAME.LEVEL.pmb`), all integers little-endian.
///
/// Header (88 bytes, then the sources text):
///
///     0  "PMBASEMP"                     8  u16 format version (2) 10 u8 level (0 low, 1 medium, 2 high)
///     11 u8 reserved (0)                12 u32 grid units per degree
///     16 u32 features  20 u32 polygons  24 u32 rings  28 u32 ring points (closing points not counted)
///     32 u32 arcs      36 u32 arc points                40 u32 arc references in rings
///     44 u32 borders   48 u32 coastlines                52 u32 border points   56 u32 coastline points
///     60 f64 simplification tolerance (km²)             68 f64 minimum island area (km²)
///     76 u32 sources text bytes         80 u32 body bytes
///     84 u32 checksum: zlib's CRC-32 of every byte of the file but these four
///
/// A reader checks the magic, the version, the length and the checksum before it trusts any other
/// byte, so a damaged file is refused rather than drawn wrong. Version 1 had an 84-byte header and
/// no checksum; such files are refused with a hint to rebuild them.
///
/// Body, unsigned LEB128 varints (`z` marks zigzag-encoded signed values):
///
///     per feature:  iso2, iso3, continent, name count, (language, name)…  (strings: byte count, UTF-8)
///     per feature:  polygon count
///     per polygon:  ring count
///     per ring:     arc reference count, z references (i = arc i forwards, ~i = arc i backwards)
///     per arc:      point count (≥ 2), then per point z Δx, z Δy from the previous point of the
///                   whole stream (starting at 0, 0), in grid units
///     borders:      count-many arc indices, each as the difference from the previous one
///     coastlines:   likewise
///
/// Arcs are numbered in order of first use by the rings. A ring's arcs chain end to start and
/// the ring closes on its first point. The rings hold at most `maxRingPointsPerArcPoint` times
/// as many points as the arcs (countries that do not overlap use each arc at most twice), which
/// bounds what a small file can make a reader allocate. Nothing in the file depends on time or
/// hash order, so the same input always gives the same bytes.
enum CompactFormat {
    static let magic: [UInt8] = Array("PMBASEMP".utf8)
    static let version: UInt16 = 2
    static let versionOffset = 8
    static let checksumOffset = 84
    static let headerSize = 88
    static let maxRingPointsPerArcPoint = 4
    static let fileExtension = "pmb"

    /// `FILE: error: at byte offset N: not a valid basemap level: MESSAGE`.
    static func corrupt(_ file: String, _ message: String, at offset: Int) -> BasemapError {
        BasemapError(file: file, record: "byte offset \(offset)", "not a valid basemap level: \(message)")
    }
}

/// Counts and parameters from a level file's header.
package struct LevelHeader: Sendable, Equatable {
    package var level: DetailLevel
    package var unitsPerDegree: Int
    package var featureCount: Int
    package var polygonCount: Int
    package var ringCount: Int
    package var pointCount: Int
    package var arcCount: Int
    package var arcPointCount: Int
    package var arcReferenceCount: Int
    package var borderCount: Int
    package var coastlineCount: Int
    package var borderPointCount: Int
    package var coastlinePointCount: Int
    /// Visvalingam–Whyatt tolerance the level was simplified with, km² (0: not simplified).
    package var tolerance: Double
    /// Land masses smaller than this were dropped, km² (0: none dropped).
    package var minIslandArea: Double
    /// Where the data came from.
    package var sources: String
    var bodyByteCount: Int
}
