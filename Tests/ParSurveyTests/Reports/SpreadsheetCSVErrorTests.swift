import Foundation
import ParSurveyCommands
import Testing
@testable import ParSurvey

/// Issue 19: re-encoding a report's CSV for a spreadsheet stops with an error at a record it
/// cannot read, instead of silently writing the rows before it.
@Suite struct SpreadsheetCSVErrorTests {
    /// Line 3 opens a quote in its first field and never closes it: by hand, the error is at
    /// line 3, field 1; nothing is written (before, the workbook held only lines 1–2).
    @Test func unterminatedQuoteIsAnErrorNotAShortWorkbook() {
        let csv = "unit,total\nTây Sơn,84.11\n\"An Nhơn,89.02\nQuy Nhơn,87.56\n"
        #expect(throws: SpreadsheetCSVError(line: 3, field: 1)) { _ = try SpreadsheetCSV.workbook(csv, sheet: "s") }
        #expect(throws: SpreadsheetCSVError(line: 3, field: 1)) { _ = try SpreadsheetCSV.excel(csv, delimiter: ";") }
        #expect(SpreadsheetCSVError(line: 3, field: 1).exitCode == .failure)
    }

    /// Every record of a well-formed text is kept, quoted newlines and quotes included:
    /// 3 records → 3 rows (header, then two units), the second cell of the last a number.
    @Test func wellFormedTextKeepsEveryRecord() throws {
        let rows = try SpreadsheetCSV.rows("unit,total\n\"A, \"\"x\"\"\ny\",1.5\nB,2\n")
        #expect(rows == [["unit", "total"], ["A, \"x\"\ny", "1.5"], ["B", "2"]])
    }
}
