/// One finding of the audit: its rule, severity, the forms it names (rows of the table),
/// the forms it compares them with, and its evidence (counts, p-value, text).
public struct AuditFlag: Sendable {
    /// The rule that fired.
    public var rule: AuditRule
    /// How serious it is.
    public var severity: AuditSeverity
    /// The unit concerned, when the flag is about one unit (or its interviewer).
    public var unit: String?
    /// The interviewer, device or grouping value concerned, if any.
    public var subject: String?
    /// Rows of the table the flag names (the forms `--exclude-flagged` drops); empty for a
    /// unit-level flag.
    public var rows: [Int]
    /// Rows the flagged forms are compared with (the earlier form of a duplicate pair).
    public var relatedRows: [Int] = []
    /// A count behind the flag (forms in the window, differing answers, …).
    public var count: Int?
    /// The p-value behind the flag (Holm-adjusted where several tests were made).
    public var pValue: Double?
    /// A statistic behind the flag (seconds, share, robust z, correlation, …).
    public var statistic: Double?
    /// What was found, in Vietnamese and English.
    public var evidence: LocalizedText

    /// A flag.
    public init(
        rule: AuditRule, severity: AuditSeverity, unit: String? = nil, subject: String? = nil, rows: [Int],
        relatedRows: [Int] = [], count: Int? = nil, pValue: Double? = nil, statistic: Double? = nil, evidence: LocalizedText
    ) {
        self.rule = rule
        self.severity = severity
        self.unit = unit
        self.subject = subject
        self.rows = rows
        self.relatedRows = relatedRows
        self.count = count
        self.pValue = pValue
        self.statistic = statistic
        self.evidence = evidence
    }
}
