import Foundation
import Testing
import TestSupport
@testable import PartnerData

/// Lengths (in scalars) of the physical lines of `text` after a leading BOM, split at CR, LF and CRLF.
private func lineLengths(_ text: String) -> [Int] {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var lengths = [0]
    for (i, scalar) in scalars.enumerated() {
        if scalar == "\n" || (scalar == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n")) {
            lengths.append(0)
        } else if scalar != "\r" {
            lengths[lengths.count - 1] += 1
        }
    }
    return lengths
}

/// Parses `text`, which must either give a network or throw `TableErrors` whose every
/// diagnostic points inside the text and says what was expected.
private func parseSurvives(_ text: String) -> Bool {
    let lengths = lineLengths(text)
    func inside(line: Int, column: Int) -> Bool {
        line >= 1 && line <= lengths.count && column >= 1 && column <= lengths[line - 1] + 1
    }
    do {
        let net = try PartnerTable.parse(text: text, file: "fuzz.csv", currentYear: 2025)
        return ([net.hub] + net.partners).allSatisfy { inside(line: $0.line, column: 1) }
    } catch let errors as TableErrors {
        return !errors.diagnostics.isEmpty && errors.diagnostics.allSatisfy {
            $0.file == "fuzz.csv" && inside(line: $0.line, column: $0.column) && $0.message.contains("(expected ")
        }
    } catch {
        return false
    }
}

/// Whether every field that `RecordReader` locates in `text` really starts where its span says:
/// at its opening quote, at its first scalar, or (when empty) at a separator or the end.
/// A leading byte order mark takes no column.
private func spansPointAtTheirFields(_ text: String) -> Bool {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var lineStarts = [0]
    for (i, scalar) in scalars.enumerated()
    where scalar == "\n" || (scalar == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n")) {
        lineStarts.append(i + 1)
    }
    return Array(RecordReader(text: text)).allSatisfy { record in
        zip(record.fields, record.spans).allSatisfy { field, span in
            let offset = lineStarts[span.position.line - 1] + span.position.column - 1
            let rest = scalars[offset...]
            if span.quoted { return rest.first == "\"" }
            if field.isEmpty { return rest.first.map { ",\r\n".unicodeScalars.contains($0) } ?? true }
            return rest.starts(with: field.unicodeScalars)
        }
    }
}

private let seedTable = table(
    "banjul,\"Banjul, \"\"the\"\"\nCity\",Gambia,GM,13.4527,-16.5780,sister,1987",
    "crema,Crema,Italy,it,45.3626,9.6818,friendly-exchange,")

@Test(arguments: ["", "\"", "\"\"", "\"\"\"", ",", "\0", "\u{FEFF}", "\u{FEFF}\"", "\r", "\r\r\n\n", "a\"b,\"c",
                  "\"\r\n", "id\0,name_en", header + "\n\"", header + "\n" + hubRow + "\n\"unterminated,",
                  header + "\r\n" + hubRow + ",\"x\"y\"", String(repeating: ",", count: 5000)])
func awkwardInputsDoNotCrash(text: String) {
    #expect(parseSurvives(text), "\(text.debugDescription)")
    #expect(spansPointAtTheirFields(text), "\(text.debugDescription)")
}

@Test func randomBytesDoNotCrash() {
    var random = SplitMix64(seed: 1)
    for _ in 0..<1000 {
        let bytes = (0..<Int.random(in: 0...400, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(parseSurvives(text), "\(bytes)")
        #expect(spansPointAtTheirFields(text), "\(bytes)")
        if case .failure(let invalid) = TableFile.decodeUTF8(Data(bytes)) {
            #expect(invalid.position.line >= 1 && invalid.position.column >= 1)
        }
    }
}

@Test func mutatedTablesDoNotCrash() {
    var random = SplitMix64(seed: 2)
    let pieces: [Unicode.Scalar] = ["\"", ",", "\r", "\n", "\0", "\u{FEFF}", " ", "a", "1", "-", ".", "e", "南", "\u{301}"]
    let seed = Array(seedTable.unicodeScalars)
    for _ in 0..<3000 {
        var scalars = seed
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let at = Int.random(in: 0...scalars.count, using: &random)
            let piece = pieces[Int.random(in: 0..<pieces.count, using: &random)]
            switch Int.random(in: 0..<3, using: &random) {
            case 0: scalars.insert(piece, at: at)
            case 1 where at < scalars.count: scalars.remove(at: at)
            default: if at < scalars.count { scalars[at] = piece }
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        #expect(parseSurvives(text), "\(text.debugDescription)")
        #expect(spansPointAtTheirFields(text), "\(text.debugDescription)")
    }
}

@Test func wideAndLongTablesDoNotCrash() {
    let wideHeader = header + "," + (0..<10_000).map { "extra\($0)" }.joined(separator: ",")
    let filler = String(repeating: ",x", count: 10_000)
    #expect(parseSurvives([wideHeader, hubRow + filler, banjulRow + filler].joined(separator: "\n")))
    #expect(parseSurvives(String(repeating: "a,", count: 10_000) + "\n" + String(repeating: "b,", count: 10_000)))
    #expect(parseSurvives(table() + "\"" + String(repeating: "x\n", count: 100_000)))
    #expect(parseSurvives(table() + String(repeating: "x\n", count: 5_000)))
}

@Test func fuzzCheckerSplitsLinesLikeTheParser() {
    #expect(lineLengths("\u{FEFF}ab\r\nc\rd\n") == [2, 1, 1, 0])
    #expect(parseSurvives(seedTable))
}
