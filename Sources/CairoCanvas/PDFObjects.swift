/// The objects of a PDF file as Cairo writes it: numbered objects one after another, a classic
/// cross-reference table with one subsection, a trailer. Lets the canvas change objects Cairo
/// cannot be asked to write differently (stream compression, page boxes) and rebuild the file
/// with a correct cross-reference table.
struct PDFObjects {
    /// A stream inside an object: where its dictionary, /Length value and data are in the file.
    struct Stream {
        /// Just after the dictionary's opening `<<`.
        var dictionaryOpen: Int
        /// The /Length value's digits (the object number when it is a reference).
        var lengthValue: Range<Int>
        /// The object holding the length, when /Length is a reference (`N 0 R`).
        var lengthObject: Int?
        var data: Range<Int>
        /// Whether the dictionary names a /Filter (the data is already encoded).
        var filtered: Bool
    }

    struct Object {
        var number: Int
        /// The object's bytes, up to where the next object (or the cross-reference table) starts.
        var span: Range<Int>
        var stream: Stream?
    }

    let bytes: [UInt8]
    /// Objects in file order.
    private(set) var objects: [Object] = []
    /// Everything before the first object (header and binary comment).
    private let head: Range<Int>
    /// The cross-reference entries (20 bytes each), numbered from 0.
    private let entries: [ArraySlice<UInt8>]
    /// From `trailer` up to `startxref`.
    private let trailer: Range<Int>

    struct Malformed: Error { var what: String }

    init(_ pdf: [UInt8]) throws {
        bytes = pdf
        guard let startxref = Self.lastIndex(of: "startxref", in: pdf) else { throw Malformed(what: "no startxref") }
        var cursor = startxref + 9
        guard let xrefOffset = Self.integer(in: pdf, at: &cursor), xrefOffset < pdf.count,
              Self.matches("xref", in: pdf, at: xrefOffset) else { throw Malformed(what: "no cross-reference table") }
        cursor = xrefOffset + 4
        guard let first = Self.integer(in: pdf, at: &cursor), first == 0,
              let count = Self.integer(in: pdf, at: &cursor) else { throw Malformed(what: "unexpected cross-reference subsection") }
        while cursor < pdf.count, pdf[cursor] == 0x0D || pdf[cursor] == 0x0A || pdf[cursor] == 0x20 { cursor += 1 }
        guard cursor + 20 * count <= pdf.count else { throw Malformed(what: "truncated cross-reference table") }
        entries = (0..<count).map { pdf[(cursor + 20 * $0)..<(cursor + 20 * $0 + 20)] }
        cursor += 20 * count
        guard Self.matches("trailer", in: pdf, at: cursor) else { throw Malformed(what: "more than one cross-reference subsection") }
        trailer = cursor..<startxref

        var starts: [(offset: Int, number: Int)] = []
        for (number, entry) in entries.enumerated() where entry[entry.startIndex + 17] == UInt8(ascii: "n") {
            var at = entry.startIndex
            guard let offset = Self.integer(in: pdf, at: &at), offset < xrefOffset else { throw Malformed(what: "object \(number) outside the file") }
            starts.append((offset, number))
        }
        starts.sort { $0.offset < $1.offset }
        guard let firstOffset = starts.first?.offset else { throw Malformed(what: "no objects") }
        head = 0..<firstOffset
        for (k, s) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].offset : xrefOffset
            objects.append(Object(number: s.number, span: s.offset..<end, stream: try Self.stream(in: pdf, s.offset..<end)))
        }
        // Resolve lengths given by reference, and check that every stream ends where it says.
        let byNumber = Dictionary(uniqueKeysWithValues: objects.map { ($0.number, $0) })
        for k in objects.indices {
            guard var stream = objects[k].stream else { continue }
            let length: Int
            if let ref = stream.lengthObject {
                guard let holder = byNumber[ref], let value = Self.objectInteger(in: pdf, holder.span) else {
                    throw Malformed(what: "length object \(ref) of object \(objects[k].number) not found")
                }
                length = value.value
            } else {
                var at = stream.lengthValue.lowerBound
                length = Self.integer(in: pdf, at: &at) ?? -1
            }
            let end = stream.data.lowerBound + length
            var after = end
            while after < objects[k].span.upperBound, pdf[after] == 0x0D || pdf[after] == 0x0A { after += 1 }
            guard length >= 0, end <= objects[k].span.upperBound, Self.matches("endstream", in: pdf, at: after) else {
                throw Malformed(what: "stream of object \(objects[k].number) does not end at its /Length")
            }
            stream.data = stream.data.lowerBound..<end
            objects[k].stream = stream
        }
    }

    /// The file with some objects' bytes replaced (by object number), every object at its new
    /// offset in a rebuilt cross-reference table.
    func rebuilt(replacing replacements: [Int: [UInt8]]) -> [UInt8] {
        var out = Array(bytes[head])
        out.reserveCapacity(bytes.count)
        var offsets: [Int: Int] = [:]
        for object in objects {
            offsets[object.number] = out.count
            if let r = replacements[object.number] { out += r } else { out += bytes[object.span] }
        }
        let xref = out.count
        out += Array("xref\n0 \(entries.count)\n".utf8)
        for (number, entry) in entries.enumerated() {
            if let offset = offsets[number] {
                let digits = String(offset)
                out += Array((String(repeating: "0", count: max(0, 10 - digits.count)) + digits).utf8)
                out += entry.dropFirst(10)
            } else {
                out += entry
            }
        }
        out += bytes[trailer]
        out += Array("startxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// Replacements (by object number) that give `object` new, encoded stream data under a
    /// /Filter, with its length (kept in the dictionary or in the object it refers to) updated.
    func encodingStream(of object: Object, as data: [UInt8], filter: String) -> [Int: [UInt8]] {
        guard let s = object.stream else { return [:] }
        let count = Array(String(data.count).utf8)
        var replacements: [Int: [UInt8]] = [:]
        var head = Array(bytes[object.span.lowerBound..<s.dictionaryOpen]) + Array(" /Filter /\(filter)".utf8)
        if let ref = s.lengthObject, let holder = objects.first(where: { $0.number == ref }),
           let value = Self.objectInteger(in: bytes, holder.span) {
            head += bytes[s.dictionaryOpen..<s.data.lowerBound]
            replacements[ref] = Array(bytes[holder.span.lowerBound..<value.digits.lowerBound]) + count
                + bytes[value.digits.upperBound..<holder.span.upperBound]
        } else {
            head += bytes[s.dictionaryOpen..<s.lengthValue.lowerBound] + count + bytes[s.lengthValue.upperBound..<s.data.lowerBound]
        }
        replacements[object.number] = head + data + bytes[s.data.upperBound..<object.span.upperBound]
        return replacements
    }

    /// The value of an object that holds only an integer (`N 0 obj 1234 endobj`) and where its digits are.
    static func objectInteger(in pdf: [UInt8], _ span: Range<Int>) -> (value: Int, digits: Range<Int>)? {
        guard let obj = firstIndex(of: "obj", in: pdf, span) else { return nil }
        var at = obj + 3
        while at < span.upperBound, isSpace(pdf[at]) { at += 1 }
        let start = at
        guard let value = integer(in: pdf, at: &at), at <= span.upperBound else { return nil }
        return (value, start..<at)
    }

    // MARK: scanning

    private static func stream(in pdf: [UInt8], _ span: Range<Int>) throws -> Stream? {
        guard let keyword = firstIndex(of: "stream", in: pdf, span) else { return nil }
        // The keyword must follow the dictionary's closing >>.
        var before = keyword - 1
        while before > span.lowerBound, isSpace(pdf[before]) { before -= 1 }
        guard before > span.lowerBound, pdf[before] == UInt8(ascii: ">"), pdf[before - 1] == UInt8(ascii: ">") else { return nil }
        var dataStart = keyword + 6
        if dataStart < span.upperBound, pdf[dataStart] == 0x0D { dataStart += 1 }
        guard dataStart < span.upperBound, pdf[dataStart] == 0x0A else { throw Malformed(what: "no end of line after stream") }
        dataStart += 1
        let dictionary = span.lowerBound..<keyword
        guard let open = firstIndex(of: "<<", in: pdf, dictionary) else { throw Malformed(what: "stream without a dictionary") }
        // /Length, not /Length1 and the like.
        var key = open
        repeat {
            guard let k = firstIndex(of: "/Length", in: pdf, key..<keyword) else { throw Malformed(what: "stream without /Length") }
            key = k + 7
        } while key < keyword && !isSpace(pdf[key])
        var at = key
        while at < keyword, isSpace(pdf[at]) { at += 1 }
        let valueStart = at
        guard let value = integer(in: pdf, at: &at) else { throw Malformed(what: "unreadable /Length") }
        let valueEnd = at
        // `N 0 R` makes it a reference.
        var probe = at
        var lengthObject: Int?
        if integer(in: pdf, at: &probe) == 0 {
            while probe < keyword, isSpace(pdf[probe]) { probe += 1 }
            if probe < keyword, pdf[probe] == UInt8(ascii: "R") { lengthObject = value }
        }
        return Stream(dictionaryOpen: open + 2, lengthValue: valueStart..<valueEnd, lengthObject: lengthObject,
                      data: dataStart..<dataStart, filtered: firstIndex(of: "/Filter", in: pdf, dictionary) != nil)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// Reads a non-negative integer after optional white space; advances `at` past it.
    private static func integer(in pdf: [UInt8], at: inout Int) -> Int? {
        var i = at
        while i < pdf.count, isSpace(pdf[i]) { i += 1 }
        var value = 0, digits = 0
        while i < pdf.count, pdf[i] >= 0x30, pdf[i] <= 0x39, digits < 18 {
            value = value * 10 + Int(pdf[i] - 0x30); i += 1; digits += 1
        }
        guard digits > 0 else { return nil }
        at = i
        return value
    }

    private static func matches(_ s: String, in pdf: [UInt8], at i: Int) -> Bool {
        let needle = Array(s.utf8)
        return i >= 0 && i + needle.count <= pdf.count && pdf[i..<(i + needle.count)].elementsEqual(needle)
    }

    private static func firstIndex(of s: String, in pdf: [UInt8], _ range: Range<Int>) -> Int? {
        let needle = Array(s.utf8)
        guard range.count >= needle.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if pdf[i] == needle[0] && pdf[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func lastIndex(of s: String, in pdf: [UInt8]) -> Int? {
        let needle = Array(s.utf8)
        var i = pdf.count - needle.count
        while i >= 0 {
            if pdf[i] == needle[0] && pdf[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
