import Foundation
import Testing
@testable import Basemap

/// GeoJSON that is not JSON, or whose positions are not pairs of numbers in range, is refused
/// as FILE:LINE:COLUMN: error: … saying what was expected there.
@Suite struct GeoJSONErrorTests {
    private func refusal(_ text: String, file: String = "b.geojson") -> String {
        refusal(Array(text.utf8), file: file)
    }

    private func refusal(_ bytes: [UInt8], file: String = "b.geojson") -> String {
        do {
            _ = try GeoJSONReader.parse(Data(bytes), file: file)
            return "accepted"
        } catch {
            return BasemapError.message(for: error)
        }
    }

    private let value = "expected a value (object, array, string, number, true, false or null)"

    @Test func syntaxErrorsSayWhereAndWhat() {
        let cases: [(text: String, expected: String)] = [
            ("{\"type\": [1,", "1:13: error: not valid JSON: \(value), found the end of the file"),
            ("{\"type\": \"Polygon\",\r\n \"coordinates\": [] x}", "2:20: error: not valid JSON: expected ',' or '}' after an object member, found 'x'"),
            ("{\"type\":\n\n  [1,]}", "3:6: error: not valid JSON: \(value), found ']'"),
            ("{\"type\": \"Polygon\",}", "1:20: error: not valid JSON: expected a member name in double quotes, found '}'"),
            ("{type: \"Polygon\"}", "1:2: error: not valid JSON: expected a member name in double quotes, found 'type'"),
            ("{\"type\" \"Polygon\"}", "1:9: error: not valid JSON: expected ':' after the member name, found '\"'"),
            ("[1 2]", "1:4: error: not valid JSON: expected ',' or ']' after an array element, found '2'"),
            ("[012]", "1:2: error: not valid JSON: number with a leading zero"),
            ("[-]", "1:3: error: not valid JSON: expected a digit after '-', found ']'"),
            ("[1.e5]", "1:4: error: not valid JSON: expected a digit after the decimal point, found 'e5'"),
            ("[1e+]", "1:5: error: not valid JSON: expected a digit in the exponent, found ']'"),
            ("[1e999]", "1:2: error: not valid JSON: number 1e999 is too large for a double"),
            ("[NaN]", "1:2: error: not valid JSON: NaN is not a JSON value: JSON has no NaN or infinity"),
            ("[-Infinity]", "1:2: error: not valid JSON: -Infinity is not a JSON value: JSON has no NaN or infinity"),
            ("[nul]", "1:2: error: not valid JSON: \(value), found 'nul'"),
            ("{\"name\": \"Côte d'Ivoire}", "1:10: error: not valid JSON: string not closed before the end of the file"),
            ("[\"é\\q\"]", "1:4: error: not valid JSON: invalid escape \\q in a string"),
            ("[\"a\tb\"]", "1:4: error: not valid JSON: control character U+0009 in a string (write it as an escape such as \\n)"),
            ("[\"\\u12\"]", "1:3: error: not valid JSON: \\u needs four hex digits"),
            ("[\"\\uD83D\"]", "1:3: error: not valid JSON: \\uD83D begins a surrogate pair that no \\uDC00…\\uDFFF completes"),
            ("[\"\\uDE00\"]", "1:3: error: not valid JSON: \\uDE00 is half of a surrogate pair without its first half"),
            ("{} {}", "1:4: error: not valid JSON: expected the end of the file after the JSON value, found '{'"),
            ("", "1:1: error: not valid JSON: \(value), found the end of the file"),
            ("[•]", "1:2: error: not valid JSON: \(value), found '•'"),
            ("// comment\n{}", "1:1: error: not valid JSON: \(value), found '/'"),
        ]
        for (text, expected) in cases {
            #expect(refusal(text) == "b.geojson:" + expected, "\(text)")
        }
        #expect(refusal([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D]) == "b.geojson:1:3: error: not valid JSON: not UTF-8 (byte 0xC3 does not begin a character)")
        #expect(refusal([0xEF, 0xBB, 0xBF] + Array("[1,".utf8))
            == "b.geojson:1:4: error: not valid JSON: \(value), found the end of the file", "a byte order mark takes no column")
    }

    @Test func nestingStopsWhereJSONDecoderStops() throws {
        let deepest = String(repeating: "[", count: JSONSyntax.maxDepth) + String(repeating: "]", count: JSONSyntax.maxDepth)
        #expect(JSONSyntax.firstError(in: Array(deepest.utf8)) == nil)
        struct Anything: Decodable { init(from decoder: any Decoder) throws {} }
        _ = try JSONDecoder().decode(Anything.self, from: Data(deepest.utf8))
        let deeper = String(repeating: "[", count: 100_000)
        #expect(refusal(deeper) == "b.geojson:1:513: error: not valid JSON: more than 512 arrays and objects inside each other")
    }

    /// What the check passes, Foundation's parser reads too (so JSONDecoder never has the last word on syntax).
    @Test func validJSONPasses() throws {
        let texts = [
            "{}", "[]", " [ ] ", "0", "-0", "-0.5e+10", "1E-3", "12345678901234567890", "true", "null", "\"\"",
            "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"", "\"Hà Nội 河内 😀\"",
            "{\"a\": [1, {\"b\": null}], \"c\": {}}\r\n", FixtureWorld.geoJSON(),
        ]
        for text in texts {
            #expect(JSONSyntax.firstError(in: Array(text.utf8)) == nil, "\(text)")
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }
        }
        #expect(JSONSyntax.firstError(in: [0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == nil)
    }

    @Test func positionsAreCheckedElementByElement() {
        func polygon(_ position: String) -> String {
            "{\"type\": \"Polygon\",\n \"coordinates\": [[[0,0],[1,0],\(position),[0,1],[0,0]]]}"
        }
        // The position starts at column 31 of line 2; its first number at 32.
        let cases: [(position: String, expected: String)] = [
            ("[true,false]", "2:32: error: at coordinates[0][2][0]: expected a longitude (a number), found true"),
            ("[\"1\",2]", "2:32: error: at coordinates[0][2][0]: expected a longitude (a number), found a string"),
            ("[1,null]", "2:34: error: at coordinates[0][2][1]: expected a latitude (a number), found null"),
            ("[1,[2]]", "2:34: error: at coordinates[0][2][1]: expected a latitude (a number), found an array"),
            ("[1,1,\"high\"]", "2:36: error: at coordinates[0][2][2]: expected an altitude (a number), found a string"),
            ("[1]", "2:31: error: at coordinates[0][2]: expected a position [longitude, latitude], found only one number"),
            ("[]", "2:31: error: at coordinates[0][2]: expected a position [longitude, latitude], found an empty array"),
            ("{\"lon\":1}", "2:31: error: at coordinates[0][2]: expected an array, found an object"),
            ("1", "2:31: error: at coordinates[0][2]: expected an array, found a number"),
            ("null", "2:31: error: at coordinates[0][2]: expected an array, found null"),
            ("[181,1]", "2:32: error: at coordinates[0][2][0]: expected a longitude from -180 to 180, found 181"),
            ("[-180.00001,1]", "2:32: error: at coordinates[0][2][0]: expected a longitude from -180 to 180, found -180.00001"),
            ("[1,-90.5]", "2:34: error: at coordinates[0][2][1]: expected a latitude from -90 to 90, found -90.5"),
            ("[1,1e308]", "2:34: error: at coordinates[0][2][1]: expected a latitude from -90 to 90, found 1e+308"),
            ("[NaN,1]", "2:32: error: not valid JSON: NaN is not a JSON value: JSON has no NaN or infinity"),
            ("[1e400,1]", "2:32: error: not valid JSON: number 1e400 is too large for a double"),
        ]
        for (position, expected) in cases {
            #expect(refusal(polygon(position), file: "e.geojson") == "e.geojson:" + expected, "\(position)")
        }
        // Rounding on the way into a file may take a coordinate a hair past the limit; altitudes are ignored.
        for position in ["[180.0000005,1]", "[-180,-90.0000005]", "[1,1,-12.5]", "[1,1,0,7]"] {
            #expect(refusal(polygon(position), file: "e.geojson") == "accepted", "\(position)")
        }
    }
}
