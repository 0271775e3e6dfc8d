import CSystemZlib

/// The checksum of a level file: zlib's CRC-32 (as in PNG and gzip) of all its bytes but the
/// four at `CompactFormat.checksumOffset` that hold it. A CRC-32 catches every change of up to
/// 32 consecutive bits and all but one in 4 billion larger ones.
enum LevelChecksum {
    /// The checksum of a file of at least `CompactFormat.headerSize` bytes.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let field = CompactFormat.checksumOffset..<(CompactFormat.checksumOffset + 4)
        precondition(bytes.count >= field.upperBound, "a level file's checksum covers a whole header")
        var crc = crc32_z(0, nil, 0)
        for part in [0..<field.lowerBound, field.upperBound..<bytes.count] where !part.isEmpty {
            let start = bytes.baseAddress!.advanced(by: part.lowerBound).assumingMemoryBound(to: Bytef.self)
            crc = crc32_z(crc, start, part.count)
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}
