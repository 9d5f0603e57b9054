/// `normalize`: scale the weights to sum to a total.
public struct NormalizationStep: Sendable {
    /// What the weights sum to.
    public enum Target: Sendable, Equatable {
        /// The number of respondents (mean weight 1).
        case sampleSize
        /// The population total of the last step that had totals.
        case population
        /// A given number.
        case total(Double)
    }

    /// Key path in the plan.
    public var path: String
    /// The sum wanted.
    public var target: Target
    /// Per unit (each unit sums to its own sample size or population).
    public var withinUnit: Bool

    package init(path: String, target: Target, withinUnit: Bool) {
        self.path = path
        self.target = target
        self.withinUnit = withinUnit
    }
}
