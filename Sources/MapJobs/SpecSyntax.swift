import Foundation
import Yams

/// What a spec file must be before its keys are read: small, not nested past reason, valid YAML;
/// each problem as FILE:LINE:COLUMN: error: ….
enum SpecSyntax {
    /// A spec is a page of options; anything larger is not one.
    static let maxBytes = 1 << 20

    /// The YAML's root node, after the limits are checked.
    static func compose(_ text: String, path: String) throws -> Node? {
        if text.utf8.count > maxBytes {
            throw JobError("\(path): error: the spec is \(text.utf8.count) bytes (at most \(maxBytes); a spec holds options, not data)")
        }
        switch SpecNesting.firstExcess(in: text) {
        case let (.depth, line, column)?:
            throw JobError("\(path):\(line):\(column): error: the spec nests deeper than \(SpecNesting.maxDepth) levels (options nest two: a section and a list)")
        case let (.brackets, line, column)?:
            throw JobError("\(path):\(line):\(column): error: the spec holds more than \(SpecNesting.maxBrackets) '[' and '{' (options need one list each at most)")
        case nil:
            break
        }
        do { return try Yams.compose(yaml: text) } catch let e as YamlError {
            throw JobError(describe(e, path: path))
        }
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
