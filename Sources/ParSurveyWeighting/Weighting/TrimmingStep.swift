/// `trim`: cap weights at bounds and hand the excess to the other weights.
public struct TrimmingStep: Sendable {
    /// How bounds are given.
    public enum Bounds: String, Sendable { case absolute, relativeToMean }
    /// How the trimmed excess is handed out.
    public enum Redistribution: String, Sendable {
        /// The same amount to every untrimmed weight (R: `trimWeights`).
        case additive
        /// In proportion to the untrimmed weights.
        case proportional
    }

    /// Key path in the plan.
    public var path: String
    /// Absolute, or multiples of the mean weight (of the unit when within unit).
    public var bounds: Bounds
    /// Lower bound, if any.
    public var lower: Double?
    /// Upper bound, if any.
    public var upper: Double?
    /// Additive (R) or proportional.
    public var redistribution: Redistribution
    /// Repeat until no weight is outside the bounds (R: `strict = TRUE`).
    public var strict: Bool
    /// Trim each unit separately (mean and redistribution within the unit).
    public var withinUnit: Bool
    /// Repeat the last raking step afterwards.
    public var rerake: Bool

    package init(
        path: String, bounds: Bounds, lower: Double? = nil, upper: Double? = nil, redistribution: Redistribution, strict: Bool,
        withinUnit: Bool, rerake: Bool
    ) {
        self.path = path
        self.bounds = bounds
        self.lower = lower
        self.upper = upper
        self.redistribution = redistribution
        self.strict = strict
        self.withinUnit = withinUnit
        self.rerake = rerake
    }
}
