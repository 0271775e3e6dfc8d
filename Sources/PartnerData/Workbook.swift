import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads a sheet of an .xlsx workbook as table records: the ZIP archive's parts (`xl/workbook.xml`
/// and its relationships, `xl/sharedStrings.xml`, the sheet's XML) parsed with Foundation's
/// XMLParser. Cells may be shared strings (`t="s"`), inline strings (`t="inlineStr"`, what
/// openpyxl writes), numbers, booleans, formula results or ISO dates; a row's position is its
/// sheet row and each field's its cell, so problems are named `Partners!C7`.
///
/// A workbook is refused before anything is inflated when the parts read declare more than the
/// table limit (64 MiB) uncompressed in all, and while inflating when a part gives more than it
/// declared; a sheet past the row limit stops at its first extra row.
enum Workbook {
    /// Columns a header may span: far beyond a partner table's, low enough that a sheet whose
    /// header reaches the last column (XFD) does not make every row 16,384 fields long.
    static let maximumColumns = 1024

    /// A sheet, ready to be read row by row.
    struct Sheet {
        let name: String
        /// The workbook counts dates from 1904-01-01 instead of 1899-12-30.
        let date1904: Bool
        let xml: Data
        /// Where the sheet's XML is in the archive, for messages.
        let part: String
        let sharedStrings: [String]

        /// Gives `body` each row with a filled cell, in order, as a record of the sheet's cells,
        /// until it returns false; returns where and why the sheet cannot be read, if it cannot.
        func forEachRow(_ body: (LocatedRecord) -> Bool) -> String? {
            withoutActuallyEscaping(body) { body in
                let reader = SheetReader(sheet: self, body: body)
                let parser = XMLParser(data: xml)
                parser.delegate = reader
                parser.shouldProcessNamespaces = false
                parser.shouldResolveExternalEntities = false
                let parsed = parser.parse()
                if let problem = reader.problem { return problem }
                if !parsed && !reader.stopped {
                    return Workbook.xmlProblem(part, parser)
                }
                return nil
            }
        }
    }

    /// The sheet `name` (else the first) of the workbook whose file's bytes are `bytes`.
    static func sheet(_ bytes: [UInt8], file: String, named name: String?, limits: TableLimits) -> Result<Sheet, TableDiagnostic> {
        func failure(_ message: String) -> Result<Sheet, TableDiagnostic> {
            .failure(TableDiagnostic(file: file, location: .file, message: message))
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            return failure("this ZIP archive cannot be read (expected an .xlsx workbook as Excel or LibreOffice save it)")
        }
        var parts = Parts(archive: archive, budget: limits.bytes)
        do {
            let workbookPath = try parts.mainPart()
            guard let workbookXML = try parts.data(workbookPath) else {
                return failure("this ZIP archive has no xl/workbook.xml (expected an .xlsx workbook; .ods and other archives are not read)")
            }
            let book = try WorkbookList.parse(workbookXML, part: workbookPath)
            let relsPath = Parts.relationships(of: workbookPath)
            let relations = try parts.data(relsPath).map { try RelationshipList.parse($0, part: relsPath) } ?? [:]
            guard !book.sheets.isEmpty else { return failure("the workbook has no sheet (expected a sheet holding the partner table)") }
            let chosen: (name: String, relation: String)
            if let name {
                guard let found = book.sheets.first(where: { $0.name == name })
                        ?? book.sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                    let names = book.sheets.map { CellRules.quoted($0.name) }.joined(separator: ", ")
                    return failure("the workbook has no sheet \(CellRules.quoted(name)) (expected one of its sheets: \(names))")
                }
                chosen = found
            } else {
                chosen = book.sheets[0]
            }
            guard let target = relations[chosen.relation]?.target else {
                return failure("sheet \(CellRules.quoted(chosen.name)) has no part in the workbook (expected a relationship \(chosen.relation) in \(relsPath))")
            }
            let sheetPath = Parts.resolve(target, from: workbookPath)
            let sharedPath = relations.values.first { $0.type.hasSuffix("/sharedStrings") }.map { Parts.resolve($0.target, from: workbookPath) }
                ?? "xl/sharedStrings.xml"
            // Sizes are checked before any part is inflated.
            try parts.reserve([sheetPath, sharedPath])
            let shared = try parts.data(sharedPath).map { try SharedStrings.parse($0, part: sharedPath) } ?? []
            guard let xml = try parts.data(sheetPath) else {
                return failure("sheet \(CellRules.quoted(chosen.name)) is missing from the archive (expected its part \(sheetPath))")
            }
            return .success(Sheet(name: chosen.name, date1904: book.date1904, xml: xml, part: sheetPath, sharedStrings: shared))
        } catch let problem as PartProblem {
            return failure(problem.message)
        } catch {
            return failure("the workbook cannot be read: \(error) (expected an .xlsx workbook as Excel or LibreOffice save it)")
        }
    }

    static func xmlProblem(_ part: String, _ parser: XMLParser) -> String {
        "\(part) is not well-formed XML at its line \(parser.lineNumber), column \(parser.columnNumber) "
            + "(expected an .xlsx workbook as Excel or LibreOffice save it)"
    }

    /// `r="C7"`: column 3, row 7; nil for anything else (or past XFD1048576).
    static func cellReference(_ text: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z" where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                if column > 16384 { return nil }
            case "a"..."z" where digits == 0:
                column = column * 26 + Int(scalar.value - 96)
                if column > 16384 { return nil }
            case "0"..."9" where column > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
                if row > 1_048_576 { return nil }
            case "$": continue
            default: return nil
            }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }

    /// A number cell's text as a table cell would have it: `2012` for `2012` or `2012.0`,
    /// `22.8167` for Excel's `22.816700000000001`.
    static func numberText(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let number = Double(trimmed), number.isFinite else { return trimmed }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}

/// A part of the archive that cannot be used, said as a message.
struct PartProblem: Error {
    var message: String
}

/// The archive's parts, inflated within a budget of uncompressed bytes for all of them together.
struct Parts {
    let archive: Archive
    /// Uncompressed bytes left for the parts still to be read.
    var budget: Int
    let limit: Int

    init(archive: Archive, budget: Int) {
        self.archive = archive; self.budget = budget; limit = budget
    }

    func entry(_ path: String) -> Entry? {
        archive[path] ?? archive.first { $0.path.lowercased() == path.lowercased() }
    }

    /// The workbook part the package's relationships name, else `xl/workbook.xml`.
    mutating func mainPart() throws -> String {
        guard let rels = try data("_rels/.rels") else { return "xl/workbook.xml" }
        let relations = try RelationshipList.parse(rels, part: "_rels/.rels")
        let main = relations.values.first { $0.type.hasSuffix("/officeDocument") }
        return main.map { Parts.resolve($0.target, from: "") } ?? "xl/workbook.xml"
    }

    /// Refuses the parts at `paths` before any is inflated when what they declare is past the budget.
    func reserve(_ paths: [String]) throws {
        let declared = paths.compactMap(entry).reduce(UInt64(0)) { $0 + $1.uncompressedSize }
        if declared > UInt64(budget) { throw tooLarge(declared + UInt64(limit - budget)) }
    }

    /// The bytes of the part at `path`, or nil when the archive has none.
    mutating func data(_ path: String) throws -> Data? {
        guard let entry = entry(path), entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        guard declared <= UInt64(budget) else { throw tooLarge(declared + UInt64(limit - budget)) }
        var data = Data()
        data.reserveCapacity(Int(declared))
        let budget = self.budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                // A part that inflates past what it declared is a zip bomb, or damaged.
                if data.count > Int(declared) || data.count > budget { throw PartProblem(message: "") }
            }
        } catch let problem as PartProblem where problem.message.isEmpty {
            throw PartProblem(message: "\(path) inflates to more than the \(declared) bytes it declares "
                + "(expected a workbook whose parts are as large as they say, within the table limit of \(Parts.mebibytes(limit)))")
        } catch {
            throw PartProblem(message: "\(path) cannot be inflated: \(error) (expected an .xlsx workbook as Excel or LibreOffice save it)")
        }
        self.budget -= data.count
        return data
    }

    func tooLarge(_ bytes: UInt64) -> PartProblem {
        PartProblem(message: "the workbook's parts are \(bytes) bytes uncompressed "
            + "(expected a partner table of at most \(Parts.mebibytes(limit)), uncompressed)")
    }

    static func mebibytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func relationships(of part: String) -> String {
        let slash = part.lastIndex(of: "/")
        let directory = slash.map { String(part[...$0]) } ?? ""
        let name = slash.map { String(part[part.index(after: $0)...]) } ?? part
        return directory + "_rels/" + name + ".rels"
    }

    /// A relationship's target as a path in the archive: absolute (`/xl/worksheets/sheet1.xml`, as
    /// openpyxl writes) or relative to the directory of `part` (`worksheets/sheet1.xml`), `..` resolved.
    static func resolve(_ target: String, from part: String) -> String {
        var components: [Substring]
        if target.hasPrefix("/") {
            components = []
        } else {
            components = part.split(separator: "/")
            if !components.isEmpty { components.removeLast() }
        }
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(piece)
            }
        }
        return components.joined(separator: "/")
    }
}

/// An element's name without its namespace prefix (`x:row` is `row`).
private func localName(_ name: String) -> Substring {
    name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? Substring(name)
}

/// Parses a small part whole with a delegate, or says where its XML is broken.
private func parse(_ data: Data, part: String, with delegate: XMLParserDelegate) throws {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else { throw PartProblem(message: Workbook.xmlProblem(part, parser)) }
}

/// `xl/workbook.xml`: its sheets in order (name and relationship id) and its date system.
private final class WorkbookList: NSObject, XMLParserDelegate {
    var sheets: [(name: String, relation: String)] = []
    var date1904 = false

    static func parse(_ data: Data, part: String) throws -> WorkbookList {
        let list = WorkbookList()
        try PartnerData.parse(data, part: part, with: list)
        return list
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch localName(element) {
        case "sheet":
            // The relationship id is `r:id` (any prefix); `sheetId` is another thing.
            let relation = attributes.first { $0.key.hasSuffix(":id") }?.value ?? attributes["id"] ?? ""
            sheets.append((attributes["name"] ?? "", relation))
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
        default:
            break
        }
    }
}

/// A `.rels` part: each relationship's target and type, by id.
private final class RelationshipList: NSObject, XMLParserDelegate {
    var relations: [String: (target: String, type: String)] = [:]

    static func parse(_ data: Data, part: String) throws -> [String: (target: String, type: String)] {
        let list = RelationshipList()
        try PartnerData.parse(data, part: part, with: list)
        return list.relations
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard localName(element) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        if attributes["TargetMode"] == "External" { return }
        relations[id] = (target, attributes["Type"] ?? "")
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, its rich-text runs joined, phonetic runs (`<rPh>`) left out.
private final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    static func parse(_ data: Data, part: String) throws -> [String] {
        let list = SharedStrings()
        try PartnerData.parse(data, part: part, with: list)
        return list.strings
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch localName(element) {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(element) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// Reads a sheet's XML row by row into records, handing each on as soon as it ends.
private final class SheetReader: NSObject, XMLParserDelegate {
    let sheet: Workbook.Sheet
    let body: (LocatedRecord) -> Bool
    /// Why the sheet cannot be read (a bad cell reference or string index), once found.
    var problem: String?
    /// Whether `body` asked for no more rows.
    var stopped = false
    /// The header's width, once the header (the first row with a filled cell) was read.
    private var headerWidth: Int?

    private var row = 0
    private var cells: [(column: Int, text: String, isNumber: Bool)] = []
    private var column = 0
    private var type = "n"
    private var value = ""
    private var inline = ""
    private enum Capture { case none, value, inline }
    private var capture = Capture.none
    private var inInlineString = false
    private var phonetic = 0

    init(sheet: Workbook.Sheet, body: @escaping (LocatedRecord) -> Bool) {
        self.sheet = sheet; self.body = body
    }

    private func stop(_ parser: XMLParser, _ message: String) {
        problem = message
        parser.abortParsing()
    }

    private var here: String { TableLocation.sheetReference(sheet.name) + "!" + TableLocation.columnLetters(column) + String(row) }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch localName(element) {
        case "row":
            if let r = attributes["r"] {
                guard let number = Int(r), number > row, number <= 1_048_576 else {
                    return stop(parser, "row \(CellRules.quoted(r)) in \(sheet.part) is not a row number after \(row) "
                        + "(expected rows numbered in order, as Excel writes them)")
                }
                row = number
            } else {
                row += 1
            }
            cells.removeAll(keepingCapacity: true)
            column = 0
        case "c":
            if let r = attributes["r"] {
                guard let reference = Workbook.cellReference(r), reference.row == row, reference.column > column else {
                    return stop(parser, "cell reference \(CellRules.quoted(r)) in row \(row) of \(sheet.part) is not a cell "
                        + "of that row right of the last (expected references such as C7, in order)")
                }
                column = reference.column
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            value = ""
            inline = ""
        case "v":
            capture = .value
        case "is":
            inInlineString = true
        case "t":
            if inInlineString && phonetic == 0 { capture = .inline }
        case "rPh":
            phonetic += 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(element) {
        case "v", "t":
            capture = .none
        case "is":
            inInlineString = false
        case "rPh":
            phonetic -= 1
        case "c":
            finishCell(parser)
        case "row":
            finishRow(parser)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .none: break
        case .value: value += string
        case .inline: inline += string
        }
    }

    private func finishCell(_ parser: XMLParser) {
        let text: String
        var isNumber = false
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sheet.sharedStrings.indices.contains(index) else {
                return stop(parser, "cell \(here) refers to shared string \(CellRules.quoted(value)), which the workbook "
                    + "does not have (expected an index below \(sheet.sharedStrings.count))")
            }
            text = sheet.sharedStrings[index]
        case "inlineStr":
            text = inline
        case "b":
            text = value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
        case "d":
            // An ISO 8601 date and time: the date is what a year cell needs.
            text = String(value.prefix { $0 != "T" })
        case "str", "e":
            text = value
        default:
            text = Workbook.numberText(value)
            isNumber = !text.isEmpty
        }
        if !text.isEmpty { cells.append((column, text, isNumber)) }
    }

    private func finishRow(_ parser: XMLParser) {
        guard let last = cells.last else { return }
        let width: Int
        if let headerWidth {
            width = headerWidth
        } else {
            guard last.column <= Workbook.maximumColumns else {
                column = last.column
                return stop(parser, "the header reaches column \(TableLocation.columnLetters(last.column)) at \(here) "
                    + "(expected at most \(Workbook.maximumColumns) columns)")
            }
            width = last.column
            headerWidth = width
        }
        var record = LocatedRecord(fields: [], spans: [], start: SourcePosition(line: row, column: 1))
        record.isSheetRow = true
        record.fields.reserveCapacity(width)
        var next = cells.makeIterator()
        var cell = next.next()
        for index in 1...width {
            if let filled = cell, filled.column == index {
                record.append(filled.text, FieldSpan(position: SourcePosition(line: row, column: index), quoted: false, isNumber: filled.isNumber))
                cell = next.next()
            } else {
                record.append("", FieldSpan(position: SourcePosition(line: row, column: index), quoted: false))
            }
        }
        // A filled cell right of the header's is kept, one, where it is, for the row to be refused there.
        if let stray = cell {
            record.append(stray.text, FieldSpan(position: SourcePosition(line: row, column: stray.column), quoted: false))
        }
        if !body(record) {
            stopped = true
            parser.abortParsing()
        }
    }
}
