import CSystemZlib
import Foundation

/// Layout of a gazetteer file (`geodata/gazetteer/cities500.pmg`, written by
/// `scripts/fetch-gazetteer.sh`), all integers little-endian.
///
/// Header (128 bytes):
///
///     0  "PMGZ"            4  u32 format version (1)
///     8  u32 checksum: zlib's CRC-32 of every byte before the key blocks but these four (the blocks
///        carry their own zlib Adler-32, checked when a lookup inflates one)
///     12 u32 file bytes    16 u32 places   20 u32 keys   24 u32 key blocks   28 u32 name blocks
///     32 u32 keys per key block (the last may hold fewer)   36 u32 places per name block
///     40 u32 countries     44 u32 first-level divisions
///     48 ten (u32 offset, u32 bytes) pairs, one per section below; the rest zero
///
/// Sections:
///
///     countries   UTF-8 lines `ISO2 \t ISO3 \t continent code \t GeoNames name \t capital's place number or empty`,
///                 sorted by ISO2; a place's country is a line number
///     divisions   UTF-8 lines `country line \t admin1 code \t admin1 name or empty`, sorted by country and code
///     places      16 bytes a place, as two u64:
///                   w0 = GeoNames id (24 bits) | (lat·10⁵ + 9,000,000) (25) << 24 | country (8) << 49 | flags (7) << 57
///                   w1 = (lon·10⁵ + 18,000,000) (26) | population (25) << 26 | division (13) << 51
///                 flags: 1 = the country's capital. Places are numbered in the order of their name's key.
///     key heads   the first key of each key block, back to back
///     head ends   u32 offset of each block's first key in key heads, and one past the last
///     block ends  u32 offset of each key block in key blocks, and one past the last
///     name ends   u32 offset of each name block in name blocks, and one past the last
///     source      one UTF-8 line: where the data comes from and its licence
///     key blocks  each: u32 byte count of the block, then the block as one zlib stream. A block holds
///                 up to `keys per key block` keys in byte order, each as varint bytes shared with the
///                 key before it in the block, varint bytes more, those bytes, varint posting count,
///                 the first posting and then the differences to each next one (ascending); a
///                 posting is the place's number × 2, plus 1 when the key is that of the place's
///                 own GeoNames name (not only of an alternate name)
///     name blocks each: u32 byte count, then one zlib stream holding, for each of `places per name
///                 block` places in order, four strings (varint byte count, UTF-8): the GeoNames name
///                 and the zh, th and vi names ("" where none is certain)
///
/// Varints are unsigned LEB128. A key is a name or alternate name folded by `NameFolding.key`.
/// A reader checks the magic, version, length and checksum before it trusts any other byte;
/// every count, offset and place number is range-checked before use.
enum GazetteerFormat {
    static let magic: [UInt8] = Array("PMGZ".utf8)
    static let version: UInt32 = 1
    static let headerSize = 128
    static let checksumOffset = 8
    static let sectionCount = 10
    static let placeBytes = 16
    /// The most a block may inflate to: far above the 128 keys or 64 places that one holds.
    static let maxBlockBytes = 1 << 22

    enum Section: Int, CaseIterable {
        case countries, divisions, places, keyHeads, headEnds, blockEnds, nameEnds, source, keyBlocks, nameBlocks
    }
}

/// A gazetteer file that cannot be read or is not valid.
package struct GazetteerError: Error, CustomStringConvertible, LocalizedError, Sendable, Equatable {
    package var description: String
    package init(_ description: String) { self.description = description }
    package var errorDescription: String? { description }

    /// `FILE: error: at byte offset N: not a valid gazetteer: MESSAGE`.
    static func corrupt(_ file: String, _ message: String, at offset: Int) -> GazetteerError {
        GazetteerError("\(file): error: at byte offset \(offset): not a valid gazetteer: \(message)")
    }
}

/// The bytes of a gazetteer file, mapped from the file (so that loading reads only what is
/// touched) or copied from memory; immutable once made.
final class GazetteerBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    private let mapped: Bool

    init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw GazetteerError("\(path): error: cannot open the gazetteer (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw GazetteerError("\(path): error: the gazetteer is not a regular file")
        }
        let size = Int(info.st_size)
        guard size > 0 else { throw GazetteerError.corrupt(path, "the file is empty", at: 0) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            throw GazetteerError("\(path): error: cannot map the gazetteer (\(String(cString: strerror(errno))))")
        }
        buffer = UnsafeRawBufferPointer(start: address, count: size)
        mapped = true
    }

    init(copying bytes: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        copy.copyBytes(from: bytes)
        buffer = UnsafeRawBufferPointer(start: copy.baseAddress, count: bytes.count)
        mapped = false
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count) } else { buffer.deallocate() }
    }

    func u32(_ offset: Int) -> Int { Int(buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) }
    func u64(_ offset: Int) -> UInt64 { buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian }
}

/// Reads LEB128 varints and strings from inflated block bytes, failing instead of running past them.
struct BlockReader {
    let bytes: [UInt8]
    var position = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position >= bytes.count }

    mutating func varint() -> Int? {
        var value = 0
        var shift = 0
        while position < bytes.count, shift < 35 {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func string() -> String? {
        guard let count = varint(), count <= bytes.count - position else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }
}

extension GazetteerBytes {
    /// Inflates the block at `range` (its u32 byte count, then a zlib stream of that many bytes).
    func inflate(_ range: Range<Int>, file: String) throws -> [UInt8] {
        guard range.count >= 4 else { throw GazetteerError.corrupt(file, "a block is shorter than its length field", at: range.lowerBound) }
        let count = u32(range.lowerBound)
        guard count > 0, count <= GazetteerFormat.maxBlockBytes else {
            throw GazetteerError.corrupt(file, "a block claims \(count) bytes (1 to \(GazetteerFormat.maxBlockBytes))", at: range.lowerBound)
        }
        var out = [UInt8](repeating: 0, count: count)
        var outCount = uLongf(count)
        let source = buffer.baseAddress!.advanced(by: range.lowerBound + 4).assumingMemoryBound(to: Bytef.self)
        let status = out.withUnsafeMutableBytes { dest in
            uncompress(dest.baseAddress!.assumingMemoryBound(to: Bytef.self), &outCount, source, uLong(range.count - 4))
        }
        guard status == Z_OK, Int(outCount) == count else {
            throw GazetteerError.corrupt(file, "a block does not inflate to its \(count) bytes (zlib status \(status))", at: range.lowerBound)
        }
        return out
    }
}
