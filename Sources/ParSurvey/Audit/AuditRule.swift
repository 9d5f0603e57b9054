/// The audit's rules, by stable id (the ids `--exclude-flagged` takes). `docs/AUDIT.md`
/// states each rule, its threshold and its false-alarm rate.
public enum AuditRule: String, Sendable, CaseIterable, Comparable {
    /// An answer vector identical to an earlier form's under another id.
    case duplicateExact = "duplicate.exact"
    /// An answer vector within k answers of an earlier form's.
    case duplicateNear = "duplicate.near"
    /// Every answered question the same code.
    case straightLine = "straightline.all"
    /// A long run of one code over consecutive questions.
    case straightRun = "straightline.run"
    /// A form filled in faster than the stated seconds per answered question.
    case timingFast = "timing.fast"
    /// Many forms from one device, interviewer or unit inside a short window.
    case timingBurst = "timing.burst"
    /// A form started or submitted outside the survey period.
    case timingPeriod = "timing.period"
    /// An interviewer whose answers differ from the rest of the unit (Rao–Scott, Holm).
    case interviewerDistribution = "interviewer.distribution"
    /// A unit whose intra-interviewer correlation of the satisfied share is high.
    case interviewerCorrelation = "interviewer.icc"
    /// A respondent id missing from the sample frame or drawn sample.
    case frameMissing = "frame.missing"
    /// A respondent whose frame transaction lies outside the survey period.
    case framePeriod = "frame.period"
    /// A unit's satisfied share near 100 % and far above the other units'.
    case unitShare = "unit.share"
    /// A unit whose forms vary far less than the other units' forms.
    case unitVariance = "unit.variance"

    /// Rule order (the order of `allCases`).
    public static func < (a: AuditRule, b: AuditRule) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The rules a `--exclude-flagged` item names: a rule id, a family (`duplicate`,
    /// `timing`…), or `all`; nil when it names nothing.
    public static func matching(_ item: String) -> [AuditRule]? {
        let key = TextKey.key(item)
        if key == "all" { return allCases }
        if let r = AuditRule(rawValue: key) { return [r] }
        let family = allCases.filter { $0.rawValue.hasPrefix(key + ".") }
        return family.isEmpty ? nil : family
    }
}

/// How serious a flag is.
public enum AuditSeverity: String, Sendable, Comparable, CaseIterable {
    /// Worth a look.
    case low
    /// Probably a problem with the form.
    case medium
    /// Almost certainly not an honest, independent form.
    case high

    public static func < (a: AuditSeverity, b: AuditSeverity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
