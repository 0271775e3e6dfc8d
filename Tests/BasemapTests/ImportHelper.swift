import Foundation
@testable import Basemap

extension BasemapImporter {
    /// Builds a basemap and writes its level files where `output` says (the tool writes them
    /// atomically through MapJobs; tests only need them on disk).
    @discardableResult
    static func importBasemap(input: String, options: BasemapImportOptions = BasemapImportOptions(),
                              output: String, searchDirectory: String?) throws -> (info: BasemapInfo, notes: [String]) {
        let location = try BasemapLocation.forWriting(output, searchDirectory: searchDirectory, input: input)
        let built = try build(input: input, options: options)
        try location.createDirectory()
        for file in built.files {
            try Data(file.bytes).write(to: URL(fileURLWithPath: location.path(for: file.level)))
        }
        return (try Basemap(location: location).info(), built.notes)
    }
}
