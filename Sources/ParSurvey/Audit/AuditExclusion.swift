/// `--exclude-flagged`: the forms flagged by chosen rules taken out of a component before it
/// is weighted and scored, with accounting: each batch's excluded count grows and its
/// accepted count falls by the forms taken out, so read = accepted + rejected + excluded
/// still holds, and every form taken out is counted under one reason (the first of its
/// rules, in rule order).
public struct AuditExclusion: Sendable {
    /// Forms taken out of one batch for one rule.
    public struct Count: Sendable, Equatable {
        /// The batch file.
        public var file: String
        /// The reason.
        public var rule: AuditRule
        /// Forms taken out.
        public var forms: Int
    }

    /// The component without the excluded forms.
    public var loaded: LoadedResponses
    /// Forms taken out per batch and reason (batch order, then rule order).
    public var counts: [Count]
    /// Rows of the original table taken out, with their reason.
    public var excludedRows: [Int: AuditRule]

    /// Takes the forms `audit` flags under `rules` out of `loaded`.
    public static func apply(_ loaded: LoadedResponses, audit: DataAudit, rules: Set<AuditRule>) -> AuditExclusion {
        let rows = audit.flaggedRows(rules)
        var drop = [Bool](repeating: false, count: loaded.table.rowCount)
        var perBatch: [String: [AuditRule: Int]] = [:]
        for (r, rule) in rows {
            drop[r] = true
            perBatch[loaded.table.batches[Int(loaded.table.origins[r].batch)], default: [:]][rule, default: 0] += 1
        }
        var out = loaded
        out.table = loaded.table.removingRows(drop)
        var counts: [Count] = []
        for i in out.accounts.indices {
            let file = out.accounts[i].file
            guard let byRule = perBatch[file] else { continue }
            for rule in AuditRule.allCases { if let n = byRule[rule] { counts.append(Count(file: file, rule: rule, forms: n)) } }
            let total = byRule.values.reduce(0, +)
            out.accounts[i].accepted -= total
            out.accounts[i].excluded += total
            for (rule, n) in byRule { out.accounts[i].excludedByRule[rule.rawValue, default: 0] += n }
        }
        return AuditExclusion(loaded: out, counts: counts, excludedRows: rows)
    }
}
