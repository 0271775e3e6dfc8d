import Foundation
import Gazetteer
import PartnerData

/// `partnermap geocode IN -o OUT.csv`: the table completed from the gazetteer, as a CSV that every
/// command reads, with each row's GeoNames id and how it was matched.
///
/// Every row is written, resolved or not; each place chosen is printed with its GeoNames id and
/// population; names that fit several places or none are reported at their cell with the
/// candidates, and then the exit is non-zero.
package enum GeocodeJob {
    /// The columns added after the table's own.
    package static let addedColumns = ["geonames_id", "geocode"]

    package static func run(_ options: MapOptions, input: String, output: String) throws -> JobResult {
        var data = options.data
        data.table = .file(input)
        _ = try AtomicFile.Target(output)
        let table = try data.rawTable()
        let outcome = try TableGeocoder(gazetteer: try ProjectFiles.gazetteer()).geocode(table)
        // A place found in the gazetteer names GeoNames as its source, when the row gives none.
        let rows = zip(outcome.table.rows, outcome.rows).map { row, found in
            var row = row
            if row.source.isEmpty, let id = found.geonameID { row.source = "GeoNames \(id) (CC BY 4.0)" }
            return row
        }
        let text = TableWriter.csv(rows, extra: addedColumns) { index in
            [outcome.rows[index].geonameID.map(String.init) ?? "", outcome.rows[index].method]
        }
        try AtomicFile.write(text, to: output)
        for choice in outcome.choices { Terminal.output(choice) }
        let placed = outcome.placedCount, unresolved = outcome.problems.count
        var result = JobResult()
        result.notes = table.notes
        result.written = [output]
        if outcome.table.hubIndex == nil {
            result.warnings.append("\(input): no row is the hub (give one with --hub ID or --hub PLACE, here or when you render)")
        }
        guard unresolved == 0 else {
            Terminal.output("wrote \(output)")
            throw GeocodeProblems(diagnostics: outcome.problems, summary:
                "\(input): \(rowCount(placed)) placed from GeoNames, \(unresolved) left unresolved with empty coordinates (fix them above, or give their lat and lon)")
        }
        result.summary = "\(input): \(rowCount(placed)) placed from GeoNames (CC BY 4.0), \(outcome.rows.count - placed) as given"
        return result
    }
}

private func rowCount(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }

/// A geocoding that left rows unresolved: their diagnostics, then a summary line.
struct GeocodeProblems: Error, CustomStringConvertible {
    var diagnostics: [TableDiagnostic]
    var summary: String
    var description: String { (diagnostics.map(\.description) + ["error: " + summary]).joined(separator: "\n") }
}
