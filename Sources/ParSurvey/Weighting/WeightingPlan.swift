/// A weighting plan (JSON): where the design weights come from and the steps that turn them
/// into final weights, applied in order. See `docs/WEIGHTING.md`.
public struct WeightingPlan: Sendable {
    /// Where the design (base) weights come from.
    public enum DesignWeights: Sendable, Equatable {
        /// The manifest's weight column (`columns.weight`), or 1 when none is mapped.
        case mapped
        /// Every respondent starts at 1.
        case one
        /// A batch column holding positive decimal weights.
        case column(String)
    }

    /// The plan file (for messages).
    public var path: String
    /// A free description for reports.
    public var description: String?
    /// Where the design weights come from.
    public var designWeights: DesignWeights
    /// The steps, in order.
    public var steps: [WeightingStep]
    /// A column naming the sampling strata for variance estimation (default: the unit).
    public var strata: String?

    /// Creates a plan.
    public init(path: String, description: String? = nil, designWeights: DesignWeights = .mapped,
                steps: [WeightingStep], strata: String? = nil) {
        self.path = path
        self.description = description
        self.designWeights = designWeights
        self.steps = steps
        self.strata = strata
    }

    /// A one-line summary of the steps (`postStratify(commune) → rake(commune; gender × age_group)`).
    public var summary: String {
        steps.map(\.summary).joined(separator: " → ")
    }
}

/// One step of a weighting plan.
public enum WeightingStep: Sendable {
    /// Post-stratification to cell totals.
    case postStratify(PostStratificationStep)
    /// Raking (iterative proportional fitting) to several margins.
    case rake(RakingStep)
    /// Trimming extreme weights.
    case trim(TrimmingStep)
    /// Each respondent group a fixed share of the weight.
    case groupShares(GroupSharesStep)
    /// Scaling weights to sum to the sample size or the population.
    case normalize(NormalizationStep)

    /// The step's key path in the plan (`steps[1]`).
    public var path: String {
        switch self {
        case let .postStratify(s): return s.path
        case let .rake(s): return s.path
        case let .trim(s): return s.path
        case let .groupShares(s): return s.path
        case let .normalize(s): return s.path
        }
    }

    /// The step's name as written in the plan.
    public var kind: String {
        switch self {
        case .postStratify: return "postStratify"
        case .rake: return "rake"
        case .trim: return "trim"
        case .groupShares: return "groupShares"
        case .normalize: return "normalize"
        }
    }

    /// A short description: the kind and its variables.
    public var summary: String {
        let within: (Bool) -> String = { $0 ? ", within unit" : "" }
        switch self {
        case let .postStratify(s): return "postStratify(\(s.margin.variables.joined(separator: " × "))\(within(s.withinUnit)))"
        case let .rake(s):
            return "rake(\(s.margins.map { $0.variables.joined(separator: " × ") }.joined(separator: "; "))\(within(s.withinUnit)))"
        case let .trim(s):
            var b: [String] = []
            if let l = s.lower { b.append("≥ \(WeightingError.number(l))") }
            if let u = s.upper { b.append("≤ \(WeightingError.number(u))") }
            return "trim(\(b.joined(separator: ", "))\(s.bounds == .relativeToMean ? " × mean" : ""), \(s.redistribution.rawValue)"
                + "\(s.strict ? ", strict" : "")\(within(s.withinUnit))\(s.rerake ? ", re-rake" : ""))"
        case let .groupShares(s): return "groupShares(\(s.shares == nil ? "equal" : "fixed")\(within(s.withinUnit)))"
        case let .normalize(s):
            let to: String
            switch s.target {
            case .sampleSize: to = "sample size"
            case .population: to = "population"
            case let .total(t): to = WeightingError.number(t)
            }
            return "normalize(\(to)\(within(s.withinUnit)))"
        }
    }
}

/// A margin (or the cells of a post-stratification): the variables crossed, their targets
/// and the categories merged into neighbours.
public struct MarginSpec: Sendable {
    /// Key path in the plan (`steps[1].margins[0]`).
    public var path: String
    /// Column names crossed to make the categories (`["gender", "age_group"]`).
    public var variables: [String]
    /// Population totals or shares per category.
    public var targets: TargetTable
    /// Categories merged into a neighbouring category (respondents and population).
    public var collapse: [CategoryCollapse]
}

/// "Merge category `from` into `into`" (in one unit, or in every unit when `unit` is nil).
public struct CategoryCollapse: Sendable {
    /// Key path in the plan.
    public var path: String
    /// The unit, when the margin is within unit and the merge concerns one unit only.
    public var unit: String?
    /// The category merged away: one value per variable of the margin.
    public var from: [String]
    /// The category it joins.
    public var into: [String]
}

/// `postStratify`: wᵢ ← wᵢ · N_g / Σ_{j∈g} wⱼ for each cell g (R: `postStratify`).
public struct PostStratificationStep: Sendable {
    /// Key path in the plan.
    public var path: String
    /// The cells and their targets.
    public var margin: MarginSpec
    /// Cells crossed with the unit (each unit to its own totals).
    public var withinUnit: Bool
}

/// `rake`: iterative proportional fitting to several margins (R: `rake`,
/// `calibrate(calfun = "raking")`).
public struct RakingStep: Sendable {
    /// Key path in the plan.
    public var path: String
    /// The margins, adjusted in this order every sweep.
    public var margins: [MarginSpec]
    /// Every margin crossed with the unit (each unit raked to its own margins).
    public var withinUnit: Bool
    /// Stop when no cell of the joint table changes by more than `tolerance` × Σ input
    /// weights in a sweep (R's `epsilon` below 1).
    public var tolerance: Double
    /// At most this many sweeps (R's `maxit`).
    public var maxSweeps: Int
    /// After stopping, every margin must be met within this relative error.
    public var marginTolerance: Double
}

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
}

/// `groupShares`: each respondent group a fixed share of the weight: post-stratification on
/// the group column with totals share × Σ w.
public struct GroupSharesStep: Sendable {
    /// Key path in the plan.
    public var path: String
    /// Shares per group; nil means every group present gets the same share.
    public var shares: TargetTable?
    /// Shares within each unit.
    public var withinUnit: Bool
}

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
}
