import ParSurveyModel
/// A report's CSV text that could not be re-encoded for a spreadsheet (a record the CSV
/// scanner cannot read): an internal error, never a silently shortened workbook.
public struct SpreadsheetCSVError: ParSurveyError, Equatable {
    /// 1-based line of the record in the CSV text.
    public var line: Int
    /// 1-based field number.
    public var field: Int

    package init(line: Int, field: Int) {
        self.line = line
        self.field = field
    }

    public var kind: ErrorKind { "internal.spreadsheetCSV" }

    public var description: String {
        "internal error: the report's CSV text has an unterminated quote at line \(line), field \(field); no spreadsheet was written (please report this)"
    }
}
