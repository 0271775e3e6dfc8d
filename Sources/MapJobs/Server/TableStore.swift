import Foundation
import PartnerData

/// The table the editor works on: held in memory, checked on every change with the diagnostics
/// `validate` prints, and saved back to its file atomically, refusing when the file changed on
/// disk since it was read. One actor, so concurrent edits are applied one at a time, whole.
actor TableStore {
    /// The file edited (nil: the shipped Nanning table, which is never overwritten).
    let path: String?
    private(set) var grid: CSVGrid
    /// How the file looked when read or last saved, to notice changes made by others.
    private var onDisk: Data?
    /// Bumped on every accepted change (a key for plans of this table's maps).
    private(set) var version = 0

    /// An error placed on a cell: 0-based row (-1: the header), the column's name, the message.
    struct CellError: Codable, Sendable {
        var row: Int
        var column: String
        var line: Int
        var message: String
    }

    init(path: String?) throws {
        self.path = path
        let file = try path ?? ProjectFiles.defaultTablePath()
        guard let data = FileManager.default.contents(atPath: file) else { throw JobError("\(file): error: cannot read the table") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobError("\(file): error: the editor edits UTF-8 CSV tables; save the table as CSV UTF-8 (or run partnermap geocode, which writes one)")
        }
        if (file as NSString).pathExtension.lowercased() == "xlsx" { throw JobError("\(file): error: the editor edits CSV tables; save the workbook as CSV UTF-8") }
        grid = CSVGrid(csv: text)
        onDisk = data
        _ = try Self.check(grid, name: Self.name(path))
    }

    static func name(_ path: String?) -> String { path.map { ($0 as NSString).lastPathComponent } ?? "nanning.csv" }

    /// The table's bytes as the renders read them.
    var csvData: Data { Data(grid.csv.utf8) }
    var name: String { Self.name(path) }

    /// Whether the file on disk is no longer the one read or saved.
    var changedOnDisk: Bool {
        guard let path else { return false }
        return FileManager.default.contents(atPath: path) != onDisk
    }

    /// Replaces the table if it is valid; else its errors, each on its cell.
    func replace(with new: CSVGrid) -> [CellError] {
        do {
            _ = try Self.check(new, name: name)
        } catch let e as TableErrors {
            return e.diagnostics.map { d in
                let field = new.field(line: d.line, column: d.column)
                return CellError(row: d.line - 2, column: field.flatMap { $0 < new.columns.count ? new.columns[$0] : nil } ?? "", line: d.line,
                                 message: d.message)
            }
        } catch {
            return [CellError(row: -1, column: "", line: 1, message: String(describing: error))]
        }
        grid = new
        version += 1
        return []
    }

    /// Writes the table back to its file; `force` overwrites a file changed on disk.
    func save(force: Bool) throws {
        guard let path else { throw SaveError.noFile }
        if changedOnDisk && !force { throw SaveError.changedOnDisk(path) }
        let data = csvData
        try AtomicFile.write(Array(data), to: path)
        onDisk = data
    }

    enum SaveError: Error, CustomStringConvertible {
        case noFile, changedOnDisk(String)
        var description: String {
            switch self {
            case .noFile: return "this is the shipped Nanning table, which is not saved over; start the editor with --data FILE to edit a file of your own, or download the CSV"
            case .changedOnDisk(let p): return "\((p as NSString).lastPathComponent) changed on disk since it was loaded; reload it, or save again to overwrite"
            }
        }
    }

    /// The network a table makes, or its errors (`TableErrors`).
    static func check(_ grid: CSVGrid, name: String) throws -> Network {
        try DataOptions(table: .data(Data(grid.csv.utf8), name: name)).network()
    }
}
