/// Appends unsigned LEB128 varints, zigzag-encoded signed values and fixed-size little-endian numbers.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func varint(_ value: Int) { varint(UInt64(value)) }

    mutating func zigzag(_ value: Int) { varint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

    mutating func string(_ text: String) {
        let utf8 = Array(text.utf8)
        varint(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func uint8(_ value: UInt8) { bytes.append(value) }

    mutating func uint16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func uint32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func float64(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
}

/// A bounds-checked cursor over the varints of a level file's body: every value is checked
/// against what it may be before it is used, and a bad one is an error at its byte offset.
struct VarintReader {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    let file: String
    /// Where the value read last starts, which errors about it name.
    private var valueStart: Int

    init(bytes: UnsafeRawBufferPointer, position: Int, file: String) {
        self.bytes = bytes
        self.position = position
        self.file = file
        valueStart = position
    }

    var isAtEnd: Bool { position == bytes.count }

    /// An error about the value read last, or about what starts at `offset`.
    func corrupt(_ message: String, at offset: Int? = nil) -> BasemapError {
        CompactFormat.corrupt(file, message, at: offset ?? valueStart)
    }

    mutating func varint() throws -> UInt64 {
        valueStart = position
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            // The tenth byte holds bit 63 only.
            guard shift < 63 || byte <= 1 else { throw corrupt("number does not fit in 64 bits") }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
        throw corrupt("truncated: the file ends inside a number")
    }

    /// A non-negative count no larger than `limit`.
    mutating func count(atMost limit: Int) throws -> Int {
        let value = try varint()
        guard value <= UInt64(max(limit, 0)) else { throw corrupt("count \(value) exceeds \(max(limit, 0))") }
        return Int(value)
    }

    /// A zigzag-encoded signed value (any 64-bit value, `Int64.min` included).
    mutating func signed() throws -> Int {
        let value = try varint()
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    /// A signed step of at most `limit` either way.
    mutating func step(atMost limit: Int) throws -> Int {
        let value = try signed()
        guard value >= -limit, value <= limit else { throw corrupt("step of \(value) grid units exceeds ±\(limit)") }
        return value
    }

    mutating func string() throws -> String {
        let declared = try varint()
        guard declared <= UInt64(bytes.count - position) else {
            throw corrupt("string of \(declared) bytes, the file has \(bytes.count - position) left")
        }
        let length = Int(declared)
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
    }
}
