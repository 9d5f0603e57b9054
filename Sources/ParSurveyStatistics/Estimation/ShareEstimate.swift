/// An estimated share (or mean credit) with its standard error and confidence interval.
public struct ShareEstimate: Sendable, Equatable {
    /// The estimate, 0..1.
    public var estimate: Double
    /// Its standard error.
    public var standardError: Double
    /// Degrees of freedom of the interval (rows of the domain − its strata).
    public var degreesOfFreedom: Int
    /// Confidence interval: logit for a share, Wald (t) for a mean credit; nil when df < 1.
    public var confidenceInterval: ConfidenceInterval?
    /// Valid answers behind it.
    public var answered: Int

    /// Creates the estimate and its interval at `level` (`logit` for shares).
    public init(estimate: Double, standardError: Double, degreesOfFreedom: Int, answered: Int, level: Double, logit: Bool) {
        self.estimate = estimate
        self.standardError = standardError
        self.degreesOfFreedom = degreesOfFreedom
        self.answered = answered
        confidenceInterval =
            logit
            ? ConfidenceInterval.logit(estimate: estimate, standardError: standardError, degreesOfFreedom: degreesOfFreedom, level: level)
            : ConfidenceInterval.wald(estimate: estimate, standardError: standardError, degreesOfFreedom: degreesOfFreedom, level: level)
    }
}
