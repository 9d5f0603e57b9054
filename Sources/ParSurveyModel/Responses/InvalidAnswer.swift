/// An answer that matched no option of its scale (or was not UTF-8) in a row that was kept,
/// because its question's policy is `invalidAnswer: "missing"`: the answer counts as missing,
/// as a blank would, and the case is listed for the appraisal council.
public struct InvalidAnswer: Sendable, Equatable {
    /// The batch file.
    public var file: String
    /// 1-based line where the record starts (a spreadsheet's row number).
    public var line: Int
    /// 1-based column (field number).
    public var column: Int
    /// The column's header name as written.
    public var columnName: String
    /// The question's id.
    public var question: String
    /// The answer as written (shortened if long).
    public var value: String
    /// Why it is invalid (`.unknownOption` or `.invalidUTF8(.answer)`).
    public var kind: RejectKind

    /// The English words of `kind`.
    public var reason: String { kind.english }

    package init(file: String, line: Int, column: Int, columnName: String, question: String, value: String, kind: RejectKind) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.question = question
        self.value = value
        self.kind = kind
    }
}
