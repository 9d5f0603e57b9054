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
    public var summary: String { summary(naming: { $0 }) }

    /// The short description with each variable written as `name` gives it (a plan's
    /// `variables` labels).
    public func summary(naming name: (String) -> String) -> String {
        let within: (Bool) -> String = { $0 ? ", within unit" : "" }
        switch self {
        case let .postStratify(s): return "postStratify(\(s.margin.variables.map(name).joined(separator: " × "))\(within(s.withinUnit)))"
        case let .rake(s):
            return
                "rake(\(s.margins.map { $0.variables.map(name).joined(separator: " × ") }.joined(separator: "; "))\(within(s.withinUnit)))"
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
