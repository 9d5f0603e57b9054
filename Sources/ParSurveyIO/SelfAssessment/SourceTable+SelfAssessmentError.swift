import ParSurveyScoring
extension SourceTable {
    /// The error for a bad value at `line`/`column` (1-based; 0 = not specific): as before
    /// for CSV (`file:line:column`), naming the sheet and cell for a workbook.
    func invalid(file: String, line: Int, column: Int, value: String, message: String) -> SelfAssessmentError {
        if let place = cellName(line: line, column: column) {
            return .invalidCell(file: file, place: place, value: value, message: message)
        }
        return .invalid(file: file, line: line, column: column, value: value, message: message)
    }
}
