import Foundation
import Yams

/// What a spec file must be before its keys are read: small, not nested past reason, valid YAML;
/// each problem as FILE:LINE:COLUMN: error: ….
enum SpecSyntax {
    /// A spec is a page of options; anything larger is not one.
    static let maxBytes = 1 << 20
    /// Options nest two levels (a section, a list); YAML parsers recurse on nesting.
    static let maxDepth = 32

    /// The YAML's root node, after the limits are checked.
    static func compose(_ text: String, path: String) throws -> Node? {
        if text.utf8.count > maxBytes {
            throw JobError("\(path): error: the spec is \(text.utf8.count) bytes (at most \(maxBytes); a spec holds options, not data)")
        }
        if let (line, column) = tooDeep(text) {
            throw JobError("\(path):\(line):\(column): error: the spec nests deeper than \(maxDepth) levels (options nest two: a section and a list)")
        }
        do { return try Yams.compose(yaml: text) } catch let e as YamlError {
            throw JobError(describe(e, path: path))
        }
    }

    /// Where the text first nests past the limit: by flow brackets, or by block indentation.
    static func tooDeep(_ text: String) -> (Int, Int)? {
        var depth = 0, line = 1, column = 0, quote: Character?, atLineStart = true, indent = 0
        for ch in text {
            column += 1
            if ch == "\n" { line += 1; column = 0; atLineStart = true; indent = 0; quote = nil; continue }
            if atLineStart {
                if ch == " " || ch == "-" { indent += 1; if indent > 2 * maxDepth { return (line, column) }; continue }
                atLineStart = false
            }
            if let q = quote { if ch == q { quote = nil }; continue }
            switch ch {
            case "\"", "'": quote = ch
            case "#": quote = "\n"
            case "[", "{":
                depth += 1
                if depth > maxDepth { return (line, column) }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    /// A YAML error as FILE:LINE:COLUMN: error: problem.
    static func describe(_ e: YamlError, path: String) -> String {
        switch e {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return "\(path):\(mark.line):\(mark.column): error: not valid YAML: \(problem)"
        case let .reader(problem, offset, _, _):
            return "\(path): error: not valid YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")"
        default:
            return "\(path): error: not valid YAML: \(e)"
        }
    }

    /// The line and column (in characters) of the first byte that is not UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
