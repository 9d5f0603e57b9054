import ParSurveyModel
import ParSurveyStatistics

/// The change of one figure since the previous year, with its interval when both years'
/// standard errors are known.
///
/// The two years' surveys are independent samples, so the change's standard error is
/// `sqrt(se₁² + se₀²)`; the interval is `change ± z·SE`, `z` the normal quantile of the run's
/// confidence level. The appraised self-assessment is no sample: its standard error is 0 in
/// both years, and its change is exact. A change is *clear* when its interval excludes 0:
/// it is larger than the noise of the two samples, and only then should a finding call it a
/// rise or a fall.
public struct YearChange: Sendable, Equatable {
    /// This year minus last year, hundredths of a point (from the published, rounded figures).
    public var change: Int
    /// Standard error of the change in points; nil when a year's standard error is unknown.
    public var standardError: Double?
    /// Confidence interval of the change in points, at `level`; nil without a standard error.
    public var interval: ConfidenceInterval?
    /// Confidence level of `interval`.
    public var level: Double

    /// The change from `previous` to `current` (hundredths), with the years' standard errors in
    /// points (nil: unknown, then no interval) and the confidence level.
    public init(current: Int, previous: Int, currentStandardError: Double?, previousStandardError: Double?, level: Double) {
        change = current - previous
        self.level = level
        if let s1 = currentStandardError, let s0 = previousStandardError, s1.isFinite, s0.isFinite {
            let se = (s1 * s1 + s0 * s0).squareRoot()
            standardError = se
            let z = NormalDistribution.quantile(1 - (1 - level) / 2)
            let c = Double(change) / 100
            interval = ConfidenceInterval(low: c - z * se, high: c + z * se)
        } else {
            standardError = nil
            interval = nil
        }
    }

    /// Whether the interval excludes 0 (an exact change, SE 0, is clear when it is not 0).
    /// False without an interval: an unknown noise cannot be ruled out.
    public var isClear: Bool {
        guard let ci = interval else { return false }
        if standardError == 0 { return change != 0 }
        return ci.low > 0 || ci.high < 0
    }

    /// The change in points.
    public var points: Double { Double(change) / 100 }
}

/// The year-over-year changes of one unit's components and total.
public struct YearChanges: Sendable, Equatable {
    /// Appraised self-assessment (standard error 0 in both years).
    public var selfAssessment: YearChange
    /// Citizen satisfaction survey.
    public var satisfaction: YearChange
    /// Leaders' survey.
    public var leadership: YearChange
    /// Total (self-assessment, both surveys and any adjustment).
    public var total: YearChange

    /// Whether the previous year gave standard errors (otherwise changes have no interval).
    public var hasIntervals: Bool { total.interval != nil }
}

extension ParIndexRow {
    /// The changes since last year at confidence `level`, or nil without last year's figures.
    /// The survey components' standard errors are this year's and last year's (independent
    /// samples); self-assessment counts as exact. The total's standard error is that of the sum
    /// of independent parts: `sqrt(satSE₁² + leadSE₁² + satSE₀² + leadSE₀²)`.
    public func yearChanges(level: Double) -> YearChanges? {
        guard let p = previous else { return nil }
        let s1 = missing.contains(.satisfaction) ? nil : satisfactionStandardError
        let l1 = missing.contains(.leadership) ? nil : leadershipStandardError
        func sumSE(_ a: Double?, _ b: Double?) -> Double? {
            guard let a, let b else { return nil }
            return (a * a + b * b).squareRoot()
        }
        return YearChanges(
            selfAssessment: YearChange(
                current: selfAssessment, previous: p.selfAssessment, currentStandardError: 0, previousStandardError: 0, level: level),
            satisfaction: YearChange(
                current: satisfaction, previous: p.satisfaction, currentStandardError: s1,
                previousStandardError: p.satisfactionStandardError, level: level),
            leadership: YearChange(
                current: leadership, previous: p.leadership, currentStandardError: l1,
                previousStandardError: p.leadershipStandardError, level: level),
            total: YearChange(
                current: total, previous: p.total, currentStandardError: sumSE(s1, l1),
                previousStandardError: sumSE(p.satisfactionStandardError, p.leadershipStandardError), level: level))
    }
}
