import ParSurvey

/// `run --exclude-flagged RULES`: the audit applied to each component as it is loaded, the
/// flagged forms left out with accounting, and the sensitivity table on standard error.
final class RunAudit {
    let options: AuditOptions
    let rules: Set<AuditRule>
    private(set) var exclusions: [(Questionnaire, AuditExclusion)] = []
    /// Each component's audit and what it left out, in manifest order.
    private(set) var audits: [(audit: DataAudit, exclusion: AuditExclusion)] = []

    /// Nil without `--exclude-flagged`.
    init?(_ args: Arguments) throws {
        guard let rules = try AuditArguments.rules(args) else { return nil }
        self.rules = rules
        options = try AuditArguments.options(args)
    }

    /// The `prepare` step of `ParIndexRun`.
    func prepare(_ q: Questionnaire, _ loaded: LoadedResponses) throws -> LoadedResponses {
        let audit = try DataAudit.run(loaded.table, options: options)
        let ex = AuditExclusion.apply(loaded, audit: audit, rules: rules)
        exclusions.append((q, ex))
        audits.append((audit, ex))
        return ex.loaded
    }

    /// Forms left out per reason, and the index with and without them, on standard error;
    /// returns that comparison.
    @discardableResult
    func report(
        path: String, read: BatchReadOptions, uncertainty: UncertaintyOptions, seed: UInt64, after: ParIndexRun,
        output: OutputOptions, io: CommandIO
    ) throws -> AuditSensitivity {
        let style = ReportStyle(format: .table, language: output.style.language)
        for (q, ex) in exclusions {
            let t = BatchAccount.total(ex.loaded.accounts)
            io.err(
                q.title.text(style.language) + ": "
                    + style.t("bỏ ra \(t.excludedFlagged) phiếu bị cờ", "\(t.excludedFlagged) flagged forms left out")
                    + " ("
                    + AuditRule.allCases.compactMap { r in
                        let n = ex.counts.filter { $0.rule == r }.reduce(0) { $0 + $1.forms }
                        return n == 0 ? nil : "\(r.rawValue) \(n)"
                    }.joined(separator: ", ") + "); "
                    + style.t(
                        "đọc \(t.read) = nhận \(t.accepted) + loại \(t.rejected) + bỏ ra \(t.excluded)",
                        "read \(t.read) = accepted \(t.accepted) + rejected \(t.rejected) + excluded \(t.excluded)") + "\n")
        }
        let before = try ParIndexRun.run(path: path, read: read, uncertainty: uncertainty, rankSeed: seed)
        let sensitivity = AuditSensitivity.index(before: before.table, after: after.table)
        io.err(AuditReport.sensitivityText(sensitivity, style: style))
        return sensitivity
    }
}
