/// A row that was not accepted, with where it is and why.
public struct Reject: Sendable, Equatable {
    /// The batch file.
    public var file: String
    /// 1-based line where the record starts.
    public var line: Int
    /// 1-based column (field number); 0 when the problem is the whole row.
    public var column: Int
    /// The column's header name ("" for the whole row).
    public var columnName: String
    /// The offending value as written (shortened if long).
    public var value: String
    /// Why the row was rejected, as a value (words: `reason` in English, or
    /// `RejectMessages` in either language).
    public var kind: RejectKind
    /// The spreadsheet cell (`C5`) when the row came from a workbook, else "".
    public var cell: String = ""

    /// Why the row was rejected, in English (the kind's words, then the cell of a workbook).
    public var reason: String {
        let text = kind.english
        return cell.isEmpty || text.hasPrefix("cell ") ? text : text + " (cell \(cell))"
    }

    /// `file:line:column: reason (column 'name', value 'v')`.
    public var message: String {
        var s = "\(file):\(line)"
        if column > 0 { s += ":\(column)" }
        s += ": \(reason)"
        if !columnName.isEmpty { s += " (column '\(columnName)', value '\(value)')" }
        return s
    }

    package init(file: String, line: Int, column: Int, columnName: String, value: String, kind: RejectKind) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.value = value
        self.kind = kind
    }
}

/// Row accounting for one batch: `read = accepted + rejected + excluded`, always.
public struct BatchAccount: Sendable, Equatable {
    /// Forms excluded by the audit's rules (the sum of `excludedByRule`).
    public var excludedFlagged: Int { excludedByRule.values.reduce(0, +) }
    /// Forms excluded as not approved: `excluded` less those the audit left out.
    public var excludedNotApproved: Int { excluded - excludedFlagged }

    /// The batch file.
    public var file: String
    /// Records read (blank lines are not records).
    public var read: Int = 0
    /// Rows accepted into the table.
    public var accepted: Int = 0
    /// Rows rejected (each has a `Reject`).
    public var rejected: Int = 0
    /// Rows left out on purpose: submissions not approved under `--approved-only`.
    public var excluded: Int = 0
    /// Of `excluded`, the forms the audit left out (`--exclude-flagged`), by rule id (each
    /// form under one rule); the rest of `excluded` were not approved (`--approved-only`).
    public var excludedByRule: [String: Int] = [:]
    /// Blank lines skipped (not rows).
    public var blankLines: Int = 0
    /// Answers of accepted rows set to missing because they were invalid and the
    /// questionnaire says `invalidAnswer: "missing"` (each case, in file order).
    public var invalidAnswers: [InvalidAnswer] = []
    /// How many answers were set to missing (`invalidAnswers.count`).
    public var answersSetToMissing: Int { invalidAnswers.count }
    /// Answers set to missing, by question id.
    public var answersSetToMissingByQuestion: [String: Int] {
        invalidAnswers.reduce(into: [:]) { $0[$1.question, default: 0] += 1 }
    }

    package init(file: String, read: Int = 0, accepted: Int = 0, rejected: Int = 0, excluded: Int = 0, blankLines: Int = 0) {
        self.file = file
        self.read = read
        self.accepted = accepted
        self.rejected = rejected
        self.excluded = excluded
        self.blankLines = blankLines
    }
}
