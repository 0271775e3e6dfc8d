import Foundation
import FuzzDriver
@testable import PartnerData

/// libFuzzer entry: the input as a partner table file. Its bytes go through the CSV tokenizer as
/// they stand (invalid UTF-8 decoded to U+FFFD, so every input reaches it), then through the path
/// `partnermap validate` takes: the UTF-8 check, then reading and validating the table. Any outcome
/// but a network or `TableErrors` with at least one diagnostic stops the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    for record in CSVTokenizer(text: String(decoding: bytes, as: UTF8.self)) {
        precondition(record.fields.count == record.spans.count, "a field without its span")
    }
    switch TableFile.decodeUTF8(bytes) {
    case .failure(let invalid):
        precondition(invalid.position.line >= 1 && invalid.position.column >= 1, "invalid UTF-8 at \(invalid.position)")
    case .success(let text):
        do {
            _ = try PartnerTable.parse(text: text, file: "fuzz.csv", currentYear: 2025)
        } catch let errors as TableErrors {
            precondition(!errors.diagnostics.isEmpty, "TableErrors without a diagnostic")
            _ = errors.description
        } catch {
            fatalError("PartnerTable.parse threw \(type(of: error)), not TableErrors: \(error)")
        }
    }
    return 0
}

FuzzDriver.run { data, size in fuzz(data!, size) }
