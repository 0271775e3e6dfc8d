/// Reads fixed-size numbers out of a byte array; callers check ranges with `has` before reading.
struct ByteReader {
    let bytes: [UInt8]

    var count: Int { bytes.count }

    /// Whether `length` bytes starting at `offset` lie inside the data (overflow-safe).
    func has(_ length: Int, at offset: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= bytes.count && length <= bytes.count - offset
    }

    func uint8(at offset: Int) -> UInt8 { bytes[offset] }

    func uint16LE(at offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func uint32LE(at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    func uint32BE(at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(bigEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    func int32LE(at offset: Int) -> Int32 { Int32(bitPattern: uint32LE(at: offset)) }

    func int32BE(at offset: Int) -> Int32 { Int32(bitPattern: uint32BE(at: offset)) }

    func doubleLE(at offset: Int) -> Double {
        bytes.withUnsafeBytes {
            Double(bitPattern: UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        }
    }
}
