import Foundation

/// A confidence interval [low, high] for an estimate.
public struct ConfidenceInterval: Sendable, Equatable {
    /// Lower end.
    public var low: Double
    /// Upper end.
    public var high: Double

    /// Creates an interval.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// Half the width (what tables print after `±` for a symmetric interval).
    public var halfWidth: Double { (high - low) / 2 }

    /// The logit interval of a share (R: `svyciprop(method = "logit")`, SPSS CSTABULATE):
    /// expit(logit p ± t·SE/(p(1 − p))), t the `level` quantile of Student's t with
    /// `degreesOfFreedom`. A share of 0 or 1 (SE 0) gives the degenerate [p, p], as R does to
    /// within 1e-10. Nil when df < 1.
    public static func logit(
        estimate p: Double, standardError se: Double, degreesOfFreedom df: Int,
        level: Double
    ) -> ConfidenceInterval? {
        guard df >= 1 else { return nil }
        return logit(estimate: p, standardError: se, t: tQuantile(level: level, degreesOfFreedom: df))
    }

    /// The two-sided `level` quantile of Student's t with `df` degrees of freedom (df ≥ 1), which
    /// every interval of one group shares: computed once per group, not once per estimate.
    package static func tQuantile(level: Double, degreesOfFreedom df: Int) -> Double {
        StudentT.quantile(1 - (1 - level) / 2, df: Double(df))
    }

    /// `logit(estimate:standardError:degreesOfFreedom:level:)` with its t quantile given.
    package static func logit(estimate p: Double, standardError se: Double, t: Double) -> ConfidenceInterval? {
        guard p.isFinite, se.isFinite else { return nil }
        if p <= 0 || p >= 1 || se == 0 { return ConfidenceInterval(low: p, high: p) }
        let center = log(p / (1 - p))
        let half = t * se / (p * (1 - p))
        func expit(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        return ConfidenceInterval(low: expit(center - half), high: expit(center + half))
    }

    /// The Wald interval estimate ± t·SE, t the `level` quantile of Student's t with
    /// `degreesOfFreedom` (R: `confint(svycontrast(...), df = degf(design))`). Nil when df < 1.
    public static func wald(
        estimate: Double, standardError se: Double, degreesOfFreedom df: Int,
        level: Double
    ) -> ConfidenceInterval? {
        guard df >= 1 else { return nil }
        return wald(estimate: estimate, standardError: se, t: tQuantile(level: level, degreesOfFreedom: df))
    }

    /// `wald(estimate:standardError:degreesOfFreedom:level:)` with its t quantile given.
    package static func wald(estimate: Double, standardError se: Double, t: Double) -> ConfidenceInterval? {
        guard estimate.isFinite, se.isFinite else { return nil }
        let half = t * se
        return ConfidenceInterval(low: estimate - half, high: estimate + half)
    }

    /// The interval scaled by `factor` (index → points).
    public func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(low: low * factor, high: high * factor)
    }
}
