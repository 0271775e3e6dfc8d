import Testing
import PartnerData

@Test func diagnosticPrintsLikeACompilerError() {
    let diagnostic = TableDiagnostic(file: "geodata/x.csv", line: 3, column: 25, message: "lat \"abc\" is bad (expected more)")
    #expect(diagnostic.description == "geodata/x.csv:3:25: error: lat \"abc\" is bad (expected more)")
}

@Test func tableErrorsPrintOneDiagnosticPerLine() {
    let errors = TableErrors(diagnostics: [
        TableDiagnostic(file: "a.csv", line: 1, column: 1, message: "one (expected x)"),
        TableDiagnostic(file: "a.csv", line: 2, column: 5, message: "two (expected y)"),
    ])
    #expect(errors.description == "a.csv:1:1: error: one (expected x)\na.csv:2:5: error: two (expected y)")
}

@Test func everyProblemIsReportedInOrderOfPosition() {
    let found = diagnostics(table(
        "banjul,Banjul,Gambia,GM,13.4527,-16.5780,cousin,87",
        "crema,,Italy,IT,45.3626,999,sister,2015",
        "banjul,Banjul,Gambia,GM,13.4527,-16.5780,sister,1987"))
    #expect(found.map { "\($0.line):\($0.column)" } == ["3:42", "3:49", "4:7", "4:25", "5:1"])
    #expect(found.allSatisfy { $0.file == "t.csv" && $0.message.hasSuffix(")") && $0.message.contains("(expected ") })
}

@Test func valuesInMessagesAreEscapedAndShortened() {
    let long = String(repeating: "x", count: 100)
    let found = diagnostics(table("banjul,Banjul,Gambia,GM,\"a\nb\",\(long),sister,1987"))
    #expect(found.count == 2)
    #expect(found.first?.message.hasPrefix("lat \"a\\nb\" is not a decimal number") == true)
    #expect(found.last?.message.hasPrefix("lon \"" + String(repeating: "x", count: 40) + "…\" is not") == true)
}
